import { describe, expect, it } from 'vitest';
import type { Markdown } from '../../language-server/report/markdown.js';
import { EN, ZH_CN, type ReportStrings } from '../../language-server/report/strings.js';

/** Every string of a table, functions called with a placeholder in each parameter. */
function flatten(value: unknown, path: string, out: Map<string, string>): void {
    if (typeof value === 'string') {
        out.set(path, value);
    } else if (typeof value === 'function') {
        const args = Array.from({ length: Math.max(value.length, 5) }, (_, i) => (i === 1 ? 2 : '〇') as unknown as Markdown);
        out.set(path, String((value as (...a: unknown[]) => unknown)(...args)));
        // Also the other branch of functions that take flags (optionHeader, licence names).
        const flags = Array.from({ length: Math.max(value.length, 5) }, (_, i) => (i === 0 ? '〇' : 1));
        out.set(`${path}#b`, String((value as (...a: unknown[]) => unknown)(...flags)));
    } else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
            flatten(child, `${path}.${key}`, out);
        }
    }
}

function strings(table: ReportStrings): Map<string, string> {
    const out = new Map<string, string>();
    flatten(table, 's', out);
    return out;
}

/** Latin words a Chinese report may use: abbreviations and names readers know in this form. */
const LATIN_IN_CHINESE = new Set(['crmplan', 'evaluate', 'TCO', 'ROI', 'NPV', 'IRR', 'PV', 'MoSCoW', 'kpi', 'Beta', 'PERT', 'P']);

describe('report strings', () => {
    it('have the same keys in every language', () => {
        expect([...strings(ZH_CN).keys()].sort()).toEqual([...strings(EN).keys()].sort());
    });

    it('Chinese strings use no English words beyond known abbreviations', () => {
        const offenders = [...strings(ZH_CN)].flatMap(([path, value]) =>
            (value.match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter(word => !word.split('-').every(part => LATIN_IN_CHINESE.has(part))).map(word => `${path}: ${word}`));
        expect(offenders).toEqual([]);
    });

    it('English strings use no Chinese', () => {
        const offenders = [...strings(EN)].filter(([, value]) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(value.replace(/〇/g, '')));
        expect(offenders).toEqual([]);
    });

    it('the checks above can fail', () => {
        const mixed = { ...ZH_CN, provenance: 'Every figure 来自 crmplan' };
        expect([...strings(mixed)].some(([, v]) => /Every/.test(v))).toBe(true);
    });
});
