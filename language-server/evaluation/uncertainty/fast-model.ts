/**
 * A floating-point model of a plan's money, fast enough to price thousands of
 * simulated trials.
 *
 * Every monthly amount of an option is a fixed *pattern* over the months
 * (where and how much of one unit falls: schedule, per-year twelfths, ramp,
 * go-live, licence bills and increases, effort spread over a phase) times a
 * *scale* that depends on the inputs: amount × exchange factor × hours ×
 * users × coverage share for an amount line; price × exchange factor × seats
 * for a licence; effort × internal rate × exchange factor for internal
 * effort. No input moves a pattern (phases, dates and ramps take no range),
 * so the patterns are computed once, with the exact evaluation's own
 * schedule code on unit amounts, and a trial is a few vector operations.
 * The discount rate only changes the discount factors.
 *
 * Terms whose scale depends on no input with a range of non-zero width are
 * folded into constant arrays, so a zero-width range prices exactly like no
 * range at all.
 */
import type { Decimal } from 'decimal.js';
import type { AmountLine, Coverage, Department, Licence, Plan, PerUser, Uncertain } from '../../model/plan.js';
import { optionId } from '../../model/option-id.js';
import { CurrencyConverter } from '../currency.js';
import { ONE } from '../decimal.js';
import { EvaluationError } from '../evaluation-error.js';
import { expandLicence, expandLine, followsWaves, spreadEvenly, type ScheduleContext } from '../schedule.js';
import { requirementGoLive, scheduleBenefits, schedulePhases } from '../timeline.js';
import { uncertainInputs, type UncertainInput } from './inputs.js';

/** A number that may depend on the inputs. */
interface Scalar {
    /** Indices of the inputs it reads (zero-width ones included). */
    readonly deps: ReadonlySet<number>;
    /** Whether it reads an input whose range has width, i.e. can vary. */
    readonly varies: boolean;
    readonly at: (x: Float64Array) => number;
}

function constant(value: number): Scalar {
    return { deps: new Set(), varies: false, at: () => value };
}

function union(scalars: readonly Scalar[]): Set<number> {
    return new Set(scalars.flatMap(s => [...s.deps]));
}

function product(...factors: Scalar[]): Scalar {
    const varying = factors.filter(f => f.varies);
    const fixed = factors.filter(f => !f.varies).reduce((p, f) => p * f.at(EMPTY), 1);
    if (varying.length === 0) {
        return { deps: union(factors), varies: false, at: () => fixed };
    }
    return {
        deps: union(factors),
        varies: true,
        at: x => {
            let p = fixed;
            for (const f of varying) {
                p *= f.at(x);
            }
            return p;
        }
    };
}

function total(terms: readonly Scalar[]): Scalar {
    const varying = terms.filter(t => t.varies);
    const fixed = terms.filter(t => !t.varies).reduce((s, t) => s + t.at(EMPTY), 0);
    if (varying.length === 0) {
        return { deps: union(terms), varies: false, at: () => fixed };
    }
    return {
        deps: union(terms),
        varies: true,
        at: x => {
            let s = fixed;
            for (const t of varying) {
                s += t.at(x);
            }
            return s;
        }
    };
}

function map(scalar: Scalar, f: (value: number) => number): Scalar {
    if (!scalar.varies) {
        const value = f(scalar.at(EMPTY));
        return { deps: scalar.deps, varies: false, at: () => value };
    }
    return { deps: scalar.deps, varies: true, at: x => f(scalar.at(x)) };
}

const EMPTY = new Float64Array(0);

/** One monthly stream of an option: `scale × pattern`, a cost or a benefit. */
interface Term {
    readonly benefit: boolean;
    readonly scale: Scalar;
    readonly pattern: Float64Array;
    /** Σ pattern. */
    readonly patternTotal: number;
}

/** The figures of one option at one point. */
export interface FastMetrics {
    tco: number;
    totalBenefit: number;
    /** NaN when the discount rate is at or below −100%. */
    npv: number;
    /** NaN when TCO is 0 (undefined). */
    roiPercent: number;
    /** Infinity when the cumulative net flow is still negative at the horizon. */
    paybackMonths: number;
}

export function emptyMetrics(): FastMetrics {
    return { tco: 0, totalBenefit: 0, npv: 0, roiPercent: 0, paybackMonths: 0 };
}

/** The money of one option, ready to price any point. */
export class FastOption {
    /** Inputs any term of this option reads (the discount rate included when it is an input). */
    readonly dependsOn: ReadonlySet<number>;
    private readonly baseNet: Float64Array;
    private readonly baseCost: number;
    private readonly baseBenefit: number;
    private readonly varying: readonly Term[];
    private readonly net: Float64Array;
    private readonly cumulative: Float64Array;

    constructor(readonly id: string, horizon: number, terms: readonly Term[], discountDeps: ReadonlySet<number>) {
        this.baseNet = new Float64Array(horizon);
        let cost = 0;
        let benefit = 0;
        for (const term of terms.filter(t => !t.scale.varies)) {
            const s = term.scale.at(EMPTY);
            if (s === 0) {
                continue;
            }
            const sign = term.benefit ? 1 : -1;
            for (let m = 0; m < horizon; m++) {
                this.baseNet[m] += sign * s * term.pattern[m];
            }
            if (term.benefit) {
                benefit += s * term.patternTotal;
            } else {
                cost += s * term.patternTotal;
            }
        }
        this.baseCost = cost;
        this.baseBenefit = benefit;
        this.varying = terms.filter(t => t.scale.varies);
        this.dependsOn = new Set([...terms.flatMap(t => [...t.scale.deps]), ...discountDeps]);
        this.net = new Float64Array(horizon);
        this.cumulative = new Float64Array(horizon);
    }

    /**
     * The option's figures at input values `x`, discounting month m by
     * `discount[m]` = (1 + r)^(m/12) (null: the rate is at or below −100%).
     */
    evaluate(x: Float64Array, discount: Float64Array | null, out: FastMetrics): FastMetrics {
        const H = this.net.length;
        const net = this.net;
        net.set(this.baseNet);
        let tco = this.baseCost;
        let benefit = this.baseBenefit;
        for (const term of this.varying) {
            const s = term.scale.at(x);
            if (s === 0) {
                continue;
            }
            const pattern = term.pattern;
            if (term.benefit) {
                for (let m = 0; m < H; m++) {
                    net[m] += s * pattern[m];
                }
                benefit += s * term.patternTotal;
            } else {
                for (let m = 0; m < H; m++) {
                    net[m] -= s * pattern[m];
                }
                tco += s * term.patternTotal;
            }
        }
        let npv = 0;
        let magnitude = 0;
        for (let m = 0; m < H; m++) {
            magnitude += Math.abs(net[m]);
            if (discount) {
                npv += net[m] / discount[m];
            }
        }
        out.tco = tco;
        out.totalBenefit = benefit;
        out.npv = discount ? npv : Number.NaN;
        // Costs are never negative (CRM006), so TCO is exactly 0 in floats when it is in decimals.
        out.roiPercent = tco === 0 ? Number.NaN : (benefit - tco) / tco * 100;
        out.paybackMonths = this.payback(magnitude * 1e-12);
        return out;
    }

    /** As `paybackMonths` in finance.ts, on floats: Infinity for never. */
    private payback(tolerance: number): number {
        const net = this.net;
        const cumulative = this.cumulative;
        const H = net.length;
        let sum = 0;
        let lastNegative = -1;
        for (let m = 0; m < H; m++) {
            sum += net[m];
            cumulative[m] = sum;
            if (sum < -tolerance) {
                lastNegative = m;
            }
        }
        if (lastNegative === -1) {
            return 0;
        }
        if (lastNegative === H - 1) {
            return Number.POSITIVE_INFINITY;
        }
        const m = lastNegative + 1;
        return m + Math.min(1, -cumulative[m - 1] / net[m]);
    }
}

/** A plan's money as floats: its inputs, their likely values, and one `FastOption` per option. */
export class FastModel {
    readonly inputs: readonly UncertainInput[];
    /** Likely value of each input, by index. */
    readonly likely: Float64Array;
    /** Options in the evaluation's order. */
    readonly options: readonly FastOption[];
    private readonly discountRate: Scalar;
    private readonly horizon: number;
    private readonly fixedDiscount: Float64Array | null;

    /**
     * @param plan a plan `evaluate` accepts
     * @throws EvaluationError where `evaluate` would
     */
    constructor(plan: Plan) {
        const H = plan.horizonMonths;
        if (!Number.isInteger(H) || H < 1) {
            throw new EvaluationError('invalid-horizon', `The horizon must be a whole number of months, at least 1 (got ${H}).`);
        }
        this.horizon = H;
        this.inputs = uncertainInputs(plan);
        this.likely = Float64Array.from(this.inputs, input => input.likely.toNumber());
        const compiler = new Compiler(plan, this.inputs);
        this.discountRate = compiler.value(plan.discountRatePercent);
        this.options = compiler.options(this.discountRate.deps);
        this.fixedDiscount = this.discountRate.varies ? null : discountFactors(this.discountRate.at(EMPTY), H);
    }

    /** Whether the discount rate is an input with width (then each point recomputes the factors). */
    get discountVaries(): boolean {
        return this.discountRate.varies;
    }

    /** Discount factors (1 + r)^(m/12) for the rate at `x`; null for a rate at or below −100%. */
    discount(x: Float64Array): Float64Array | null {
        return this.discountRate.varies ? discountFactors(this.discountRate.at(x), this.horizon) : this.fixedDiscount;
    }

    /** Every option's figures at `x` (into `out`, one per option). */
    evaluate(x: Float64Array, out: FastMetrics[] = this.options.map(emptyMetrics)): FastMetrics[] {
        const discount = this.discount(x);
        this.options.forEach((option, i) => option.evaluate(x, discount, out[i]));
        return out;
    }
}

/**
 * (1 + r)^(m/12) for r = percent / 100, computed as finance.ts's
 * `presentValueMonthly` does (exp of log1p), so that a flow divided by it is
 * bit-for-bit the same discounted value.
 */
function discountFactors(percent: number, horizon: number): Float64Array | null {
    const rate = percent / 100;
    if (!(rate > -1) || !Number.isFinite(rate)) {
        return null;
    }
    const logGrowth = Math.log1p(rate);
    const factors = new Float64Array(horizon);
    for (let m = 0; m < horizon; m++) {
        factors[m] = Math.exp(logGrowth * m / 12);
    }
    return factors;
}

/** Turns a plan into terms, mirroring evaluate.ts and option-items.ts. */
class Compiler {
    private readonly index = new Map<Uncertain, number>();
    private readonly ctx: ScheduleContext;
    private readonly fx = new Map<string, Scalar>();
    private departments?: Map<string, Department>;

    constructor(private readonly plan: Plan, inputs: readonly UncertainInput[]) {
        inputs.forEach((input, i) => this.index.set(input.value, i));
        // Patterns are unit amounts in the plan's currency, so no rate is needed, and notes are the exact path's business.
        this.ctx = {
            horizonMonths: plan.horizonMonths,
            start: plan.start,
            converter: new CurrencyConverter(plan.currency, []),
            departments: [],
            note: () => undefined
        };
    }

    /** A value of the plan: an input when it has a range, else its likely value. */
    value(value: Uncertain): Scalar {
        const i = this.index.get(value);
        if (i === undefined) {
            return constant(value.likely.toNumber());
        }
        const width = value.high!.minus(value.low!);
        if (width.isZero()) {
            return { deps: new Set([i]), varies: false, at: () => value.likely.toNumber() };
        }
        return { deps: new Set([i]), varies: true, at: x => x[i] };
    }

    /** Units of the plan's currency per unit of `currency`, through the declared rate as CurrencyConverter finds it. */
    exchange(currency: string): Scalar {
        const plan = this.plan;
        if (currency === plan.currency) {
            return constant(1);
        }
        let scalar = this.fx.get(currency);
        if (!scalar) {
            const direct = plan.rates.find(r => r.from === currency && r.to === plan.currency);
            const inverse = direct ? undefined : plan.rates.find(r => r.from === plan.currency && r.to === currency);
            const declared = direct ?? inverse;
            if (!declared) {
                throw new EvaluationError('missing-rate', `No exchange rate from ${currency} to ${plan.currency}.`);
            }
            if (!declared.rate.likely.greaterThan(0)) {
                throw new EvaluationError('zero-rate', `The rate ${declared.from} ${declared.rate.likely.toString()} ${declared.to} must be positive.`);
            }
            const rate = this.value(declared.rate);
            scalar = direct ? rate : map(rate, r => 1 / r);
            this.fx.set(currency, scalar);
        }
        return scalar;
    }

    users(perUser: PerUser): Scalar {
        const departments = this.plan.departments;
        if (perUser.departments.length === 0) {
            return total(departments.map(d => this.value(d.users)));
        }
        if (!this.departments) {
            this.departments = new Map();
            for (const department of departments) {
                if (!this.departments.has(department.id)) {
                    this.departments.set(department.id, department);
                }
            }
        }
        const byId = this.departments;
        return total(perUser.departments.map(id => {
            const department = byId.get(id);
            if (!department) {
                throw new EvaluationError('unknown-name', `Unknown department ${id}.`);
            }
            return this.value(department.users);
        }));
    }

    /** Whether the users of a per-user amount follow rollout waves: they then shape its pattern, not its scale. */
    waves(perUser: PerUser | undefined): boolean {
        return followsWaves(perUser, this.plan.departments);
    }

    /** amount × exchange factor × hours × users, per occurrence. */
    lineScale(line: AmountLine): Scalar {
        return product(
            this.value(line.amount.value),
            this.exchange(line.amount.currency),
            line.hours ? this.value(line.hours) : constant(1),
            line.perUser && !this.waves(line.perUser) ? this.users(line.perUser) : constant(1)
        );
    }

    /** The pattern of one unit of `line` (in the plan's currency, no hours, no users unless they follow waves). */
    linePattern(line: AmountLine, timing?: Parameters<typeof expandLine>[2]): Float64Array {
        const unit: AmountLine = { amount: { value: { likely: ONE }, currency: this.plan.currency }, schedule: line.schedule };
        if (this.waves(line.perUser)) {
            return toFloats(expandLine({ ...unit, perUser: line.perUser }, { ...this.ctx, departments: this.plan.departments }, timing).monthly);
        }
        return toFloats(expandLine(unit, this.ctx, timing).monthly);
    }

    licencePattern(licence: Licence, vendor: string, edition: string): Float64Array {
        const price = { value: { likely: ONE }, currency: this.plan.currency };
        if (this.waves(licence.perUser)) {
            // Seats month by month (co-terming included) are part of the pattern.
            return toFloats(expandLicence({ ...licence, price }, vendor, edition, { ...this.ctx, departments: this.plan.departments }).monthly);
        }
        const unit: Licence = { ...licence, price, perUser: undefined, minimumUsers: undefined };
        return toFloats(expandLicence(unit, vendor, edition, this.ctx).monthly);
    }

    options(discountDeps: ReadonlySet<number>): FastOption[] {
        const plan = this.plan;
        const H = plan.horizonMonths;
        const phases = schedulePhases(plan.phases, plan.start);
        const live = requirementGoLive(plan.requirements, phases, plan.horizonMonths);
        const benefitSchedules = scheduleBenefits(plan.benefits, live, plan.start);

        const costTerms = (lines: readonly AmountLine[]): Term[] =>
            lines.map(line => term(false, this.lineScale(line), this.linePattern(line)));
        const planTerms: Term[] = plan.costs.flatMap(cost => costTerms(cost.lines));
        if (plan.internalRate) {
            const rate = product(this.value(plan.internalRate.value), this.exchange(plan.internalRate.currency));
            for (const requirement of plan.requirements) {
                if (!requirement.effortPersonWeeks) {
                    continue;
                }
                const phase = live.get(requirement.id)!.phase;
                const first = phase ? phase.startMonth : 0;
                const last = phase ? Math.max(phase.endMonth, phase.startMonth) : 0;
                planTerms.push(term(false, product(this.value(requirement.effortPersonWeeks), rate), toFloats(spreadEvenly(ONE, first, last, H))));
            }
        }

        return plan.vendors.flatMap(vendor => {
            const vendorTerms = vendor.costs.flatMap(cost => costTerms(cost.lines));
            const vendorCovers = coverMap(vendor.covers);
            // An edition's own covers replace the vendor's shares of those requirements, as in coverage.ts.
            const benefitTermsOf = (covers: ReadonlyMap<string, Uncertain>): Term[] => plan.benefits.flatMap((benefit, i) => {
                const share = benefit.from.length === 0
                    ? constant(1)
                    : map(total(benefit.from.map(id => {
                        const share = covers.get(id);
                        return share ? this.value(share) : constant(0);
                    })), sum => sum / benefit.from.length / 100);
                const timing = {
                    benefit: benefit.id,
                    goLive: benefitSchedules[i].goLiveMonth,
                    ...(benefit.rampMonths !== undefined ? { rampMonths: benefit.rampMonths } : {}),
                    share: ONE
                };
                return benefit.lines.map(line => term(true, product(this.lineScale(line), share), this.linePattern(line, timing)));
            });
            const vendorBenefitTerms = benefitTermsOf(vendorCovers);
            const editions = vendor.editions.length > 0 ? vendor.editions : [undefined];
            return editions.map(edition => {
                const benefitTerms = edition?.covers?.length
                    ? benefitTermsOf(new Map([...vendorCovers, ...coverMap(edition.covers)]))
                    : vendorBenefitTerms;
                const licenceTerms = (edition?.licences ?? []).map(licence => {
                    const seats = licence.perUser && !this.waves(licence.perUser)
                        ? map(this.users(licence.perUser), users => {
                            const minimum = licence.minimumUsers?.toNumber();
                            return minimum !== undefined && minimum > users ? minimum : users;
                        })
                        : constant(1);
                    const scale = product(this.value(licence.price.value), this.exchange(licence.price.currency), seats);
                    return term(false, scale, this.licencePattern(licence, vendor.id, edition!.id));
                });
                const id = optionId(vendor.id, edition?.id);
                return new FastOption(id, H, [...planTerms, ...vendorTerms, ...licenceTerms, ...benefitTerms], discountDeps);
            });
        });
    }
}

/** Shares per requirement; when a requirement is listed twice (a validation error) the first wins, as in coverage.ts. */
function coverMap(covers: readonly Coverage[]): Map<string, Uncertain> {
    const map = new Map<string, Uncertain>();
    for (const coverage of covers) {
        if (!map.has(coverage.requirement)) {
            map.set(coverage.requirement, coverage.sharePercent);
        }
    }
    return map;
}

function term(benefit: boolean, scale: Scalar, pattern: Float64Array): Term {
    let patternTotal = 0;
    for (const value of pattern) {
        patternTotal += value;
    }
    return { benefit, scale, pattern, patternTotal };
}

function toFloats(values: readonly Decimal[]): Float64Array {
    return Float64Array.from(values, v => v.toNumber());
}
