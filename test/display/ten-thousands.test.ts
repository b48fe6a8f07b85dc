/**
 * 万元 in Chinese summary sentences: two decimals, half-up, grouped, signed.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatTenThousands } from '../../language-server/display/numbers.js';
import { Dec } from '../../language-server/evaluation/index.js';

describe('formatTenThousands', () => {
    it('reads the reference plan’s figures as the summary writes them', () => {
        expect(formatTenThousands(new Dec('430200'))).toBe('43.02');
        expect(formatTenThousands(449_553.71)).toBe('44.96');
        expect(formatTenThousands(new Dec('972775'))).toBe('97.28');
    });

    it('rounds half-up at the second decimal, and only once', () => {
        expect(formatTenThousands(new Dec('450'))).toBe('0.05');
        expect(formatTenThousands(new Dec('449.99'))).toBe('0.04');
        // 0.00495 万 rounds to 0.00: no first rounding to 0.0050 that would then round up.
        expect(formatTenThousands(new Dec('49.5'))).toBe('0.00');
        expect(formatTenThousands(new Dec('12345'))).toBe('1.23');
        expect(formatTenThousands(new Dec('12350'))).toBe('1.24');
    });

    it('cleans the residue of a division before rounding, as money is rounded', () => {
        // Three thirds of 135 万 with a residue far below the cent read 135.00.
        const third = new Dec(1_350_000).div(3);
        expect(formatTenThousands(third.times(3).minus(new Dec('1e-30')))).toBe('135.00');
        expect(formatTenThousands(new Dec(450).minus(new Dec('1e-35')))).toBe('0.05');
    });

    it('keeps the sign of a loss, rounding away from zero, and never writes -0.00', () => {
        expect(formatTenThousands(new Dec('-120000'))).toBe('-12.00');
        expect(formatTenThousands(new Dec('-450'))).toBe('-0.05');
        expect(formatTenThousands(new Dec('-49'))).toBe('0.00');
        expect(formatTenThousands(-0)).toBe('0.00');
    });

    it('groups thousands of 万', () => {
        expect(formatTenThousands(new Dec('12345678901'))).toBe('1,234,567.89');
        expect(formatTenThousands(new Decimal('10000000'))).toBe('1,000.00');
        expect(formatTenThousands(new Dec('9999995'))).toBe('1,000.00');
    });

    it('reads not applicable for a figure that is not a number', () => {
        expect(formatTenThousands(Number.NaN)).toBe('不适用');
        expect(formatTenThousands(Number.POSITIVE_INFINITY, 'en')).toBe('n/a');
    });
});
