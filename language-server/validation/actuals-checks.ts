import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Evaluation, MonitoringLine } from '../evaluation/index.js';
import type { ActiveUsers, ActualCost, ActualKpi, Actuals, CrmPlanAstType, Department, Document, Measure } from '../generated/ast.js';
import { isActualKpi, isActuals, isCost, isVendor } from '../generated/ast.js';
import { monthIndex, monthLabel } from '../model/months.js';
import { CheckGroup } from './check-group.js';
import { decimal, isNegative } from './decimals.js';
import { args, phrase } from './describe.js';
import { Diagnostics } from './diagnostic-codes.js';
import type { FigureFinding } from './figure-checks.js';
import { report } from './diagnose.js';
import { setting } from '../model/plan-setting.js';

/**
 * Monitoring after go-live: actuals blocks sit on the plan's timeline, once
 * per month, in a plan that chooses an option; what they record is a cost of
 * that option, a KPI in its baseline's unit, and user counts that are not
 * negative; rollout waves give one `users` line per month. The warnings that
 * need figures (gaps, unrecorded lines, KPIs behind) are `actualsFindings`.
 */
export class ActualsChecks extends CheckGroup {

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            Actuals: this.checkBlock.bind(this),
            Document: this.checkOverlaps.bind(this),
            ActualCost: this.checkCost.bind(this),
            ActualKpi: this.checkKpiUnit.bind(this),
            ActiveUsers: this.checkActiveUsers.bind(this),
            Department: this.checkWaves.bind(this)
        };
    }

    checkBlock(block: Actuals, accept: ValidationAcceptor): void {
        const locale = this.locale.current;
        const context = this.contexts.of(block);
        if (!context.ownPlan || !setting(context.ownPlan, 'ChooseSetting')) {
            report(accept, locale, Diagnostics.actualsWithoutChoice, block, { reason: context.ownPlan ? 'choose' : 'catalogue' }, 'from');
        }
        const months = (['from', 'to'] as const).filter(property => block[property] !== undefined);
        for (const property of months) {
            const month = block[property]!;
            const index = monthIndex(month);
            if (index === undefined) {
                report(accept, locale, Diagnostics.invalidMonth, block, { value: month }, property);
                return;
            }
            const timeline = context.timeline;
            if (timeline) {
                const last = timeline.startIndex + timeline.horizon - 1;
                const side = index < timeline.startIndex ? 'before' : index > last ? 'after' : undefined;
                if (side) {
                    report(accept, locale, Diagnostics.actualsOutsideTimeline, block, {
                        month, side, first: timeline.start, last: monthLabel(timeline.start, timeline.horizon - 1)
                    }, property);
                }
            }
        }
        const span = blockSpan(block);
        if (block.to !== undefined && span && span.last < span.first) {
            report(accept, locale, Diagnostics.actualsPeriodOrder, block, { from: block.from, to: block.to }, 'to');
        }
    }

    /** Each month recorded once: a block that covers a month an earlier block covers is at fault. */
    checkOverlaps(root: Document, accept: ValidationAcceptor): void {
        const recordedBy = new Map<number, Actuals>();
        for (const block of root.actuals ?? []) {
            const span = blockSpan(block);
            if (!span) {
                continue;
            }
            const overlapping: number[] = [];
            let other: Actuals | undefined;
            for (let m = span.first; m <= span.last; m++) {
                const earlier = recordedBy.get(m);
                if (earlier) {
                    overlapping.push(m);
                    other ??= earlier;
                } else {
                    recordedBy.set(m, block);
                }
            }
            if (other) {
                report(accept, this.locale.current, Diagnostics.actualsOverlap, block, {
                    months: monthList(overlapping.map(m => labelOf(m))), count: overlapping.length, other: headerOf(other)
                }, 'from');
            }
        }
    }

    checkCost(record: ActualCost, accept: ValidationAcceptor): void {
        const cost = record.cost?.ref;
        const vendor = cost?.$container;
        if (!cost || !isVendor(vendor)) {
            return;
        }
        const chosen = setting(this.contexts.of(record).ownPlan, 'ChooseSetting')?.vendor?.ref;
        if (chosen && chosen !== vendor) {
            report(accept, this.locale.current, Diagnostics.actualsOtherVendor, record, { cost: cost.name, vendor: vendor.name, chosen: chosen.name }, 'cost');
        }
    }

    checkKpiUnit(record: ActualKpi, accept: ValidationAcceptor): void {
        const kpi = record.kpi?.ref;
        const baseline = kpi?.statements.find(s => s.$type === 'Baseline');
        if (!kpi || !baseline || baseline.$type !== 'Baseline' || !baseline.measure || !record.measure) {
            return;
        }
        const expected = unitOf(baseline.measure);
        const unit = unitOf(record.measure);
        if (expected !== unit) {
            report(accept, this.locale.current, Diagnostics.kpiUnit, record, {
                kpi: kpi.name, expected: unitPhrase(expected, 'en'), expectedZh: unitPhrase(expected, 'zh'),
                unit: unitPhrase(unit, 'en'), unitZh: unitPhrase(unit, 'zh')
            }, 'measure');
        }
    }

    checkActiveUsers(count: ActiveUsers, accept: ValidationAcceptor): void {
        const locale = this.locale.current;
        const department = count.department?.ref;
        if (isNegative(count.users)) {
            report(accept, locale, Diagnostics.negativeAmount, count, {
                ...args(phrase(w => w.activeUsersOf(count.department?.$refText ?? ''))),
                value: count.users
            }, 'users');
            return;
        }
        const block = count.$container.$container;
        const span = isActuals(block) ? blockSpan(block) : undefined;
        const active = decimal(count.users);
        if (!department || !span || !active) {
            return;
        }
        const declared = declaredUsers(department, span.last);
        if (declared && active.greaterThan(declared)) {
            report(accept, locale, Diagnostics.moreUsersThanDeclared, count, {
                active: count.users, department: department.name, declared: declared.toString(), month: labelOf(span.last)
            }, 'users');
        }
    }

    /** One `users` line per month: one without `from`, and each dated month once. */
    checkWaves(department: Department, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const line of department.users) {
            const key = line.from ?? '';
            if (seen.has(key)) {
                report(accept, this.locale.current, Diagnostics.repeatedUsers, line, { department: department.name, month: line.from ?? '' }, line.from ? 'from' : 'users');
            }
            seen.add(key);
        }
    }
}

/** The warnings that need the figures: months no block covers, planned lines with nothing recorded, KPIs behind their path. */
export function actualsFindings(document: LangiumDocument, evaluation: Evaluation): FigureFinding[] {
    const monitoring = evaluation.monitoring;
    const root = document.parseResult.value as Document;
    const blocks = root.actuals ?? [];
    if (!monitoring || blocks.length === 0) {
        return [];
    }
    const start = evaluation.plan.start;
    const label = (m: number) => monthLabel(start, m);
    const offsetOf = (month: number) => month - (monthIndex(start) ?? 0);
    const spans = blocks.map(block => ({ block, span: blockSpan(block) }));
    const lastBlock = spans.reduce((a, b) => ((b.span?.last ?? -Infinity) >= (a.span?.last ?? -Infinity) ? b : a)).block;
    const findings: FigureFinding[] = [];

    for (const run of runs(monitoring.uncoveredMonths)) {
        // On the block that follows the gap: it is where the missing months would go.
        const after = spans.find(s => s.span && offsetOf(s.span.first) > run[run.length - 1])?.block ?? lastBlock;
        findings.push({
            kind: Diagnostics.actualsGap, node: after, property: 'from',
            args: { months: monthRanges(run, label), count: run.length, asOf: monitoring.asOfLabel }
        });
    }

    for (const line of monitoring.lines.filter(l => l.unrecordedMonths.length > 0)) {
        const declaration = declarationOf(root, line);
        findings.push({
            kind: Diagnostics.unrecordedLine, node: declaration ?? lastBlock, property: declaration ? 'name' : 'from',
            args: { ...linePhrase(line), months: monthRanges(line.unrecordedMonths, label), count: line.unrecordedMonths.length }
        });
    }

    for (const kpi of monitoring.kpis.filter(k => k.status === 'behind' && k.latest)) {
        const measured = spans
            .filter(s => s.span && offsetOf(s.span.last) === kpi.latest!.month)
            .flatMap(s => s.block.records.filter((r): r is ActualKpi => isActualKpi(r) && r.kpi?.ref?.name === kpi.id));
        const node: AstNode = measured[measured.length - 1] ?? lastBlock;
        const text = (value: string) => (kpi.unit === '%' ? `${value}%` : kpi.unit ? `${value} ${kpi.unit}` : value);
        findings.push({
            kind: Diagnostics.kpiBehind, node, property: measured.length > 0 ? 'measure' : 'from',
            args: {
                kpi: kpi.id, value: text(kpi.latest!.value.toString()), month: kpi.latest!.label,
                expected: text(kpi.expected.toDecimalPlaces(2).toString()), target: text(kpi.target.toString()), by: label(kpi.pathEndMonth)
            }
        });
    }
    return findings;
}

/** Absolute month indexes of a block; undefined while a month is malformed. */
function blockSpan(block: Actuals): { first: number; last: number } | undefined {
    const first = block.from === undefined ? undefined : monthIndex(block.from);
    const last = block.to === undefined ? first : monthIndex(block.to);
    return first === undefined || last === undefined ? undefined : { first, last };
}

function labelOf(index: number): string {
    return monthLabel('0000-01', index);
}

function headerOf(block: Actuals): string {
    return block.to ? `${block.from} to ${block.to}` : block.from;
}

function monthList(labels: readonly string[]): string {
    return labels.length > 3 ? `${labels[0]} to ${labels[labels.length - 1]}` : labels.join(', ');
}

/** Consecutive runs of ascending months. */
function runs(months: readonly number[]): number[][] {
    const result: number[][] = [];
    for (const m of months) {
        const current = result[result.length - 1];
        if (current && current[current.length - 1] === m - 1) {
            current.push(m);
        } else {
            result.push([m]);
        }
    }
    return result;
}

/** `2027-02, 2027-05 to 2027-07`. */
function monthRanges(months: readonly number[], label: (m: number) => string): string {
    return runs(months).map(run => (run.length === 1 ? label(run[0]) : `${label(run[0])} to ${label(run[run.length - 1])}`)).join(', ');
}

/** The users a department declares for a month: its latest `users` line at or before it. */
function declaredUsers(department: Department, month: number) {
    let declared: ReturnType<typeof decimal>;
    let declaredFrom = Number.NEGATIVE_INFINITY;
    for (const line of department.users) {
        const from = line.from === undefined ? Number.NEGATIVE_INFINITY : monthIndex(line.from);
        if (from !== undefined && from <= month && from >= declaredFrom) {
            declared = decimal(line.users?.value);
            declaredFrom = from;
        }
    }
    return declared;
}

type Unit = string | undefined;

function unitOf(measure: Measure): Unit {
    return measure.percent ? '%' : measure.unit;
}

function unitPhrase(unit: Unit, language: 'en' | 'zh'): string {
    return phrase(w => (unit === undefined ? w.withoutUnit : unit === '%' ? w.inPercent : w.inUnit(unit)))[language];
}

/** The declaration of a cost or benefit line in this file, to anchor a finding on. */
function declarationOf(root: Document, line: MonitoringLine): (AstNode & { name: string }) | undefined {
    if (line.kind === 'benefit') {
        return root.benefits?.find(b => b.name === line.id);
    }
    if (line.kind === 'cost') {
        return root.costs?.find(c => c.name === line.id)
            ?? root.vendors?.flatMap(v => v.members).filter(isCost).find(c => c.name === line.id);
    }
    return undefined;
}

function linePhrase(line: MonitoringLine): { what: string; whatZh: string } {
    const words = phrase(w => (line.kind === 'cost' ? w.costNamed(line.id) : line.kind === 'licence' ? w.licenceOfOption(line.id) : w.benefitNamed(line.id)));
    return { what: words.en, whatZh: words.zh };
}
