/**
 * Guardrails: `require` and `expect` rules applied to the figures of the
 * option a plan reports on. Pure, like the rest of the evaluation.
 */
export { compare } from './compare.js';
export { evaluateGuardrails } from './evaluate-guardrails.js';
export { figureSources, percentileFigures, planFigures, type FigureSource, type FigureSources } from './figure-sources.js';
export type { Figure, FigureOrigin, GuardrailResult, MissingFigure } from './guardrail-result.js';
