import { describe, expect, it } from 'vitest';
import type { Phase } from '../../language-server/model/plan.js';
import { evaluate, EvaluationError, schedulePhases } from '../../language-server/evaluation/index.js';
import { benefit, once, perMonth, plan, requirement, u, vendor } from './plan-builders.js';

function phase(id: string, start: number | undefined, after: string[], durationMonths: number, delivers: string[] = []): Phase {
    return { id, title: id, ...(start !== undefined ? { start } : {}), after, durationMonths, delivers };
}

describe('phases', () => {
    it('start, or the month after the latest `after` phase ends', () => {
        const phases = schedulePhases([
            phase('A', 0, [], 2),
            phase('B', 1, [], 4),
            phase('C', undefined, ['A', 'B'], 3)
        ], '2027-01');
        expect(phases.map(p => [p.id, p.startMonth, p.endMonth, p.startLabel, p.endLabel, p.liveLabel])).toEqual([
            ['A', 0, 1, '2027-01', '2027-02', '2027-03'],
            ['B', 1, 4, '2027-02', '2027-05', '2027-06'],
            ['C', 5, 7, '2027-06', '2027-08', '2027-09']
        ]);
    });

    it('resolves `after` regardless of declaration order', () => {
        const phases = schedulePhases([phase('Late', undefined, ['Early'], 1), phase('Early', 10, [], 2)], '2027-01');
        expect(phases[0].startMonth).toBe(12);
    });

    it('rejects a loop and an unknown phase', () => {
        expect(() => schedulePhases([phase('A', undefined, ['B'], 1), phase('B', undefined, ['A'], 1)], '2027-01'))
            .toThrow(expect.objectContaining({ code: 'phase-cycle' }));
        expect(() => schedulePhases([phase('A', undefined, ['Nope'], 1)], '2027-01')).toThrow(EvaluationError);
    });
});

describe('go-live', () => {
    it('a requirement goes live after the earliest-ending phase that delivers it; in a plan with phases, one no phase delivers never does', () => {
        const evaluation = evaluate(plan({
            horizonMonths: 24,
            requirements: [requirement('R', 'must', 1), requirement('S', 'should', 1), requirement('T', 'could', 1)],
            phases: [phase('Long', 0, [], 9, ['R']), phase('Short', 2, [], 3, ['R', 'S'])]
        }));
        const live = Object.fromEntries(evaluation.requirements.map(r => [r.id, [r.goLiveMonth, r.deliveredBy, r.inImplementation]]));
        // T is not part of this implementation: its go-live is the horizon, past the last month.
        expect(live).toEqual({ R: [5, 'Short', true], S: [5, 'Short', true], T: [24, undefined, false] });
    });

    it('in a plan without phases every requirement is live from month 0', () => {
        const evaluation = evaluate(plan({ horizonMonths: 12, requirements: [requirement('R', 'must', 1)] }));
        expect(evaluation.requirements.map(r => [r.id, r.goLiveMonth, r.inImplementation])).toEqual([['R', 0, true]]);
    });

    it('a benefit that needs a requirement outside the implementation earns nothing, for every option', () => {
        const evaluation = evaluate(plan({
            horizonMonths: 12,
            requirements: [requirement('R', 'must', 1), requirement('Later', 'could', 1)],
            phases: [phase('P1', 0, [], 2, ['R'])],
            vendors: [vendor('V', [], { covers: [{ requirement: 'R', sharePercent: u(100) }, { requirement: 'Later', sharePercent: u(100) }] })],
            benefits: [
                benefit('Delivered', ['R'], [perMonth(100), once(500)]),
                benefit('Outside', ['R', 'Later'], [perMonth(100), once(500)])
            ]
        }));
        expect(evaluation.benefits.map(b => [b.id, b.goLiveMonth, b.notInImplementation])).toEqual([['Delivered', 2, undefined], ['Outside', 12, ['Later']]]);
        const earned = evaluation.options[0]!.benefits;
        // Live from month 2: ten months of 100 and the once amount at go-live.
        expect(earned.find(b => b.id === 'Delivered')!.total.toNumber()).toBe(1500);
        expect(earned.find(b => b.id === 'Outside')!.total.toNumber()).toBe(0);
        expect(earned.find(b => b.id === 'Outside')!.notInImplementation).toEqual(['Later']);
        // No note about a once amount "before go-live": CRM106 says why it earns nothing.
        expect(evaluation.notes.filter(n => n.subject === 'Outside')).toEqual([]);
    });

    it('a benefit starts when the last of its requirements is live; without `from` at month 0 and 100%', () => {
        const evaluation = evaluate(plan({
            horizonMonths: 10,
            requirements: [requirement('R', 'must', 1), requirement('S', 'must', 1)],
            phases: [phase('P1', 0, [], 2, ['R']), phase('P2', undefined, ['P1'], 3, ['S'])],
            benefits: [benefit('Both', ['R', 'S'], [perMonth(100)]), benefit('Free', [], [perMonth(10)])]
        }));
        expect(evaluation.benefits.map(b => [b.id, b.goLiveMonth, b.goLiveLabel])).toEqual([['Both', 5, '2027-06'], ['Free', 0, '2027-01']]);
        const option = evaluation.options[0];
        expect(option.benefits.find(b => b.id === 'Free')!.total.toNumber()).toBe(100);
        // V covers nothing: the requirement-driven benefit earns 0 for it.
        expect(option.benefits.find(b => b.id === 'Both')!.total.toNumber()).toBe(0);
    });
});
