/**
 * What start-up shortcuts must not change: the identifier start hint the
 * token builder computes per 256-code bucket equals the one from a test of
 * every code point, and the grammar still passes Chevrotain's own checks,
 * which the generated `production` mode skips at start-up.
 */
import { EmptyFileSystem, inject } from 'langium';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { CrmPlanModule, CrmPlanSharedModule } from '../../language-server/crmplan-module.js';
import { CrmPlanGeneratedModule, CrmPlanGeneratedSharedModule, CrmPlanLanguageMetaData } from '../../language-server/generated/module.js';
import { identifierStartHint } from '../../language-server/parser/token-builder.js';

/** The hint by brute force: every code point tested. */
function referenceHint(): number[] {
    const idStart = /[\p{ID_Start}_]/u;
    const hint: number[] = [];
    let lastBucket = -1;
    for (let code = 0; code <= 0xffff; code++) {
        const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
        if (!isHighSurrogate && !idStart.test(String.fromCharCode(code))) {
            continue;
        }
        if (code < 256) {
            hint.push(code);
        } else if (code >> 8 !== lastBucket) {
            lastBucket = code >> 8;
            hint.push(code);
        }
    }
    return hint;
}

describe('start-up shortcuts', () => {

    it('computes the identifier start hint of a test of every code point', () => {
        expect(identifierStartHint()).toEqual(referenceHint());
    });

    it('builds a lexer and parser that pass Chevrotain\'s checks when they are not skipped', () => {
        const shared = inject(createDefaultSharedModule(EmptyFileSystem), CrmPlanGeneratedSharedModule, CrmPlanSharedModule);
        const services = inject(createDefaultModule({ shared }), CrmPlanGeneratedModule, CrmPlanModule, {
            LanguageMetaData: () => ({ ...CrmPlanLanguageMetaData, mode: 'development' as const })
        });
        // Chevrotain throws on definition errors while the lexer and parser are built with their checks on.
        const parser = services.parser.LangiumParser;
        expect(parser.definitionErrors).toEqual([]);
        const result = parser.parse('goal Revenue weight 100%');
        expect(result.parserErrors).toEqual([]);
        expect(result.lexerErrors).toEqual([]);
    });
});
