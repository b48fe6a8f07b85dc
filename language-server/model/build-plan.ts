import { Decimal } from 'decimal.js';
import type { AstNode, Reference } from 'langium';
import * as ast from '../generated/ast.js';
import type { Declarations } from '../model/declarations.js';
import { monthOffset } from './months.js';
import { optionId } from './option-id.js';
import { setting } from './plan-setting.js';
import type * as model from './plan.js';

/**
 * Builds the plain `Plan` the evaluation reads from a plan file's
 * declarations (its own and its imports'). Returns undefined for a catalogue
 * (a file without a plan header) or a header without a currency, start
 * month or horizon.
 *
 * `fileOf` names the file a node stands in, as views show it (guardrails
 * carry where they were written).
 *
 * The builder trusts validation for meaning (it is only called on plans
 * without errors) but never throws on partial input: missing values become
 * neutral ones.
 */
export function buildPlan(declarations: Declarations, fileOf: (node: AstNode) => string = () => ''): model.Plan | undefined {
    const header = declarations.plans[0];
    if (!header) {
        return undefined;
    }
    const currency = setting(header, 'CurrencySetting')?.currency;
    const start = setting(header, 'StartMonth')?.month;
    const horizon = setting(header, 'HorizonSetting')?.months;
    if (!currency || !start || !horizon || monthOffset(start, start) === undefined) {
        return undefined;
    }
    const builder = new PlanBuilder(currency, start);
    const discount = setting(header, 'DiscountSetting')?.rate;
    const capacity = setting(header, 'CapacitySetting')?.effort;
    const internalRate = setting(header, 'InternalRateSetting')?.amount;

    return {
        title: header.title ?? '',
        currency,
        start,
        horizonMonths: Math.max(0, Math.trunc(Number(horizon))),
        discountRatePercent: discount ? builder.share(discount) : { likely: new Decimal(0) },
        ...sourced('discountSource', setting(header, 'DiscountSetting')),
        capacityPersonWeeks: capacity !== undefined ? decimal(capacity) : undefined,
        internalRate: internalRate ? builder.money(internalRate) : undefined,
        ...sourced('internalRateSource', setting(header, 'InternalRateSetting')),
        ...taxBasis(setting(header, 'TaxSetting')),
        chosenOptionId: chosenOption(setting(header, 'ChooseSetting')),
        rates: declarations.rates.map(rate => ({
            from: rate.from ?? '',
            to: rate.to ?? '',
            rate: builder.quantity(rate.value),
            ...sourced('source', rate)
        })),
        goals: declarations.goals.map(goal => ({
            id: goal.name,
            title: goal.title ?? goal.name,
            weightPercent: decimal(goal.weight)
        })),
        departments: declarations.departments.map(department => builder.department(department)),
        requirements: declarations.requirements.map(requirement => builder.requirement(requirement)),
        criteria: declarations.criteria.map(criterion => ({
            id: criterion.name,
            title: criterion.title ?? criterion.name,
            weightPercent: decimal(criterion.weight),
            measure: criterion.measure
        })),
        vendors: declarations.vendors.map(vendor => builder.vendor(vendor)),
        costs: declarations.costs.map(cost => builder.cost(cost)),
        benefits: declarations.benefits.map(benefit => builder.benefit(benefit)),
        phases: declarations.phases.map(phase => builder.phase(phase)),
        kpis: declarations.kpis.map(kpi => builder.kpi(kpi)),
        scenarios: declarations.scenarios.map(scenario => ({
            id: scenario.name,
            title: scenario.title ?? scenario.name,
            overrides: scenario.overrides.map(override => scenarioOverride(override, builder))
        })),
        guardrails: declarations.guardrails.map(rule => guardrail(rule, currency, fileOf)),
        ...actualsOf(header, builder)
    };
}

/** The actuals blocks of the plan's own file, the one with its header (actuals are never imported); none: no key, as before actuals existed. */
function actualsOf(header: ast.Plan, builder: PlanBuilder): Pick<model.Plan, 'actuals'> {
    const blocks = header.$container.actuals ?? [];
    return blocks.length > 0 ? { actuals: blocks.map(block => builder.actuals(block)) } : {};
}

/** `{ [key]: source }` when the node says where its figure comes from, else nothing (no undefined keys in the model). */
function sourced<K extends string>(key: K, node: { source?: string } | undefined): { [P in K]?: string } {
    return node?.source !== undefined ? { [key]: node.source } as { [P in K]?: string } : {};
}

function taxBasis(tax: ast.TaxSetting | undefined): Pick<model.Plan, 'taxBasis'> {
    return tax?.basis === 'include' ? { taxBasis: 'included' } : tax?.basis === 'exclude' ? { taxBasis: 'excluded' } : {};
}

function chosenOption(choose: ast.ChooseSetting | undefined): string | undefined {
    const vendor = choose?.vendor?.ref;
    if (!choose || !vendor) {
        return undefined;
    }
    const editions = vendor.members.filter(ast.isEdition);
    const edition = choose.edition?.ref?.name ?? (editions.length === 1 ? editions[0].name : undefined);
    return optionId(vendor.name, edition);
}

/** An exact decimal from the parser's text; `0` for anything missing or malformed. */
function decimal(text: string | undefined): Decimal {
    if (text === undefined || text === '') {
        return new Decimal(0);
    }
    try {
        return new Decimal(text);
    } catch {
        return new Decimal(0);
    }
}

function refName<T extends AstNode & { name: string }>(reference: Reference<T> | undefined): string {
    return reference?.ref?.name ?? reference?.$refText ?? '';
}

function uncertain(likely: string | undefined, low: string | undefined, high: string | undefined): model.Uncertain {
    if (low === undefined || high === undefined) {
        return { likely: decimal(likely) };
    }
    return { likely: decimal(likely), low: decimal(low), high: decimal(high) };
}

/** Converts one declaration at a time; holds what every conversion needs. */
class PlanBuilder {

    constructor(readonly currency: string, private readonly start: string) { }

    share(share: ast.Share): model.Uncertain {
        return uncertain(share.value, share.low, share.high);
    }

    quantity(quantity: ast.Quantity | undefined): model.Uncertain {
        return quantity ? uncertain(quantity.value, quantity.low, quantity.high) : { likely: new Decimal(0) };
    }

    money(money: ast.Money | undefined): model.MoneyAmount {
        return {
            value: money ? uncertain(money.value, money.low, money.high) : { likely: new Decimal(0) },
            currency: money?.currency ?? this.currency
        };
    }

    month(label: string | undefined): number | undefined {
        return label === undefined ? undefined : monthOffset(this.start, label);
    }

    perUser(perUser: ast.PerUser | undefined): model.PerUser | undefined {
        return perUser ? { departments: perUser.departments.map(refName) } : undefined;
    }

    /** `users 20` then `users 40 from 2027-07`: waves only when some line has a month. */
    department(department: ast.Department): model.Department {
        const base = department.users.find(line => line.from === undefined);
        const dated = department.users.filter(line => line.from !== undefined);
        const users = base ? this.quantity(base.users) : { likely: new Decimal(0) };
        const waves = dated.length === 0 ? undefined : [
            ...(base ? [{ from: 0, users: users.likely }] : []),
            ...dated.map(line => ({ from: this.month(line.from) ?? 0, users: decimal(line.users?.value) }))
        ].sort((a, b) => a.from - b.from);
        return {
            id: department.name,
            title: department.title ?? department.name,
            users,
            ...sourced('usersSource', base),
            ...(waves ? { waves } : {})
        };
    }

    actuals(block: ast.Actuals): model.ActualsBlock {
        const first = this.month(block.from) ?? 0;
        const last = block.to !== undefined ? this.month(block.to) ?? first : first;
        return { first, last, records: block.records.flatMap(record => this.actualRecord(record)) };
    }

    actualRecord(record: ast.ActualRecord): model.ActualRecord[] {
        switch (record.$type) {
            case 'ActualLicence':
                return [{ kind: 'licence', amount: this.money(record.amount) }];
            case 'ActualCost':
                return [{ kind: 'cost', cost: refName(record.cost), amount: this.money(record.amount) }];
            case 'ActualBenefit':
                return [{ kind: 'benefit', benefit: refName(record.benefit), amount: this.money(record.amount) }];
            case 'ActualKpi': {
                const value = measure(record.measure);
                return value ? [{ kind: 'kpi', kpi: refName(record.kpi), measure: value }] : [];
            }
            case 'ActualUsers':
                return record.counts.map(count => ({ kind: 'users', department: refName(count.department), users: decimal(count.users) }));
        }
    }

    requirement(requirement: ast.Requirement): model.Requirement {
        const statements = requirement.statements;
        const all = <T extends ast.RequirementStatement['$type']>(type: T) =>
            statements.filter(s => s.$type === type) as Array<Extract<ast.RequirementStatement, { $type: T }>>;
        const effort = all('Effort')[0];
        return {
            id: requirement.name,
            title: requirement.title ?? requirement.name,
            moscow: (all('Priority')[0]?.moscow ?? 'could') as model.Moscow,
            askedBy: all('AskedBy').flatMap(s => s.departments.map(refName)),
            evidence: all('Evidence').flatMap(s => s.kinds),
            impacts: all('Impacts').flatMap(s => s.impacts.map(impact => ({
                goal: refName(impact.goal),
                score: decimal(impact.score)
            }))),
            effortPersonWeeks: effort ? this.quantity(effort.effort) : undefined,
            ...sourced('effortSource', effort),
            needs: all('Needs').flatMap(s => s.requirements.map(refName))
        };
    }

    vendor(vendor: ast.Vendor): model.Vendor {
        const members = vendor.members;
        return {
            id: vendor.name,
            title: vendor.title ?? vendor.name,
            editions: members.filter(ast.isEdition).map(edition => ({
                id: edition.name,
                title: edition.title ?? edition.name,
                licences: edition.licences.map(licence => this.licence(licence)),
                ...(edition.covers.length > 0 ? { covers: this.covers(edition.covers) } : {})
            })),
            covers: this.covers(members.filter(ast.isCovers)),
            scores: members.filter(ast.isScores).flatMap(scores => scores.items.map(item => ({
                criterion: refName(item.criterion),
                score: decimal(item.value),
                ...sourced('source', item)
            }))),
            costs: members.filter(ast.isCost).map(cost => this.cost(cost))
        };
    }

    covers(lines: readonly ast.Covers[]): model.Coverage[] {
        return lines.flatMap(covers => covers.items.map(item => ({
            requirement: refName(item.requirement),
            sharePercent: item.share ? this.share(item.share) : { likely: new Decimal(0) },
            ...sourced('source', item)
        })));
    }

    licence(licence: ast.Licence): model.Licence {
        return {
            price: this.money(licence.price),
            perUser: this.perUser(licence.perUser),
            period: (licence.period ?? 'month') as model.Period,
            billing: licence.billing === 'yearly' ? 'yearly' : 'monthly',
            from: this.month(licence.from),
            until: this.month(licence.until),
            increasePercentPerYear: licence.increase !== undefined ? decimal(licence.increase) : undefined,
            minimumUsers: licence.minimum !== undefined ? decimal(licence.minimum) : undefined,
            ...sourced('source', licence)
        };
    }

    cost(cost: ast.Cost): model.Cost {
        const costClass = cost.statements.find(ast.isCostClass)?.costClass;
        return {
            id: cost.name,
            title: cost.title ?? cost.name,
            costClass: costClass === 'indirect' ? 'indirect' : 'direct',
            lines: cost.statements.filter(ast.isAmountLine).map(line => this.amountLine(line))
        };
    }

    benefit(benefit: ast.Benefit): model.Benefit {
        const statements = benefit.statements;
        const kind = statements.find(ast.isBenefitKind)?.kind;
        const ramp = statements.find(ast.isRamp);
        return {
            id: benefit.name,
            title: benefit.title ?? benefit.name,
            kind: (kind ?? 'revenue') as model.BenefitKind,
            from: statements.filter(ast.isFrom).flatMap(s => s.requirements.map(refName)),
            lines: statements.filter(ast.isAmountLine).map(line => this.amountLine(line)),
            rampMonths: ramp ? Math.max(1, Math.trunc(Number(ramp.months))) : undefined
        };
    }

    amountLine(line: ast.AmountLine): model.AmountLine {
        const schedule = line.schedule;
        const hourly = line.hours && line.hourlyRate;
        return {
            // Staff time: the money before `hours` is the hours; the rate after `at` is the amount.
            amount: hourly ? this.money(line.hourlyRate) : this.money(line.amount),
            hours: hourly ? uncertain(line.amount.value, line.amount.low, line.amount.high) : undefined,
            perUser: this.perUser(line.perUser),
            schedule: schedule?.$type === 'Recurring'
                ? { kind: 'recurring', period: (schedule.period ?? 'month') as model.Period, from: this.month(schedule.from), until: this.month(schedule.until) }
                : { kind: 'once', month: this.month(schedule?.month) },
            ...sourced('source', line)
        };
    }

    phase(phase: ast.Phase): model.Phase {
        const statements = phase.statements;
        const start = statements.find(ast.isStartMonth);
        const duration = statements.find(ast.isDuration);
        return {
            id: phase.name,
            title: phase.title ?? phase.name,
            owner: statements.find(ast.isOwner)?.owner,
            start: this.month(start?.month),
            after: statements.filter(ast.isAfter).flatMap(s => s.phases.map(refName)),
            durationMonths: duration ? Math.max(0, Math.trunc(Number(duration.months))) : 0,
            delivers: statements.filter(ast.isDelivers).flatMap(s => s.requirements.map(refName))
        };
    }

    kpi(kpi: ast.Kpi): model.Kpi {
        const statements = kpi.statements;
        const baseline = statements.find(ast.isBaseline);
        const target = statements.find(ast.isTarget);
        return {
            id: kpi.name,
            title: kpi.title ?? kpi.name,
            baseline: baseline ? measure(baseline.measure) : undefined,
            target: target ? measure(target.measure) : undefined,
            targetBy: this.month(target?.by),
            tracks: statements.filter(ast.isTracks).flatMap(s => s.benefits.map(refName))
        };
    }
}

function scenarioOverride(override: ast.ScenarioOverride, builder: PlanBuilder): model.ScenarioOverride {
    switch (override.$type) {
        case 'ScaleOverride':
            if (override.licence !== undefined) {
                return {
                    kind: 'licence',
                    vendor: refName(override.item),
                    ...(override.edition ? { edition: refName(override.edition) } : {}),
                    ...(override.price ? { price: builder.money(override.price) } : { factorPercent: decimal(override.factor) })
                };
            }
            return { kind: 'scale', item: refName(override.item), factorPercent: decimal(override.factor) };
        case 'InternalRateOverride':
            return { kind: 'internal-rate', rate: { value: { likely: decimal(override.amount) }, currency: override.currency ?? builder.currency } };
        case 'EffortOverride':
            return { kind: 'effort', requirement: refName(override.requirement), personWeeks: decimal(override.effort) };
        case 'UsersOverride':
            return { kind: 'users', department: refName(override.department), users: decimal(override.users) };
        case 'DiscountOverride':
            return { kind: 'discount', ratePercent: decimal(override.rate) };
        case 'RateOverride':
            return { kind: 'rate', from: override.from ?? '', to: override.to ?? '', rate: decimal(override.value) };
        case 'CoverageOverride':
            return {
                kind: 'covers',
                vendor: refName(override.vendor),
                ...(override.edition ? { edition: refName(override.edition) } : {}),
                requirement: refName(override.requirement),
                sharePercent: decimal(override.share?.value)
            };
        case 'ScoreOverride':
            return { kind: 'score', vendor: refName(override.vendor), criterion: refName(override.criterion), score: decimal(override.value) };
    }
}

function measure(value: ast.Measure | undefined): model.Measure | undefined {
    if (!value) {
        return undefined;
    }
    return { value: decimal(value.value), unit: value.percent ? '%' : value.unit };
}

function guardrail(rule: ast.Guardrail, currency: string, fileOf: (node: AstNode) => string): model.Guardrail {
    const money = rule.metric === 'npv' || rule.metric === 'tco' || rule.metric === 'benefit';
    return {
        severity: rule.severity === 'expect' ? 'expect' : 'require',
        basis: rule.basis,
        metric: rule.metric,
        comparison: rule.comparison as model.Comparison,
        limit: { value: decimal(rule.limit?.value), ...(money ? { currency: rule.limit?.unit ?? currency } : {}) },
        ...(rule.reason !== undefined ? { reason: rule.reason } : {}),
        text: guardrailText(rule),
        source: { file: fileOf(rule), line: (rule.$cstNode?.range.start.line ?? 0) + 1 }
    };
}

/** The rule as written, without its reason, with single spaces: `require p10 npv >= 0`. */
export function guardrailText(rule: ast.Guardrail): string {
    const limit = rule.limit ? `${rule.limit.value}${rule.limit.percent ? '%' : rule.limit.unit ? ` ${rule.limit.unit}` : ''}` : '';
    return [rule.severity, rule.basis, rule.metric, rule.comparison, limit].filter(part => part).join(' ');
}

