import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Diagnostics, diagnosticMessage } from '../../language-server/validation/diagnostic-codes.js';

const documentation = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');

/** Rows of the documentation's tables: `| CRM004 | error | meaning | example | fix |`. */
function documentedRows(): { code: string; severity: string; cells: string[] }[] {
    return documentation.split('\n')
        .filter(line => /^\|\s*CRM\d{3}\s*\|/.test(line))
        .map(line => {
            const cells = line.split(/(?<!\\)\|/).slice(1, -1).map(cell => cell.trim());
            return { code: cells[0], severity: cells[1], cells };
        });
}

describe('docs/diagnostics.md', () => {
    const kinds = Object.values(Diagnostics);

    it('lists exactly the codes of diagnostic-codes.ts, each once', () => {
        const documented = documentedRows().map(row => row.code);
        expect([...documented].sort()).toEqual(kinds.map(kind => kind.code).sort());
        expect(new Set(documented).size).toBe(documented.length);
    });

    it('gives each code its severity, a meaning, an example and a fix', () => {
        const severities = new Map(kinds.map(kind => [kind.code, kind.severity]));
        for (const row of documentedRows()) {
            expect(row.severity, row.code).toBe(severities.get(row.code));
            expect(row.cells, row.code).toHaveLength(5);
            expect(row.cells.every(cell => cell.length > 0), row.code).toBe(true);
        }
    });
});

describe('diagnostic-codes.ts', () => {
    const kinds = Object.values(Diagnostics);

    it('never gives two kinds the same code', () => {
        expect(new Set(kinds.map(kind => kind.code)).size).toBe(kinds.length);
    });

    it('numbers errors below 100 and warnings and notes from 101', () => {
        for (const kind of kinds) {
            const number = Number(kind.code.slice(3));
            expect(kind.severity === 'error' ? number < 100 : number > 100, kind.code).toBe(true);
        }
    });

    it('has an English and a Chinese message for every kind', () => {
        const args = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? `<${key}>` : undefined) }) as Record<string, string>;
        for (const kind of kinds) {
            const en = diagnosticMessage(kind, 'en', args);
            const zh = diagnosticMessage(kind, 'zh-CN', args);
            expect(en.length, kind.code).toBeGreaterThan(0);
            expect(zh, kind.code).not.toBe(en);
            expect(`${en} ${zh}`, kind.code).not.toMatch(/\$\{|\[object/);
        }
    });
});
