/**
 * What start-up shortcuts must not change: the identifier start hint the
 * token builder computes per 256-code bucket equals the one from a test of
 * every code point, and the grammar still passes Chevrotain's own checks,
 * which the generated `production` mode skips at start-up.
 */
import type { TokenType } from 'chevrotain';
import { AstUtils, DefaultTokenBuilder, EmptyFileSystem, GrammarAST, inject, type Grammar } from 'langium';
import { createDefaultCoreModule, createDefaultSharedCoreModule } from 'langium';
import { describe, expect, it } from 'vitest';
import { CrmPlanCoreModule, CrmPlanSharedCoreModule } from '../../language-server/crmplan-core-module.js';
import { CrmPlanGeneratedModule, CrmPlanGeneratedSharedModule, CrmPlanLanguageMetaData } from '../../language-server/generated/module.js';
import { CrmPlanGrammar } from '../../language-server/generated/grammar.js';
import { CrmPlanTokenBuilder, identifierStartHint } from '../../language-server/parser/token-builder.js';

describe('start-up shortcuts', () => {

    it('hints every character an identifier may start with, and below U+0100 nothing else', () => {
        const hint = new Set(identifierStartHint());
        const buckets = new Set([...hint].filter(h => h >= 256).map(h => h >> 8));
        const idStart = /[\p{ID_Start}_]/u;
        for (let code = 0; code <= 0xffff; code++) {
            const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
            const starts = isHighSurrogate || idStart.test(String.fromCharCode(code));
            if (code < 256) {
                // Chevrotain looks Latin-1 characters up one by one.
                expect(hint.has(code), `U+${code.toString(16)}`).toBe(starts);
            } else if (starts) {
                // Above, it looks up the 256-code bucket: some code of the bucket must be hinted.
                expect(buckets.has(code >> 8), `U+${code.toString(16)}`).toBe(true);
            }
        }
        // Astral identifiers (surrogate pairs) start with a high surrogate.
        expect(/[\p{ID_Start}]/u.test('\u{10000}')).toBe(true);
        expect(buckets.has(0xd8)).toBe(true);
    });

    it('finds the same longer alternatives of keywords as Langium, with each partial expression built once', () => {
        const grammar: Grammar = CrmPlanGrammar();
        const builder = new CrmPlanTokenBuilder();
        type FindLongerAlt = (keyword: GrammarAST.Keyword, terminals: TokenType[]) => TokenType[];
        const terminals = (builder.buildTokens(grammar) as TokenType[]).filter(token => token.PATTERN instanceof RegExp || typeof token.PATTERN === 'function');
        const keywords = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).toArray();
        expect(keywords.length).toBeGreaterThan(50);
        const ours = (builder as unknown as { findLongerAlt: FindLongerAlt }).findLongerAlt.bind(builder);
        const langiums = (DefaultTokenBuilder.prototype as unknown as { findLongerAlt: FindLongerAlt }).findLongerAlt.bind(builder);
        for (const keyword of keywords) {
            expect(ours(keyword, terminals).map(t => t.name), keyword.value).toEqual(langiums(keyword, terminals).map(t => t.name));
        }
    });

    it('builds a lexer and parser that pass Chevrotain\'s checks when they are not skipped', () => {
        const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), CrmPlanGeneratedSharedModule, CrmPlanSharedCoreModule);
        const services = inject(createDefaultCoreModule({ shared }), CrmPlanGeneratedModule, CrmPlanCoreModule, {
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
