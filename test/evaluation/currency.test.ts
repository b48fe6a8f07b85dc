import { describe, expect, it } from 'vitest';
import { CurrencyConverter, evaluate, EvaluationError } from '../../language-server/evaluation/index.js';
import { cost, money, plan, u } from './plan-builders.js';

describe('CurrencyConverter', () => {
    it('converts with a direct rate', () => {
        const converter = new CurrencyConverter('CNY', [{ from: 'USD', to: 'CNY', rate: u('7.10') }]);
        expect(converter.convert(money(23, 'USD')).toString()).toBe('163.3');
        expect(converter.conversions().map(c => [c.from, c.to, c.factor.toString(), c.inverse])).toEqual([['USD', 'CNY', '7.1', false]]);
    });

    it('converts with an inverted rate', () => {
        const converter = new CurrencyConverter('CNY', [{ from: 'CNY', to: 'EUR', rate: u('0.125') }]);
        expect(converter.convert(money(10, 'EUR')).toString()).toBe('80');
        const [conversion] = converter.conversions();
        expect(conversion.inverse).toBe(true);
        expect(conversion.declared).toMatchObject({ from: 'CNY', to: 'EUR' });
    });

    it('uses the likely value of a rate range', () => {
        const converter = new CurrencyConverter('CNY', [{ from: 'USD', to: 'CNY', rate: { ...u('7.10'), low: u('6.8').likely, high: u('7.4').likely } }]);
        expect(converter.convert(money(1, 'USD')).toString()).toBe('7.1');
    });

    it('needs no rate for the plan currency and records none', () => {
        const converter = new CurrencyConverter('CNY', []);
        expect(converter.convert(money(5)).toString()).toBe('5');
        expect(converter.conversions()).toEqual([]);
    });

    it('never converts 1:1 without a rate', () => {
        const converter = new CurrencyConverter('CNY', [{ from: 'USD', to: 'CNY', rate: u('7.10') }]);
        let error: unknown;
        try {
            converter.convert(money(1, 'EUR'));
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(EvaluationError);
        expect((error as EvaluationError).code).toBe('missing-rate');
        expect((error as EvaluationError).message).toBe('No exchange rate from EUR to CNY: declare one, e.g. "rate EUR <amount> CNY".');
    });

    it('rejects a zero rate', () => {
        const converter = new CurrencyConverter('CNY', [{ from: 'USD', to: 'CNY', rate: u(0) }]);
        expect(() => converter.convert(money(1, 'USD'))).toThrow(expect.objectContaining({ code: 'zero-rate' }));
    });

    it('makes evaluate fail on a missing rate and lists used conversions otherwise', () => {
        expect(() => evaluate(plan({ costs: [cost('C', [{ amount: money(1, 'JPY'), schedule: { kind: 'once' } }])] })))
            .toThrow(/No exchange rate from JPY to CNY/);
        const evaluation = evaluate(plan({
            rates: [{ from: 'CNY', to: 'JPY', rate: u(20) }, { from: 'USD', to: 'CNY', rate: u(7) }],
            costs: [cost('C', [{ amount: money(100, 'JPY'), schedule: { kind: 'once' } }])]
        }));
        expect(evaluation.options[0].tco.toString()).toBe('5');
        expect(evaluation.conversions.map(c => c.from)).toEqual(['JPY']);
    });
});
