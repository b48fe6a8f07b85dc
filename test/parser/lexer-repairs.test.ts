import { describe, expect, it } from 'vitest';
import { checkText } from '../helpers/workspace.js';

/**
 * The lexer's repairs (titles without a closing quote, ideographic spaces,
 * units with `/`) stay linear on hostile input: each of these took minutes
 * (or forever) before, and now must finish within the test's time limit.
 */
describe('lexer repairs on large inputs', () => {
    it('a quote followed by a long run of spaces (a regular expression once backtracked on it for ever)', async () => {
        const diagnostics = await checkText('"' + ' '.repeat(50_000) + 'x\n');
        expect(diagnostics.length).toBeGreaterThan(0);
    }, 20_000);

    it('thousands of titles without a closing quote, ideographic spaces and units with /', async () => {
        const lines = Array.from({ length: 5000 }, (_, i) => `    baseline ${i} a/b\n    target "t${i}\n    tracks\u3000B`);
        const diagnostics = await checkText(`kpi K {\n${lines.join('\n')}\n}\n`);
        expect(diagnostics.length).toBeGreaterThan(5000);
    }, 20_000);
});
