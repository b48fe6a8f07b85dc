/**
 * A change of money as every view writes it (diff causes, the diff's
 * monitoring lead, the report's plan vs actual, the actuals inlay hint).
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatSignedMoney } from '../../language-server/display/numbers.js';

describe('formatSignedMoney', () => {
    it('writes a plus for a rise and a minus sign (not a hyphen) for a fall', () => {
        expect(formatSignedMoney(new Decimal('18000'), 'CNY', 'en')).toBe('+¥18,000.00');
        expect(formatSignedMoney(new Decimal('-2000.5'), 'CNY', 'en')).toBe('−¥2,000.50');
        expect(formatSignedMoney(-26425, 'CNY', 'zh-CN')).toBe('−¥26,425.00');
    });

    it('gives no sign to a change that rounds to zero at the places shown', () => {
        expect(formatSignedMoney(new Decimal('0'), 'CNY', 'en')).toBe('¥0.00');
        expect(formatSignedMoney(new Decimal('-0.004'), 'CNY', 'en')).toBe('¥0.00');
        expect(formatSignedMoney(new Decimal('-0.4'), 'CNY', 'en', 0)).toBe('¥0');
        expect(formatSignedMoney(new Decimal('8400.4'), 'CNY', 'en', 0)).toBe('+¥8,400');
    });

    it('names currencies the locale writes by name, and says not applicable for a non-finite number', () => {
        expect(formatSignedMoney(-23, 'USD', 'zh-CN')).toBe('−23.00 美元');
        expect(formatSignedMoney(Number.NaN, 'CNY', 'en')).toBe('n/a');
    });
});
