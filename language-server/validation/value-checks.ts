import type { AstNode, ValidationAcceptor, ValidationChecks, Properties } from 'langium';
import { AstUtils } from 'langium';
import type {
    CapacitySetting, CrmPlanAstType, Criterion, Duration, Goal, HorizonSetting, Impact, Licence, Money, Quantity, Ramp, Score, Share
} from '../generated/ast.js';
import {
    isAmountLine, isCoverage, isDepartmentUsers, isDiscountSetting, isEffort, isInternalRateSetting, isLicence, isRate, isScaleOverride
} from '../generated/ast.js';
import { targetText } from './override-targets.js';
import { decimal, isNegative, isOutside } from './decimals.js';
import { args, capitalised, declaration, isNamed, type Named, nameOf, phrase, type Phrase, refName } from './describe.js';
import { CheckGroup } from './check-group.js';
import { Diagnostics } from './diagnostic-codes.js';
import { report } from './diagnose.js';

/** `node` itself or the nearest declaration around it (cost, benefit, vendor, requirement...). */
function owner(node: AstNode): Named | undefined {
    return AstUtils.getContainerOfType(node, isNamed);
}

/** `The amount of cost 'Training'`, in every language. */
function of(what: Phrase, node: AstNode): Phrase {
    const declared = owner(node);
    if (!declared) {
        return capitalised(what);
    }
    const where = declaration(declared);
    return phrase((w, language) => w.ofDeclaration(what[language], where[language]));
}

/**
 * The longest horizon, phase duration and ramp: 100 years. Every figure is
 * computed month by month, and IRR solves a polynomial of the horizon's
 * degree, so a typo such as `horizon 360000 months` would otherwise stall
 * every keystroke (or exhaust memory) instead of being reported; a phase of
 * 400,000 months would end in a year no calendar label can show.
 */
export const MAX_HORIZON_MONTHS = 1200;

type End = 'value' | 'low' | 'high';

function atEnd(what: Phrase, end: End): Phrase {
    return end === 'value' ? what : phrase((w, language) => what[language] + (end === 'low' ? w.lowEnd : w.highEnd));
}

/**
 * Checks on single values: impacts and scores 0–10, shares and weights
 * 0–100%, nothing negative, ranges around their likely value, whole months,
 * and exchange rates other than zero.
 */
export class ValueChecks extends CheckGroup {

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            Impact: this.checkImpact.bind(this),
            Score: this.checkScore.bind(this),
            Goal: this.checkGoalWeight.bind(this),
            Criterion: this.checkCriterionWeight.bind(this),
            Share: this.checkShare.bind(this),
            Licence: this.checkLicence.bind(this),
            Money: this.checkMoney.bind(this),
            Quantity: this.checkQuantity.bind(this),
            CapacitySetting: this.checkCapacity.bind(this),
            HorizonSetting: this.checkHorizon.bind(this),
            Duration: this.checkDuration.bind(this),
            Ramp: this.checkRamp.bind(this)
        };
    }

    checkImpact(impact: Impact, accept: ValidationAcceptor): void {
        if (isOutside(impact.score, 0, 10)) {
            report(accept, this.locale.current, Diagnostics.impactRange, impact, {
                requirement: nameOf(owner(impact.$container)), goal: refName(impact.goal), value: impact.score
            }, 'score');
        }
    }

    checkScore(score: Score, accept: ValidationAcceptor): void {
        if (isOutside(score.value, 0, 10)) {
            report(accept, this.locale.current, Diagnostics.scoreRange, score, {
                vendor: nameOf(owner(score.$container)), criterion: refName(score.criterion), value: score.value
            }, 'value');
        }
    }

    checkGoalWeight(goal: Goal, accept: ValidationAcceptor): void {
        this.checkPercent(goal, 'weight', of(phrase(w => w.weight), goal), accept);
    }

    checkCriterionWeight(criterion: Criterion, accept: ValidationAcceptor): void {
        this.checkPercent(criterion, 'weight', of(phrase(w => w.weight), criterion), accept);
    }

    /** Covers shares and the discount rate (a share's ends too); KPI percentages are measures, not shares. */
    checkShare(share: Share, accept: ValidationAcceptor): void {
        const container = share.$container;
        let what: Phrase | undefined;
        if (isCoverage(container)) {
            const holder = owner(container.$container);
            // An edition's own covers are named with their vendor: `Zoho.Enterprise`.
            const vendor = holder?.$type === 'Edition' ? `${nameOf(owner(holder.$container!))}.${nameOf(holder)}` : nameOf(holder);
            const requirement = refName(container.requirement);
            what = phrase(w => w.coverageOf(requirement, vendor));
        } else if (isDiscountSetting(container)) {
            what = phrase(w => w.discountRate);
        }
        if (what) {
            for (const end of ['value', 'low', 'high'] as const) {
                this.checkPercent(share, end, atEnd(what, end), accept);
            }
        }
        this.checkRange(share, accept);
    }

    checkLicence(licence: Licence, accept: ValidationAcceptor): void {
        this.checkPercent(licence, 'increase', of(phrase(w => w.yearlyIncrease), licence), accept);
        this.checkNegative(licence, 'minimum', of(phrase(w => w.minimumUsers), licence), accept);
    }

    checkMoney(money: Money, accept: ValidationAcceptor): void {
        const what = this.moneyWhat(money);
        for (const end of ['value', 'low', 'high'] as const) {
            this.checkNegative(money, end, atEnd(what, end), accept);
        }
        this.checkRange(money, accept);
    }

    checkQuantity(quantity: Quantity, accept: ValidationAcceptor): void {
        const container = quantity.$container;
        let what: Phrase | undefined;
        if (isDepartmentUsers(container)) {
            what = of(phrase(w => w.numberOfUsers), container.$container);
        } else if (isEffort(container)) {
            what = of(phrase(w => w.effort), container);
        } else if (isRate(container)) {
            what = phrase(w => w.rateOf(container.from ?? '?', container.to ?? '?'));
            this.checkZeroRate(quantity, accept);
        }
        if (what) {
            for (const end of ['value', 'low', 'high'] as const) {
                this.checkNegative(quantity, end, atEnd(what, end), accept);
            }
        }
        this.checkRange(quantity, accept);
    }

    checkCapacity(capacity: CapacitySetting, accept: ValidationAcceptor): void {
        this.checkNegative(capacity, 'effort', phrase(w => w.capacity), accept);
    }

    checkHorizon(horizon: HorizonSetting, accept: ValidationAcceptor): void {
        this.checkWholeMonths(horizon, phrase(w => w.horizon), accept, MAX_HORIZON_MONTHS);
    }

    checkDuration(duration: Duration, accept: ValidationAcceptor): void {
        this.checkWholeMonths(duration, of(phrase(w => w.duration), duration), accept, MAX_HORIZON_MONTHS);
    }

    checkRamp(ramp: Ramp, accept: ValidationAcceptor): void {
        this.checkWholeMonths(ramp, of(phrase(w => w.ramp), ramp), accept, MAX_HORIZON_MONTHS);
    }

    protected moneyWhat(money: Money): Phrase {
        const container = money.$container;
        if (isAmountLine(container)) {
            if (money.$containerProperty === 'hourlyRate') {
                return of(phrase(w => w.hourlyRate), container);
            }
            return container.hours ? of(phrase(w => w.hours), container) : of(phrase(w => w.amount), container);
        }
        if (isLicence(container)) {
            return of(phrase(w => w.licencePrice), container);
        }
        if (isInternalRateSetting(container)) {
            return phrase(w => w.internalRate);
        }
        if (isScaleOverride(container)) {
            // A scenario's new licence price: `Zoho.Professional.licence 25 USD`.
            const target = targetText(container);
            const scenario = nameOf(container.$container);
            return phrase(w => w.scenarioLicencePrice(target, scenario));
        }
        return phrase(w => w.anAmount);
    }

    /** A percentage (a bare decimal followed by `%`) outside 0–100. */
    protected checkPercent<N extends AstNode>(node: N, property: Properties<N> & keyof N, what: Phrase, accept: ValidationAcceptor): void {
        const value = node[property] as unknown as string | undefined;
        if (isOutside(value, 0, 100)) {
            report(accept, this.locale.current, Diagnostics.shareRange, node, { ...args(what), value: value! }, property);
        }
    }

    protected checkNegative<N extends AstNode>(node: N, property: Properties<N> & keyof N, what: Phrase, accept: ValidationAcceptor): void {
        const value = node[property] as unknown as string | undefined;
        if (isNegative(value)) {
            report(accept, this.locale.current, Diagnostics.negativeAmount, node, { ...args(what), value: value! }, property);
        }
    }

    /** low ≤ likely ≤ high; reported on the end the likely value falls beyond. */
    protected checkRange(node: Share | Quantity | Money, accept: ValidationAcceptor): void {
        const likely = decimal(node.value);
        const low = decimal(node.low);
        const high = decimal(node.high);
        if (!likely || !low || !high) {
            return;
        }
        const property = likely.lessThan(low) ? 'low' : likely.greaterThan(high) ? 'high' : undefined;
        if (property) {
            const percent = node.$type === 'Share' ? '%' : '';
            report(accept, this.locale.current, Diagnostics.rangeOrder, node, {
                likely: node.value + percent, low: node.low + percent, high: node.high + percent
            }, property);
        }
    }

    protected checkZeroRate(quantity: Quantity, accept: ValidationAcceptor): void {
        const rate = quantity.$container;
        if (!isRate(rate)) {
            return;
        }
        for (const end of ['value', 'low', 'high'] as const) {
            const value = decimal(quantity[end]);
            if (value?.isZero()) {
                report(accept, this.locale.current, Diagnostics.zeroRate, quantity, {
                    from: rate.from ?? '?', to: rate.to ?? '?', value: quantity[end]!
                }, end);
            }
        }
    }

    protected checkWholeMonths(node: HorizonSetting | Duration | Ramp, what: Phrase, accept: ValidationAcceptor, max?: number): void {
        const value = decimal(node.months);
        const tooLong = max !== undefined && value !== undefined && value.greaterThan(max);
        if (value && (!value.isInteger() || value.lessThan(1) || tooLong)) {
            // The upper bound is named only to a value past it: a short one is told "at least 1".
            report(accept, this.locale.current, Diagnostics.wholeMonths, node, {
                ...args(what), value: node.months, min: 1, ...(tooLong ? { max: max! } : {})
            }, 'months');
        }
    }
}
