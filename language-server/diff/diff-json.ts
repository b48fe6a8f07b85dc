import type { Decimal } from 'decimal.js';
import { guardrailJson, moneyString, roundMoney } from '../evaluation/index.js';
import { optionTitle } from '../display/option-name.js';
import type { NpvCause } from './npv-causes.js';
import type { ItemDelta } from './diff-causes.js';
import { breaks, restores } from './guardrail-diff.js';
import type { Delta, PlanDiff, ShownDelta } from './plan-diff.js';
import type { PlanChange } from './render-repository-diff.js';

export const DIFF_SCHEMA_VERSION = 1;

type MoneyDelta = { base: string | null; head: string | null; delta: string | null };

/**
 * The plan diff as data for other tools (`crmplan diff --format json`):
 * money as decimal strings with two places, other figures as numbers,
 * `null` where a figure does not exist on one side.
 */
export function toDiffJson(diff: PlanDiff): object {
    const money = (delta: Delta<Decimal>): MoneyDelta => ({
        base: delta.base === null ? null : moneyString(delta.base),
        head: delta.head === null ? null : moneyString(delta.head),
        delta: delta.delta === null ? null : moneyString(delta.delta)
    });
    const shownMoney = (delta: ShownDelta): MoneyDelta => ({
        base: delta.base === null ? null : moneyString(delta.base),
        head: delta.head === null ? null : moneyString(delta.head),
        delta: delta.exactDelta === null ? null : moneyString(delta.exactDelta)
    });
    return {
        schemaVersion: DIFF_SCHEMA_VERSION,
        base: diff.base,
        head: diff.head,
        options: diff.options.map(option => ({
            id: option.id,
            // The option's name as the report gives it (plan text: the same in every language's JSON).
            title: optionTitle(diff.optionNames.get(option.id)!, 'en'),
            status: option.status,
            tco: money(option.tco),
            totalBenefit: money(option.totalBenefit),
            npv: shownMoney(option.npv),
            roiPercent: option.roiPercent,
            paybackMonths: option.paybackMonths,
            irrAnnualPercent: option.irrAnnualPercent
        })),
        changes: diff.changes.map(change => ({
            kind: change.kind,
            id: change.id,
            ...(change.title !== undefined ? { title: change.title } : {}),
            change: change.change,
            fields: change.fields.map(field => ({
                field: field.field, old: field.old ?? null, new: field.new ?? null,
                // A list's changed elements only, matched by key (a requirement, criterion, goal, licence line or name).
                ...(field.elements ? { elements: field.elements.map(element => ({ key: element.key, old: element.old ?? null, new: element.new ?? null })) } : {})
            }))
        })),
        requirementRanks: diff.requirementRanks,
        optionRanks: diff.optionRanks,
        chosen: { base: diff.chosen.base ?? null, head: diff.chosen.head ?? null },
        recommended: { base: diff.recommended.base ?? null, head: diff.recommended.head ?? null },
        // Only when either version has rules, so the document of a plan without any is as before.
        ...(diff.guardrails.length > 0 ? {
            guardrails: diff.guardrails.map(delta => ({
                base: delta.base ? guardrailJson(delta.base) : null,
                head: delta.head ? guardrailJson(delta.head) : null,
                breaks: breaks(delta),
                restores: restores(delta)
            }))
        } : {}),
        // What caused each option's ΔTCO and Δbenefit, item by item (each list sums to its delta).
        causes: diff.causes.map(causes => ({
            option: causes.option,
            tco: causes.tco.map(itemJson),
            benefit: causes.benefit.map(itemJson),
            // Each row's effect on the NPV to the cent (`delta`, summing to the option's npv.delta), with the item's present values.
            npv: causes.npv.map(npvCauseJson)
        })),
        // Scenarios, simulation and vendor matrix: only what moved.
        scenarios: diff.figures.scenarios.map(row => ({
            id: row.id, title: row.title, leading: row.leading,
            npv: numberMoney(row.npv), tco: money(row.tco), totalBenefit: money(row.totalBenefit),
            roiPercent: row.roiPercent, paybackMonths: row.paybackMonths
        })),
        simulation: diff.figures.simulation ? {
            seed: diff.figures.simulation.seed,
            trials: diff.figures.simulation.trials,
            options: diff.figures.simulation.options.map(row => ({
                option: row.option, npvP10: numberMoney(row.p10), npvP50: numberMoney(row.p50), npvP90: numberMoney(row.p90),
                probabilityNpvNegative: row.probabilityNegative
            }))
        } : null,
        matrix: diff.figures.matrix
    };
}

/** A float money figure before and after, each to the cent; the delta between the figures as shown. */
function numberMoney(delta: Delta<number>): MoneyDelta {
    return {
        base: delta.base === null ? null : moneyString(delta.base),
        head: delta.head === null ? null : moneyString(delta.head),
        delta: delta.base === null || delta.head === null ? null : moneyString(roundMoney(delta.head).minus(roundMoney(delta.base)))
    };
}

function npvCauseJson(cause: NpvCause): object {
    const value = (v: number | null) => (v === null ? null : cause.kind === 'discount' ? v : moneyString(v));
    return {
        id: cause.id, title: cause.title, kind: cause.kind,
        // Present values (money) for items; the annual discount rate in percent for the `discount` row.
        base: value(cause.base), head: value(cause.head),
        delta: moneyString(cause.delta)
    };
}

function itemJson(item: ItemDelta): object {
    return {
        id: item.id, title: item.title, kind: item.kind,
        base: item.base === null ? null : moneyString(item.base),
        head: item.head === null ? null : moneyString(item.head),
        delta: moneyString(item.delta)
    };
}

/**
 * The repository diff as data (`crmplan diff --git <ref> --format json`):
 * each plan's path and status, with the single-plan diff for a changed plan
 * and the figures of a new one.
 */
export function repositoryDiffJson(changes: readonly PlanChange[], ref: string): object {
    return {
        schemaVersion: DIFF_SCHEMA_VERSION,
        ref,
        plans: changes.map(change => {
            switch (change.status) {
                case 'changed': return { path: change.path, status: change.status, diff: toDiffJson(change.diff) };
                case 'added': return {
                    path: change.path, status: change.status, title: change.title, baseHadErrors: change.baseHadErrors ?? false,
                    options: change.evaluation.options.map(option => ({
                        id: option.id,
                        title: optionTitle(option, 'en'),
                        tco: moneyString(option.tco),
                        totalBenefit: moneyString(option.totalBenefit),
                        npv: option.npv === null ? null : moneyString(option.npv),
                        roiPercent: option.roiPercent,
                        paybackMonths: option.paybackMonths,
                        irrAnnualPercent: option.irr.annualPercent
                    }))
                };
                case 'removed': return { path: change.path, status: change.status, title: change.title };
                case 'errors': return { path: change.path, status: change.status, title: change.title, errors: change.errors };
            }
        })
    };
}
