/**
 * What monitoring costs the evaluation: a plan with 36 months of actuals
 * (the manufacturer's retrospective example, one block a quarter) evaluated
 * as written, and the same plan with its actuals left out, many times each
 * in one process. The evaluation is a pure function of the plan model, so
 * the model is built once and only `evaluate` is timed.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCrmPlanCoreServices } from '../language-server/crmplan-core-module.js';
import { evaluate } from '../language-server/evaluation/index.js';
import type { Plan } from '../language-server/model/plan.js';

export interface MonitoringTimes {
    readonly actualsMonths: number;
    readonly blocks: number;
    /** Milliseconds per evaluation, one entry per run. */
    readonly withActuals: readonly number[];
    readonly withoutActuals: readonly number[];
}

export async function measureMonitoring(file: string, runs: number): Promise<MonitoringTimes> {
    const { shared, CrmPlan } = createCrmPlanCoreServices({ ...NodeFileSystem });
    const document = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const figures = CrmPlan.workspace.PlanEvaluations.figures(document);
    if (figures.status !== 'current') {
        throw new Error(`${file} does not evaluate: it has errors`);
    }
    const withActuals: Plan = figures.plan;
    const withoutActuals: Plan = { ...withActuals, actuals: [] };
    const blocks = withActuals.actuals ?? [];
    const time = (plan: Plan) => {
        const start = performance.now();
        evaluate(plan);
        return performance.now() - start;
    };
    // Warm up both paths, then alternate so that load on the machine falls on both alike.
    for (let i = 0; i < 5; i++) {
        time(withActuals);
        time(withoutActuals);
    }
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < runs; i++) {
        a.push(time(withActuals));
        b.push(time(withoutActuals));
    }
    const months = new Set(blocks.flatMap(block => Array.from({ length: block.last - block.first + 1 }, (_, k) => block.first + k)));
    return { actualsMonths: months.size, blocks: blocks.length, withActuals: a, withoutActuals: b };
}
