import type { Decimal } from 'decimal.js';
import type { Comparison } from '../../model/plan.js';

/** `figure comparison limit`, exactly: `payback <= 18 months` holds at 18. */
export function compare(figure: Decimal, comparison: Comparison, limit: Decimal): boolean {
    switch (comparison) {
        case '>=': return figure.greaterThanOrEqualTo(limit);
        case '<=': return figure.lessThanOrEqualTo(limit);
        case '>': return figure.greaterThan(limit);
        case '<': return figure.lessThan(limit);
    }
}
