import type { Decimal } from 'decimal.js';
import { roundMoney, type Evaluation, type OptionEvaluation, type ScenarioEvaluation, type UncertaintyAnalysis } from '../evaluation/index.js';
import type { Delta } from './plan-diff.js';

/**
 * The figures a change moves beyond the base case, lined up before and
 * after: each scenario's leading option, the simulation of the options a
 * reader decides between, and the vendor matrix. Each list holds only what
 * moved (as shown: money to the cent, percentages, scores and shares to two
 * places), so an empty list is a table the comment leaves out.
 */
export interface FigureDeltas {
    readonly scenarios: readonly ScenarioDelta[];
    /** Absent when neither version has ranges, or the two were not simulated alike (seed, trials). */
    readonly simulation?: SimulationDeltas;
    readonly matrix: readonly MatrixDelta[];
}

/** One scenario: its leading option (highest NPV in the scenario) and that option's figures, before and after. */
export interface ScenarioDelta {
    readonly id: string;
    readonly title: string;
    readonly leading: { readonly base: string | null; readonly head: string | null };
    readonly npv: Delta<number>;
    readonly tco: Delta<Decimal>;
    readonly totalBenefit: Delta<Decimal>;
    readonly roiPercent: Delta<number>;
    readonly paybackMonths: Delta<number>;
}

export interface SimulationDeltas {
    readonly seed: number;
    readonly trials: number;
    readonly options: readonly SimulationDelta[];
}

/** The simulated NPV of one option (the chosen or recommended one of either version). */
export interface SimulationDelta {
    readonly option: string;
    readonly p10: Delta<number>;
    readonly p50: Delta<number>;
    readonly p90: Delta<number>;
    /** Share of trials (0..1) with NPV below 0. */
    readonly probabilityNegative: Delta<number>;
}

/** One option's matrix score (0..10) and rank. */
export interface MatrixDelta {
    readonly option: string;
    readonly score: Delta<number>;
    readonly rank: Delta<number>;
}

/** What `figureDeltas` reads of each version: its evaluation, and the simulation and scenarios when computed. */
export interface FigureSide {
    readonly evaluation: Evaluation;
    readonly uncertainty?: UncertaintyAnalysis;
    readonly scenarios?: readonly ScenarioEvaluation[];
}

export function figureDeltas(base: FigureSide, head: FigureSide): FigureDeltas {
    return {
        scenarios: scenarioDeltas(base.scenarios ?? [], head.scenarios ?? []),
        ...simulation(base, head),
        matrix: matrixDeltas(base.evaluation, head.evaluation)
    };
}

function delta<T>(base: T | null | undefined, head: T | null | undefined, minus: (a: T, b: T) => T): Delta<T> {
    const b = base ?? null;
    const h = head ?? null;
    return { base: b, head: h, delta: b !== null && h !== null ? minus(h, b) : null };
}

const numbers = (base: number | null | undefined, head: number | null | undefined) => delta(base, head, (a, b) => a - b);
const money = (base: Decimal | undefined, head: Decimal | undefined) => delta(base, head, (a, b) => a.minus(b));

/** Whether a figure moved as shown: `places` decimals (money to the cent), a figure appearing or disappearing. */
function moved(d: Delta<number> | Delta<Decimal>, places = 2): boolean {
    if (d.base === null || d.head === null) {
        return d.base !== d.head;
    }
    const shown = (value: number | Decimal) => (places === 2 ? roundMoney(value).toFixed(2) : Number(value).toFixed(places));
    return shown(d.base) !== shown(d.head);
}

function scenarioDeltas(base: readonly ScenarioEvaluation[], head: readonly ScenarioEvaluation[]): ScenarioDelta[] {
    const before = new Map(base.map(s => [s.id, s]));
    const after = new Map(head.map(s => [s.id, s]));
    const ids = [...head.map(s => s.id), ...base.map(s => s.id).filter(id => !after.has(id))];
    return ids.flatMap(id => {
        const b = leadingOption(before.get(id));
        const h = leadingOption(after.get(id));
        const scenario = (after.get(id) ?? before.get(id))!;
        const row: ScenarioDelta = {
            id, title: scenario.title,
            leading: { base: b?.id ?? null, head: h?.id ?? null },
            npv: numbers(b?.npv, h?.npv),
            tco: money(b?.tco, h?.tco),
            totalBenefit: money(b?.totalBenefit, h?.totalBenefit),
            roiPercent: numbers(b?.roiPercent, h?.roiPercent),
            paybackMonths: numbers(b?.paybackMonths, h?.paybackMonths)
        };
        const changed = row.leading.base !== row.leading.head || [row.npv, row.tco, row.totalBenefit, row.roiPercent, row.paybackMonths].some(d => moved(d));
        return changed ? [row] : [];
    });
}

/** The option with the highest NPV in a scenario (the one the scenario's evaluation recommends). */
function leadingOption(scenario: ScenarioEvaluation | undefined): OptionEvaluation | undefined {
    const evaluation = scenario?.evaluation;
    return evaluation?.options.find(o => o.id === evaluation.recommendedOptionId);
}

/**
 * The simulated NPV of the chosen and recommended options of either
 * version. Both versions are simulated with the same seed and number of
 * trials (the defaults), so a difference is the change's, not the sampler's;
 * were they not, nothing is compared.
 */
function simulation(base: FigureSide, head: FigureSide): { simulation?: SimulationDeltas } {
    const b = base.uncertainty;
    const h = head.uncertainty;
    if (!b && !h) {
        return {};
    }
    if (b && h && (b.seed !== h.seed || b.trials !== h.trials)) {
        return {};
    }
    const ids = [...new Set([head.evaluation.chosenOptionId, head.evaluation.recommendedOptionId, base.evaluation.chosenOptionId, base.evaluation.recommendedOptionId]
        .filter((id): id is string => id !== undefined))];
    const of = (analysis: UncertaintyAnalysis | undefined, id: string) => analysis?.options.find(o => o.optionId === id);
    const options = ids.flatMap(id => {
        const x = of(b, id);
        const y = of(h, id);
        const row: SimulationDelta = {
            option: id,
            p10: numbers(x?.npv.p10, y?.npv.p10),
            p50: numbers(x?.npv.p50, y?.npv.p50),
            p90: numbers(x?.npv.p90, y?.npv.p90),
            probabilityNegative: numbers(x?.probabilityNpvNegative, y?.probabilityNpvNegative)
        };
        // A share shows as a percentage with two places: four places of the share.
        return [row.p10, row.p50, row.p90].some(d => moved(d)) || moved(row.probabilityNegative, 4) ? [row] : [];
    });
    const shown = (h ?? b)!;
    return { simulation: { seed: shown.seed, trials: shown.trials, options } };
}

function matrixDeltas(base: Evaluation, head: Evaluation): MatrixDelta[] {
    const before = new Map(base.options.map(o => [o.id, o]));
    const after = new Map(head.options.map(o => [o.id, o]));
    const ids = [...head.options.map(o => o.id), ...base.options.map(o => o.id).filter(id => !after.has(id))];
    return ids.flatMap(id => {
        const b = before.get(id);
        const h = after.get(id);
        const row: MatrixDelta = { option: id, score: numbers(b?.matrixScore, h?.matrixScore), rank: numbers(b?.matrixRank, h?.matrixRank) };
        return moved(row.score) || row.rank.base !== row.rank.head ? [row] : [];
    });
}
