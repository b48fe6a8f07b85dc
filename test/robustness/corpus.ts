/**
 * Seed texts the fuzzer mutates: every example and fixture plan, plus the
 * catalogue files the multi-file examples import (the harness writes those
 * beside the fuzzed plan so that `import "catalog/vendors.crmplan"` resolves).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function read(path: string): string {
    return readFileSync(ROOT + path, 'utf8');
}

/** Plan files to mutate, by a short name. */
export const SEEDS: ReadonlyArray<{ readonly name: string; readonly text: string }> = [
    { name: 'acme', text: read('test/fixtures/acme-sales-automation.crmplan') },
    { name: 'manufacturer', text: read('examples/manufacturer-sales-automation.crmplan') },
    { name: 'retail', text: read('examples/retail-customer-management/plan.crmplan') },
    { name: 'multi-file-plan', text: read('examples/multi-file/plan.crmplan') },
    { name: 'multi-file-pilot', text: read('examples/multi-file/pilot.crmplan') },
    { name: 'needs-catalogue', text: read('examples/multi-file/catalog/needs.crmplan') },
    { name: 'vendors-catalogue', text: read('examples/multi-file/catalog/vendors.crmplan') }
];

/** Files written next to the fuzzed `plan.crmplan`, relative to its folder. */
export const SIDE_FILES: Readonly<Record<string, string>> = {
    'catalog/needs.crmplan': read('examples/multi-file/catalog/needs.crmplan'),
    'catalog/vendors.crmplan': read('examples/multi-file/catalog/vendors.crmplan')
};

/** The acme fixture: a known-good plan. */
export const ACME = SEEDS[0].text;

/** Every keyword of the grammar, read from the grammar file itself. */
export const KEYWORDS: readonly string[] = [...new Set(
    [...read('language-server/grammar/crmplan.langium').matchAll(/'([^'\s]+)'/g)].map(m => m[1])
)].sort();
