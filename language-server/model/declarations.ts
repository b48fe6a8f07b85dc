import type { AstNode } from 'langium';
import type { Document } from '../generated/ast.js';

/**
 * The lists of declarations a plan file holds: every list of `Document` but
 * its imports and its actuals (records of what happened, which belong to the
 * plan's own file and are never imported).
 */
export type DeclarationList = Exclude<keyof Omit<Document, keyof AstNode>, 'imports' | 'actuals'>;

/**
 * The kinds of declaration, one per list of a plan file, with their AST type:
 * the one place that lists them. The order is the order in which checks and
 * views go through them.
 */
const DECLARATION_KINDS = {
    plans: 'Plan',
    rates: 'Rate',
    goals: 'Goal',
    departments: 'Department',
    requirements: 'Requirement',
    criteria: 'Criterion',
    vendors: 'Vendor',
    costs: 'Cost',
    benefits: 'Benefit',
    phases: 'Phase',
    kpis: 'Kpi',
    scenarios: 'Scenario',
    guardrails: 'Guardrail'
} as const satisfies { readonly [K in DeclarationList]: Document[K][number]['$type'] };

export const DECLARATION_LISTS = Object.keys(DECLARATION_KINDS) as readonly DeclarationList[];

/** The AST type of each kind of declaration: `Goal`, `Requirement`, ... */
export type DeclarationType = (typeof DECLARATION_KINDS)[DeclarationList];

/**
 * A kind of declaration as plain data (diffs, JSON) names it: `goal`,
 * `requirement`, ...; the plan header is not one, and neither are guardrails
 * (unnamed rules, which a diff shows in a table of their own).
 */
export type DeclarationKind = Lowercase<Exclude<DeclarationType, 'Plan' | 'Guardrail'>>;

/** Every declaration a file sees: its own, then those of its imports, transitively. */
export type Declarations = { readonly [K in DeclarationList]: readonly Document[K][number][] };

/** The declarations of `roots`, list by list, each in the order of `roots`. */
export function collectDeclarations(roots: readonly Document[]): Declarations {
    const declarations = {} as { -readonly [K in DeclarationList]: Declarations[K] };
    const fill = <K extends DeclarationList>(list: K) => {
        const items: Document[K][number][] = [];
        for (const root of roots) {
            items.push(...(root[list] ?? []));
        }
        // `Document[K][number]` is the element type of `Declarations[K]`; TypeScript cannot see it for a generic K.
        declarations[list] = items as unknown as Declarations[K];
    };
    DECLARATION_LISTS.forEach(fill);
    return declarations;
}

/** The lists whose declarations have a name, unique per kind within a plan and its imports (plan headers, rates and guardrails have none). */
export const NAMED_LISTS = DECLARATION_LISTS.filter(list => list !== 'plans' && list !== 'rates' && list !== 'guardrails');
