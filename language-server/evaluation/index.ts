/**
 * The evaluation: a pure function from a `Plan` to every figure the views
 * show. No Langium, LSP or Node import may appear in this folder.
 */
export { evaluate } from './evaluate.js';
export type * from './evaluation-types.js';
export { EvaluationError, type EvaluationErrorCode } from './evaluation-error.js';
export { CurrencyConverter } from './currency.js';
export { compoundRate, irr, irrRoots, mirr, npv, paybackMonths, presentValueMonthly } from './finance.js';
export { computeMetrics, internalRateOfReturn } from './metrics.js';
export { prioritise, requirementValue, type Priorities } from './priorities.js';
export { coverageScore, scoreMatrix, tcoScore, type MatrixOption, type MatrixResult } from './matrix.js';
export { expandLicence, expandLine, spreadEvenly, usersOf, type BenefitTiming, type ScheduleContext } from './schedule.js';
export { requirementGoLive, scheduleBenefits, schedulePhases, type RequirementLive } from './timeline.js';
export { Dec, moneyString, roundMoney } from './decimal.js';
export { guardrailJson, toEvaluationJson, EVALUATION_SCHEMA_VERSION, type EvaluationJson, type GuardrailJson } from './json-document.js';
export { applyScenario, evaluateScenarios } from './scenarios.js';
export {
    analyseUncertainty, DEFAULT_SEED, DEFAULT_TRIALS, FastModel, hasRanges, MAX_TRIALS, uncertainInputs, withInputValues,
    type UncertainInput, type UncertaintyOptions
} from './uncertainty/index.js';
