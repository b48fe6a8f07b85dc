/**
 * The Langium parser patch (patches/langium+4.4.0.patch, docs/performance.md):
 * the parser builds its Chevrotain alternatives and options once instead of
 * on every call, shares the arguments of rules called without any, and skips
 * the hidden-token bookkeeping for tokens with no comment before them.
 *
 * The first tests fail without the patch (they check that nothing is
 * allocated per call); the others guard what the patch must not change:
 * rule parameters through recursion, and where comments land.
 */
import { EmptyFileSystem, type AstNode, type Grammar } from 'langium';
import { CstUtils, URI } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import { describe, expect, it } from 'vitest';
import { createCrmPlanServices } from '../../language-server/crmplan-module.js';
import type { Document } from '../../language-server/generated/ast.js';

const PLAN = `
// The plan.
plan "Patch" {
    currency CNY
    start 2027-01
    horizon 12 months
}
goal Revenue weight 100%
department Sales { users 10 }
${Array.from({ length: 20 }, (_, i) => `
/** Requirement ${i}. */
requirement R${i} "Requirement ${i}" {
    asked by Sales
    impact Revenue ${i % 10}
    effort ${1 + (i % 3)} person-weeks
    ${i % 2 === 0 ? 'must' : 'should'}${i > 0 ? `\n    needs R${i - 1}` : ''}
}`).join('\n')}
`;

/** Chevrotain's DSL methods as the wrapper calls them. */
interface Wrapper {
    or(idx: number, alts: unknown): unknown;
    many(idx: number, options: unknown): unknown;
    option(idx: number, options: unknown): unknown;
    subrule(idx: number, rule: unknown, options: unknown): unknown;
}

/** Parses `text` and records, per DSL method and occurrence index, the distinct argument objects it was called with. */
function recordCalls(text: string): Map<string, Set<unknown>> {
    const services = createCrmPlanServices(EmptyFileSystem).CrmPlan;
    const parser = services.parser.LangiumParser as unknown as { wrapper: Wrapper };
    const wrapper = parser.wrapper;
    const seen = new Map<string, Set<unknown>>();
    const record = (method: keyof Wrapper) => {
        const original = wrapper[method].bind(wrapper) as (...args: unknown[]) => unknown;
        (wrapper as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
            // Occurrence indexes count per rule: the key is the calling rule, the method and the index.
            const key = `${(wrapper as unknown as { currRuleShortName: number }).currRuleShortName}:${method}#${String(args[0])}`;
            const argument = method === 'subrule' ? args[2] : args[1];
            let set = seen.get(key);
            if (!set) {
                set = new Set();
                seen.set(key, set);
            }
            set.add(argument);
            return original(...args);
        };
    };
    (['or', 'many', 'option', 'subrule'] as const).forEach(record);
    const result = services.parser.LangiumParser.parse<Document>(text);
    expect(result.parserErrors).toEqual([]);
    expect(result.value.requirements).toHaveLength(20);
    return seen;
}

describe('Langium parser patch', () => {

    it('passes the same alternatives and options to Chevrotain on every call', () => {
        const seen = recordCalls(PLAN);
        const called = [...seen.entries()];
        // The plan exercises each kind of call many times over.
        for (const method of ['or', 'many', 'option', 'subrule']) {
            expect(called.some(([key]) => key.includes(`:${method}#`)), method).toBe(true);
        }
        for (const [key, objects] of called) {
            // Unpatched, every call allocates its own array or options object.
            expect(objects.size, key).toBe(1);
        }
    });

    it('keeps comments where they were: before the declaration they document', () => {
        const services = createCrmPlanServices(EmptyFileSystem).CrmPlan;
        const result = services.parser.LangiumParser.parse<Document>(PLAN);
        const documentation = services.documentation.DocumentationProvider;
        expect(result.value.requirements.map(r => documentation.getDocumentation(r))).toEqual(
            Array.from({ length: 20 }, (_, i) => `Requirement ${i}.`));
        const comments = CstUtils.streamCst(result.value.$cstNode!).filter(node => node.hidden).map(node => node.text).toArray();
        expect(comments).toEqual(['// The plan.', ...Array.from({ length: 20 }, (_, i) => `/** Requirement ${i}. */`)]);
        // Every comment sits before the node that follows it in the text.
        const offsets = CstUtils.streamCst(result.value.$cstNode!).filter(node => node.hidden).map(node => node.offset).toArray();
        expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    });

    it('keeps rule arguments right through recursion (guarded alternatives, loops and options)', async () => {
        const services = await createServicesForGrammar({
            grammar: `
                grammar Params
                entry Model: (items+=Item<false>)*;
                Item<Inner>: 'item' name=ID ('{' (children+=Item<true>)* '}')? (<Inner> inner?='inner' | <!Inner> outer?='outer')? (<Inner> 'tail' tail=ID)?;
                hidden terminal WS: /\\s+/;
                terminal ID: /[_a-zA-Z][\\w_]*/;
            `
        });
        type Item = AstNode & { name: string; children: Item[]; inner: boolean; outer: boolean; tail?: string };
        const parse = (text: string) => services.parser.LangiumParser.parse<AstNode & { items: Item[] }>(text);

        const ok = parse('item a { item b inner item c { item d inner tail x } inner } outer item e');
        expect(ok.parserErrors).toEqual([]);
        const [a, e] = ok.value.items;
        expect([a.name, a.outer, a.inner]).toEqual(['a', true, false]);
        expect(a.children.map(c => [c.name, c.inner])).toEqual([['b', true], ['c', true]]);
        expect(a.children[1].children.map(c => [c.name, c.inner, c.tail])).toEqual([['d', true, 'x']]);
        expect(e.name).toBe('e');

        // `inner` only inside braces, `outer` only at the top: after a nested item the outer arguments apply again.
        expect(parse('item a inner').parserErrors).not.toEqual([]);
        expect(parse('item a { item b outer }').parserErrors).not.toEqual([]);
        expect(parse('item a { item b } tail x').parserErrors).not.toEqual([]);
    });

    it('parses the same tree as before: a plan round-trips through its CST', () => {
        const services = createCrmPlanServices(EmptyFileSystem).CrmPlan;
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(PLAN, URI.parse('memory:/plan.crmplan'));
        const root = document.parseResult.value;
        expect(root.$cstNode?.text).toBe(PLAN.slice(PLAN.indexOf('plan "'), PLAN.lastIndexOf('}') + 1));
        // Every token, comments included, in text order.
        const leaves = CstUtils.streamCst(root.$cstNode!).filter(node => !('content' in node)).map(node => node.text).toArray();
        expect(leaves.join('').replace(/\s+/g, '')).toBe(PLAN.replace(/\s+/g, ''));
        // Every AST node knows its container and its CST node.
        for (const requirement of root.requirements) {
            expect(requirement.$container).toBe(root);
            expect(requirement.$cstNode?.astNode).toBe(requirement);
            for (const statement of requirement.statements) {
                expect(statement.$container).toBe(requirement);
                expect(statement.$containerProperty).toBe('statements');
            }
        }
        const grammar: Grammar = services.Grammar;
        expect(grammar.name).toBe('CrmPlan');
    });
});
