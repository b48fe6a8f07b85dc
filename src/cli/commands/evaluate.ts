import type { Evaluation, OptionEvaluation } from '../../../language-server/evaluation/index.js';
import { toEvaluationJson } from '../../../language-server/evaluation/index.js';
import { formatMoney, formatNumber, formatPercent } from '../../../language-server/format/numbers.js';
import { textTable } from '../text-table.js';
import { outputFormat } from '../output-format.js';
import { ExitCode } from '../usage-error.js';
import { loadPlanForFigures } from '../plan-figures.js';

export interface EvaluateOptions {
    format?: string;
    json?: boolean;
}

/**
 * `crmplan evaluate <file>`: the plan's figures, as a terminal summary or as
 * the versioned JSON document. A plan with errors prints its diagnostics
 * (stderr) and exits 1, never partial figures.
 */
export async function evaluateCommand(file: string, options: EvaluateOptions, cwd = process.cwd()): Promise<number> {
    const format = outputFormat(options, ['text', 'json']);
    const loaded = await loadPlanForFigures(file, cwd);
    if (!loaded.ok) {
        return loaded.exitCode;
    }
    const { evaluation } = loaded;
    const output = format === 'json'
        ? JSON.stringify(toEvaluationJson(evaluation), null, 2)
        : summary(evaluation);
    process.stdout.write(output + '\n');
    return ExitCode.ok;
}

function summary(evaluation: Evaluation): string {
    const { plan } = evaluation;
    const money = (value: OptionEvaluation['tco']) => formatMoney(value, plan.currency, 'en');
    const lines: string[] = [];
    lines.push(`${plan.title}`);
    lines.push(`${plan.currency} · from ${plan.start} · ${plan.horizonMonths} months · discount ${formatPercent(plan.discountRatePercent)} per year`);
    lines.push('');
    const options = evaluation.options;
    const header = ['', ...options.map(option => option.id + (option.chosen ? ' (chosen)' : '') + (option.recommended ? ' ★' : ''))];
    const row = (label: string, cell: (option: OptionEvaluation) => string) => [label, ...options.map(cell)];
    const numeric = new Set(options.map((_, i) => i + 1));
    lines.push(textTable([
        header,
        row('TCO', o => money(o.tco)),
        row('Total benefit', o => money(o.totalBenefit)),
        row('ROI', o => formatPercent(o.roiPercent)),
        row('NPV', o => (o.npv === null ? 'n/a' : formatMoney(o.npv, plan.currency, 'en'))),
        row('PV-ROI', o => formatPercent(o.pvRoiPercent)),
        row('Payback', o => (o.paybackMonths === null ? 'never' : `${formatNumber(o.paybackMonths, 2, 2)} months`)),
        row('IRR (annual)', o => (o.irr.annualPercent !== null ? formatPercent(o.irr.annualPercent)
            : o.irr.annualRootsPercent.length > 1 ? `n/a (${o.irr.annualRootsPercent.length} roots)` : 'n/a')),
        row('Matrix score', o => formatNumber(o.matrixScore, 2, 2)),
        row('Rank by NPV', o => `${o.npvRank} of ${options.length}`)
    ], numeric));
    if (evaluation.recommendedOptionId) {
        lines.push('');
        lines.push(`★ recommended: ${evaluation.recommendedOptionId} (highest NPV)` +
            (evaluation.chosenIsRecommended === false ? `; the plan chooses ${evaluation.chosenOptionId}` : ''));
    }
    lines.push('');
    const capacity = evaluation.capacity;
    lines.push(capacity.capacityPersonWeeks !== undefined
        ? `Requirements (${formatNumber(capacity.used)} of ${formatNumber(capacity.capacityPersonWeeks)} person-weeks used)`
        : `Requirements (${formatNumber(capacity.used)} person-weeks, no capacity set)`);
    const byId = new Map(evaluation.requirements.map(requirement => [requirement.id, requirement]));
    const ranked = evaluation.ranking.map(id => byId.get(id)!).filter(Boolean);
    lines.push(textTable([
        ['#', 'Requirement', 'MoSCoW', 'Value', 'Effort', 'Within capacity'],
        ...ranked.map(r => [
            String(r.rank), r.id, r.moscow, formatNumber(r.value, 2, 2),
            r.effortPersonWeeks !== undefined ? `${formatNumber(r.effortPersonWeeks)} pw` : '–',
            r.withinCapacity ? 'yes' : `no (${r.exclusion ?? 'capacity'})`
        ])
    ], new Set([0, 3, 4])));
    return lines.join('\n');
}
