/**
 * The `actuals` object of the JSON document (`evaluate --json`), present
 * only when the plan records actuals, so documents of plans without them are
 * unchanged. Same conventions as the rest of the document: money as
 * two-place decimal strings, ratios as unrounded numbers, months as `YYYY-MM`.
 */
import { monthLabel } from '../../model/months.js';
import { moneyString } from '../decimal.js';
import type { OptionMetrics } from '../evaluation-types.js';
import { figuresJson, type FiguresJson, type MoneyString, timelineJson, type TimelineJson } from '../metrics-json.js';
import type { KpiStatus, Monitoring, MonitoringLineKind } from './monitoring.js';

export interface ActualsJson {
    readonly option: string;
    readonly asOf: string;
    readonly toDate: {
        readonly plannedCost: MoneyString;
        readonly plannedBenefit: MoneyString;
        readonly actualCost: MoneyString;
        readonly actualBenefit: MoneyString;
        readonly costVariance: MoneyString;
        readonly costVariancePercent: number | null;
        readonly benefitVariance: MoneyString;
        readonly benefitVariancePercent: number | null;
        readonly realisedNet: MoneyString;
        readonly realisedRoiPercent: number | null;
        readonly realisationRatePercent: number | null;
    };
    readonly forecast: ProjectionJson;
    readonly trend: ProjectionJson;
    readonly lines: readonly {
        readonly kind: MonitoringLineKind;
        readonly id: string;
        readonly title: string;
        readonly planned: MoneyString;
        readonly actual: MoneyString;
        readonly variance: MoneyString;
        readonly variancePercent: number | null;
        readonly unrecordedMonths: readonly string[];
    }[];
    readonly kpis: readonly {
        readonly id: string;
        readonly title: string;
        readonly unit: string | null;
        readonly baseline: number;
        readonly target: number;
        readonly pathStart: string;
        readonly pathEnd: string;
        readonly latest: number | null;
        readonly latestMonth: string | null;
        readonly expected: number;
        readonly status: KpiStatus;
    }[];
    readonly adoption: {
        readonly departments: readonly {
            readonly department: string;
            readonly title: string;
            readonly month: string;
            readonly active: number;
            readonly declared: number;
            readonly percent: number | null;
        }[];
        readonly overall: { readonly active: number; readonly declared: number; readonly percent: number | null } | null;
    };
    readonly series: readonly {
        readonly month: string;
        readonly plannedCost: MoneyString;
        readonly plannedBenefit: MoneyString;
        readonly actualCost: MoneyString;
        readonly actualBenefit: MoneyString;
        readonly covered: boolean;
    }[];
    readonly uncoveredMonths: readonly string[];
}

/** A projection: the figures of an option, and its timeline. */
export interface ProjectionJson extends FiguresJson {
    readonly timeline: readonly TimelineJson[];
}

export function actualsJson(monitoring: Monitoring, start: string): ActualsJson {
    const label = (m: number) => monthLabel(start, m);
    const t = monitoring.toDate;
    const overall = monitoring.adoption.overall;
    return {
        option: monitoring.optionId,
        asOf: monitoring.asOfLabel,
        toDate: {
            plannedCost: moneyString(t.plannedCost),
            plannedBenefit: moneyString(t.plannedBenefit),
            actualCost: moneyString(t.actualCost),
            actualBenefit: moneyString(t.actualBenefit),
            costVariance: moneyString(t.costVariance),
            costVariancePercent: t.costVariancePercent,
            benefitVariance: moneyString(t.benefitVariance),
            benefitVariancePercent: t.benefitVariancePercent,
            realisedNet: moneyString(t.realisedNet),
            realisedRoiPercent: t.realisedRoiPercent,
            realisationRatePercent: t.realisationRatePercent
        },
        forecast: projectionJson(monitoring.forecast),
        trend: projectionJson(monitoring.trend),
        lines: monitoring.lines.map(l => ({
            kind: l.kind,
            id: l.id,
            title: l.title,
            planned: moneyString(l.planned),
            actual: moneyString(l.actual),
            variance: moneyString(l.variance),
            variancePercent: l.variancePercent,
            unrecordedMonths: l.unrecordedMonths.map(label)
        })),
        kpis: monitoring.kpis.map(k => ({
            id: k.id,
            title: k.title,
            unit: k.unit ?? null,
            baseline: k.baseline.toNumber(),
            target: k.target.toNumber(),
            pathStart: label(k.pathStartMonth),
            pathEnd: label(k.pathEndMonth),
            latest: k.latest ? k.latest.value.toNumber() : null,
            latestMonth: k.latest ? k.latest.label : null,
            expected: k.expected.toNumber(),
            status: k.status
        })),
        adoption: {
            departments: monitoring.adoption.departments.map(d => ({
                department: d.department,
                title: d.title,
                month: d.label,
                active: d.active.toNumber(),
                declared: d.declared.toNumber(),
                percent: d.percent
            })),
            overall: overall ? { active: overall.active.toNumber(), declared: overall.declared.toNumber(), percent: overall.percent } : null
        },
        series: monitoring.series.map(s => ({
            month: s.label,
            plannedCost: moneyString(s.plannedCost),
            plannedBenefit: moneyString(s.plannedBenefit),
            actualCost: moneyString(s.actualCost),
            actualBenefit: moneyString(s.actualBenefit),
            covered: s.covered
        })),
        uncoveredMonths: monitoring.uncoveredMonths.map(label)
    };
}

function projectionJson(m: OptionMetrics): ProjectionJson {
    return { ...figuresJson(m), timeline: timelineJson(m.timeline) };
}
