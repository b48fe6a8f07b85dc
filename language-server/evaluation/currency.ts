/**
 * Conversion of amounts into the plan's currency through the declared rates.
 * Only a declared rate is ever used, directly (`rate USD 7.10 CNY` for USD →
 * CNY) or inverted (`rate CNY 0.14 USD` for USD → CNY); a missing rate is an
 * error, never a silent 1:1.
 */
import type { Decimal } from 'decimal.js';
import type { ExchangeRate, MoneyAmount } from '../model/plan.js';
import { dec, ONE } from './decimal.js';
import type { CurrencyConversion } from './evaluation-types.js';
import { EvaluationError } from './evaluation-error.js';

/** Converts into one target currency and remembers each conversion it used. */
export class CurrencyConverter {
    private readonly used = new Map<string, CurrencyConversion>();

    /**
     * @param target the plan's currency
     * @param rates the declared rates; point figures use each rate's likely value
     */
    constructor(readonly target: string, private readonly rates: readonly ExchangeRate[]) {}

    /** The factor that turns one unit of `from` into the target currency. */
    factor(from: string): Decimal {
        if (from === this.target) {
            return ONE;
        }
        const known = this.used.get(from);
        if (known) {
            return known.factor;
        }
        const conversion = this.find(from);
        this.used.set(from, conversion);
        return conversion.factor;
    }

    /** `amount.value.likely` in the target currency. */
    convert(amount: MoneyAmount): Decimal {
        return dec(amount.value.likely).times(this.factor(amount.currency));
    }

    /** The conversions used so far, ordered by source currency. */
    conversions(): CurrencyConversion[] {
        return [...this.used.values()].sort((a, b) => compareText(a.from, b.from));
    }

    private find(from: string): CurrencyConversion {
        const direct = this.rates.find(r => r.from === from && r.to === this.target);
        if (direct) {
            return this.conversion(from, direct, false);
        }
        const inverse = this.rates.find(r => r.from === this.target && r.to === from);
        if (inverse) {
            return this.conversion(from, inverse, true);
        }
        throw new EvaluationError('missing-rate',
            `No exchange rate from ${from} to ${this.target}: declare one, e.g. "rate ${from} <amount> ${this.target}".`);
    }

    private conversion(from: string, declared: ExchangeRate, inverse: boolean): CurrencyConversion {
        const rate = dec(declared.rate.likely);
        if (rate.isZero() || rate.isNegative()) {
            throw new EvaluationError('zero-rate',
                `The rate ${declared.from} ${rate.toString()} ${declared.to} cannot convert ${from} to ${this.target}: it must be positive.`);
        }
        return {
            from,
            to: this.target,
            factor: inverse ? ONE.div(rate) : rate,
            declared: { from: declared.from, to: declared.to, rate, ...(declared.source !== undefined ? { source: declared.source } : {}) },
            inverse
        };
    }
}

/** Code-point order: deterministic and independent of the machine's locale. */
export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
