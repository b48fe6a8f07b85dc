import { describe, expect, it } from 'vitest';
import type { Goal, Requirement } from '../../language-server/model/plan.js';
import { prioritise } from '../../language-server/evaluation/index.js';
import { d, requirement } from './plan-builders.js';

const goals: Goal[] = [
    { id: 'G1', title: 'G1', weightPercent: d(60) },
    { id: 'G2', title: 'G2', weightPercent: d(40) }
];

function req(id: string, moscow: Requirement['moscow'], effort: number | undefined, impact: number, extra: Partial<Requirement> = {}): Requirement {
    return requirement(id, moscow, effort, { impacts: [{ goal: 'G1', score: d(impact) }], ...extra });
}

describe('requirement value and ranking', () => {
    it('value = Σ weight% × impact, with each term kept', () => {
        const result = prioritise([requirement('R', 'must', 1, { impacts: [{ goal: 'G1', score: d(7) }, { goal: 'G2', score: d(3) }] })], goals, undefined);
        expect(result.requirements[0].value.toString()).toBe('5.4');
        expect(result.requirements[0].valueTerms.map(t => t.product.toString())).toEqual(['4.2', '1.2']);
    });

    it('rejects an unknown goal', () => {
        expect(() => prioritise([requirement('R', 'must', 1, { impacts: [{ goal: 'Nope', score: d(1) }] })], goals, undefined))
            .toThrow(/Unknown goal Nope/);
    });

    it('orders by MoSCoW, then value, then value per person-week, then smaller effort, then name', () => {
        const result = prioritise([
            req('CouldHigh', 'could', 1, 10),
            req('ShouldLow', 'should', 1, 1),
            req('MustSlow', 'must', 10, 5),
            req('MustFast', 'must', 5, 5),
            req('Wont', 'wont', 1, 10),
            req('MustBest', 'must', 20, 9),
            req('Zed', 'should', 2, 3, { impacts: [{ goal: 'G1', score: d(5) }] }),
            req('Amy', 'should', 2, 3, { impacts: [{ goal: 'G1', score: d(5) }] }),
            req('Tie', 'should', 4, 3, { impacts: [{ goal: 'G2', score: d(7.5) }] })
        ], goals, undefined);
        expect(result.ranking).toEqual(['MustBest', 'MustFast', 'MustSlow', 'Amy', 'Zed', 'Tie', 'ShouldLow', 'CouldHigh', 'Wont']);
        const amy = result.requirements.find(r => r.id === 'Amy')!;
        expect([amy.rank, amy.rankOf]).toEqual([4, 9]);
    });

    it('ties in value and value per person-week break by smaller effort', () => {
        // Both value 0: value per person-week 0 for both; effort decides.
        const result = prioritise([req('Big', 'could', 8, 0), req('Small', 'could', 2, 0)], goals, undefined);
        expect(result.ranking).toEqual(['Small', 'Big']);
    });

    it('a requirement with value but no effort ranks ahead of its class peers of equal value', () => {
        const result = prioritise([req('Some', 'should', 2, 5), req('Free', 'should', undefined, 5)], goals, undefined);
        expect(result.ranking).toEqual(['Free', 'Some']);
        expect(result.requirements.find(r => r.id === 'Free')!.valuePerPersonWeek).toBeNull();
    });
});

describe('capacity walk', () => {
    it('skips what does not fit and keeps walking', () => {
        const result = prioritise([req('A', 'should', 6, 9), req('B', 'should', 6, 8), req('C', 'could', 3, 7)], goals, d(10));
        expect(result.capacity.kept).toEqual(['A', 'C']);
        expect(result.capacity.notKept).toEqual(['B']);
        expect(result.capacity.used.toNumber()).toBe(9);
        expect(result.requirements.find(r => r.id === 'B')).toMatchObject({ withinCapacity: false, exclusion: 'capacity' });
    });

    it('always keeps musts and warns when they exceed capacity', () => {
        const result = prioritise([req('M1', 'must', 8, 1), req('M2', 'must', 8, 1), req('S', 'should', 1, 9)], goals, d(10));
        expect(result.capacity.kept).toEqual(['M1', 'M2']);
        expect(result.capacity.mustsExceedCapacity).toBe(true);
        expect(result.capacity.mustEffort.toNumber()).toBe(16);
        expect(result.capacity.used.toNumber()).toBe(16);
    });

    it('never keeps a wont, even with room', () => {
        const result = prioritise([req('W', 'wont', 1, 9)], goals, d(100));
        expect(result.requirements[0]).toMatchObject({ withinCapacity: false, exclusion: 'wont' });
    });

    it('does not keep a requirement whose needs were not kept', () => {
        const result = prioritise([
            req('Base', 'could', 20, 9),
            req('Addon', 'could', 1, 5, { needs: ['Base'] }),
            req('Other', 'could', 1, 1)
        ], goals, d(10));
        expect(result.capacity.kept).toEqual(['Other']);
        const addon = result.requirements.find(r => r.id === 'Addon')!;
        expect(addon).toMatchObject({ withinCapacity: false, exclusion: 'needs', needsNotKept: ['Base'] });
    });

    it('keeps a requirement whose needs were kept', () => {
        const result = prioritise([req('Base', 'must', 2, 9), req('Addon', 'could', 1, 5, { needs: ['Base'] })], goals, d(10));
        expect(result.capacity.kept).toEqual(['Base', 'Addon']);
    });

    it('keeps everything but wonts without a capacity', () => {
        const result = prioritise([req('A', 'should', 600, 1), req('W', 'wont', 1, 1)], goals, undefined);
        expect(result.capacity.kept).toEqual(['A']);
        expect(result.capacity.mustsExceedCapacity).toBe(false);
    });
});
