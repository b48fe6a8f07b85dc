/** The monthly timeline as the JSON document writes it, for options and projections alike. */
import { moneyString } from './decimal.js';
import type { TimelineMonth } from './evaluation.js';

export interface TimelineJson {
    /** `YYYY-MM`. */
    readonly month: string;
    readonly cost: string;
    readonly benefit: string;
    readonly net: string;
    readonly cumulative: string;
}

export function timelineJson(timeline: readonly TimelineMonth[]): TimelineJson[] {
    return timeline.map(t => ({
        month: t.label,
        cost: moneyString(t.cost),
        benefit: moneyString(t.benefit),
        net: moneyString(t.net),
        cumulative: moneyString(t.cumulative)
    }));
}
