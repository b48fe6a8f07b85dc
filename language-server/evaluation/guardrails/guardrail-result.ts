import type { Decimal } from 'decimal.js';
import type { Guardrail } from '../../model/plan.js';

/**
 * Why a guardrail's figure does not exist (the rule is then broken):
 * - `no-option`: the plan has no option to report on;
 * - `no-costs`: ROI or PV-ROI of an option without costs;
 * - `no-npv`: NPV (or PV-ROI) with a discount rate at or below −100%;
 * - `never-paid-back`: the cumulative net flow is still negative at the horizon;
 * - `no-irr` / `several-irr`: no rate, or more than one, makes the NPV zero;
 * - `no-simulation`: a percentile, in a plan without ranges;
 * - `not-simulated`: a percentile of a figure the simulation does not give;
 * - `no-basis`: a basis the metric does not take (the matrix score).
 */
export type MissingFigure =
    | 'no-option' | 'no-costs' | 'no-npv' | 'never-paid-back' | 'no-irr' | 'several-irr'
    | 'no-simulation' | 'not-simulated' | 'no-basis';

/** Where a figure comes from, for the views that explain it. */
export type FigureOrigin = 'plan' | 'simulation' | 'forecast' | 'trend';

/** A figure, or why there is none. */
export type Figure =
    | { readonly value: Decimal }
    | { readonly missing: MissingFigure; /** `several-irr`: the annual rates (percent) that make the NPV zero. */ readonly roots?: readonly number[] };

/** One guardrail applied to the option the plan reports on. */
export interface GuardrailResult {
    readonly rule: Guardrail;
    /** The option the rule was applied to: the chosen one, else the recommended one. */
    readonly optionId?: string;
    readonly origin: FigureOrigin;
    /** In the metric's unit: percent, plan currency, months or score. */
    readonly figure: Figure;
    /** The limit in the metric's unit, money converted into the plan currency. */
    readonly limit: Decimal;
    readonly holds: boolean;
}
