/**
 * Uncertainty: Monte Carlo simulation of a plan's ranged values, one-at-a-time
 * sensitivity with break-even values, and the fast float model both run on.
 * Pure: no Langium, LSP or Node import.
 */
export { analyseUncertainty, DEFAULT_TRIALS, MAX_TRIALS, type UncertaintyOptions } from './analyse.js';
export { FastModel, FastOption, type FastMetrics } from './fast-model.js';
export { hasRanges, uncertainInputs, withInputValues, type InputKind, type UncertainInput } from './inputs.js';
export { PERT_LAMBDA, pertParameters, samplePert, type PertParameters } from './pert.js';
export { beta, DEFAULT_SEED, gamma, normal, Xoshiro128, type RandomSource } from './random.js';
export { breakEven, sensitivity } from './sensitivity.js';
export { distribution, mean, quantile } from './statistics.js';
