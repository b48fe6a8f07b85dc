/**
 * Seeded generators for the benchmark: plans of a given size (one file, or a
 * catalogue chain of files that import each other) and, for the comparison
 * with hledger, a journal of a given number of lines. The same seed gives the
 * same text byte for byte, so every run measures the same inputs.
 */

import { random } from '../test/helpers/random.js';

export interface PlanSize {
    /** Requirements. */
    readonly requirements: number;
    /** Vendors (each with two editions). Default: 3, plus one per 2,000 requirements. */
    readonly vendors?: number;
    /** Phases, costs and benefits (each). Default: one per 100 requirements, at least 3. */
    readonly items?: number;
}

/** One generated file: a path relative to the plan folder, and its text. */
export interface GeneratedFile {
    readonly path: string;
    readonly text: string;
}

const GOALS = [['Revenue', 40], ['Efficiency', 35], ['Retention', 25]] as const;
const DEPARTMENTS = [['Sales', 40], ['Service', 15], ['Marketing', 8], ['Finance', 4]] as const;
const EVIDENCE = ['interview', 'feedback', 'research', 'survey', 'data'];
const CLASSES = ['must', 'should', 'could', 'wont'] as const;
const RANK: Record<string, number> = { must: 3, should: 2, could: 1, wont: 0 };
const TOPICS = ['lead scoring', 'quote approval', 'account plans', 'renewal alerts', 'mobile visits', 'forecast roll-up',
    'case routing', 'territory rules', 'contract reminders', 'price books', 'campaign tracking', 'service levels'];

interface Model {
    readonly header: string;
    readonly shared: string;
    readonly requirements: string[];
    readonly vendors: string[];
    readonly items: string[];
    readonly tail: string;
}

/** Builds the declarations of a plan of `size` (seeded), as blocks of text. */
function model(size: PlanSize, seed: number): Model {
    const rnd = random(seed);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(rnd() * values.length)];
    const int = (low: number, high: number) => low + Math.floor(rnd() * (high - low + 1));
    const n = size.requirements;
    const vendorCount = size.vendors ?? 3 + Math.floor(n / 2000);
    const itemCount = size.items ?? Math.max(3, Math.round(n / 100));
    const capacity = n * 10;

    const header = [
        `plan "Generated plan, ${n} requirements" {`,
        '    currency CNY',
        '    start 2027-01',
        '    horizon 60 months',
        '    discount 8% per year',
        `    capacity ${capacity} person-weeks`,
        '    internal rate 5000 per person-week',
        '    choose V0.Professional',
        '}',
        '',
        'rate USD 7.10 CNY',
        ''
    ].join('\n');

    const shared = [
        ...GOALS.map(([name, weight]) => `goal ${name} "${name}" weight ${weight}%`),
        '',
        ...DEPARTMENTS.map(([name, users]) => `department ${name} "${name} team" { users ${users} }`),
        '',
        'criterion Fit "Covers our requirements" weight 50% measured by coverage',
        'criterion Cost "Cost over the horizon" weight 30% measured by tco',
        'criterion Usability "Easy to use" weight 20%',
        ''
    ].join('\n');

    const classes: string[] = [];
    const requirements: string[] = [];
    for (let i = 0; i < n; i++) {
        const moscow = i < 5 ? 'must' : CLASSES[Math.min(3, Math.floor(rnd() * rnd() * 4.5))];
        classes.push(moscow);
        const lines = [`requirement R${i} "Requirement ${i}: ${pick(TOPICS)}" {`];
        const asked = rnd() < 0.3 ? `${DEPARTMENTS[0][0]}, ${pick(DEPARTMENTS.slice(1))[0]}` : pick(DEPARTMENTS)[0];
        lines.push(`    asked by ${asked}`);
        lines.push(`    evidence ${pick(EVIDENCE)}${rnd() < 0.4 ? ', ' + pick(EVIDENCE) : ''}`);
        lines.push(`    impact Revenue ${int(0, 10)}, Efficiency ${int(0, 10)}, Retention ${int(0, 10)}`);
        lines.push(`    effort ${int(1, 8)}${rnd() < 0.2 ? '.5' : ''} person-weeks`);
        lines.push(`    ${moscow}`);
        if (i > 10 && rnd() < 0.35) {
            // Needs an earlier requirement of the same class or a higher one (no CRM105 warning).
            for (let attempt = 0; attempt < 6; attempt++) {
                const j = Math.max(0, i - int(1, 400));
                if (RANK[classes[j]] >= RANK[moscow]) {
                    lines.push(`    needs R${j}`);
                    break;
                }
            }
        }
        lines.push('}', '');
        requirements.push(lines.join('\n'));
    }

    const vendors: string[] = [];
    for (let v = 0; v < vendorCount; v++) {
        const usd = v % 3 === 2;
        const lines = [`vendor V${v} "Vendor ${v}" {`];
        lines.push('    edition Professional {');
        lines.push(`        licence ${int(60, 200)} ${usd ? 'USD' : 'CNY'} per user per month billed yearly`);
        lines.push('    }');
        lines.push('    edition Enterprise {');
        lines.push(`        licence ${int(200, 400)} ${usd ? 'USD' : 'CNY'} per user per month billed monthly increase 3% per year minimum 20 users`);
        lines.push('    }');
        // Vendor 0 covers every requirement (so no must goes uncovered); the others about 70%.
        let line: string[] = [];
        for (let i = 0; i < n; i++) {
            if (v === 0 || rnd() < 0.7) {
                line.push(`R${i} ${int(5, 20) * 5}%`);
            }
            if (line.length === 20) {
                lines.push(`    covers ${line.join(', ')}`);
                line = [];
            }
        }
        if (line.length > 0) {
            lines.push(`    covers ${line.join(', ')}`);
        }
        lines.push(`    score Usability ${int(3, 9)}`);
        lines.push(`    cost V${v}Setup "Vendor ${v} onboarding" {`);
        lines.push('        direct');
        lines.push(`        ${int(10, 90) * 1000} once`);
        lines.push('    }');
        lines.push('}', '');
        vendors.push(lines.join('\n'));
    }

    // Phases deliver every requirement, in order; costs and benefits come alongside.
    const items: string[] = [];
    const perPhase = Math.ceil(n / itemCount);
    for (let k = 0; k < itemCount; k++) {
        const phase = [`phase P${k} "Phase ${k}" {`, `    owner "Owner ${k % 7}"`];
        phase.push(k < 4 ? `    start 2027-0${k + 1}` : `    after P${k - 4}`);
        const months = int(1, 2);
        phase.push(`    duration ${months} month${months === 1 ? '' : 's'}`);
        const delivered: string[] = [];
        for (let i = k * perPhase; i < Math.min(n, (k + 1) * perPhase); i++) {
            delivered.push(`R${i}`);
        }
        for (let start = 0; start < delivered.length; start += 20) {
            phase.push(`    delivers ${delivered.slice(start, start + 20).join(', ')}`);
        }
        phase.push('}', '');
        items.push(phase.join('\n'));

        const cost = [`cost C${k} "Cost ${k}" {`, `    ${rnd() < 0.5 ? 'direct' : 'indirect'}`];
        switch (k % 3) {
            case 0: {
                const likely = int(10, 50) * 1000;
                cost.push(`    ${likely} (${likely - int(1, 9) * 1000} to ${likely + int(1, 40) * 1000}) once in 2027-${String(int(1, 12)).padStart(2, '0')}`);
                break;
            }
            case 1: cost.push(`    ${int(5, 40) * 100} per month from 2027-${String(int(1, 12)).padStart(2, '0')}`); break;
            default: cost.push(`    ${int(2, 8)} hours per user of Sales at ${int(80, 160)} per hour once in 2027-${String(int(2, 12)).padStart(2, '0')}`);
        }
        cost.push('}', '');
        items.push(cost.join('\n'));

        const from = Math.min(n - 1, k * perPhase + int(0, Math.max(0, perPhase - 1)));
        // Drawn in the order they always were, so a seed gives the same plans as before.
        const kind = pick(['revenue', 'savings', 'efficiency']);
        const second = rnd() < 0.5 ? Math.min(n - 1, k * perPhase) : from;
        // A requirement named twice in `from` is an error (CRM033): the second only when it is another one.
        const benefit = [`benefit B${k} "Benefit ${k}" {`, `    ${kind}`,
            `    from R${from}${second !== from ? `, R${second}` : ''}`,
            `    ${int(5, 60) * 1000} per month`, `    ramp ${int(1, 6)} months`, '}', ''];
        items.push(benefit.join('\n'));
    }

    const tail = [
        'kpi Conversion "Share of quotes that become orders" {',
        '    baseline 21%',
        '    target 26% by 2028-06',
        `    tracks B0, B${itemCount - 1}`,
        '}',
        '',
        'scenario Slow "Benefits come in slower" {',
        '    B0 70%',
        `    B${itemCount - 1} 50%`,
        '    discount 10%',
        '}',
        '',
        'scenario Bigger "More users" {',
        '    users Sales 60',
        '    rate USD 7.40 CNY',
        '}',
        ''
    ].join('\n');

    return { header, shared, requirements, vendors, items, tail };
}

/** A whole plan in one file. */
export function planFile(size: PlanSize, seed = 1): string {
    const m = model(size, seed);
    return [m.header, m.shared, ...m.requirements, ...m.vendors, ...m.items, m.tail].join('\n');
}

/**
 * The same plan split across `files` files: a chain of catalogues (each
 * imports the one before it and adds a slice of the requirements), a vendor
 * catalogue that imports the last of them, and `plan.crmplan` (the header,
 * phases, costs, benefits) that imports the vendors. The entry is the last
 * file returned.
 */
export function planFiles(size: PlanSize, files = 100, seed = 1): GeneratedFile[] {
    const m = model(size, seed);
    const parts = Math.max(1, files - 2);
    const result: GeneratedFile[] = [];
    const per = Math.ceil(m.requirements.length / parts);
    for (let p = 0; p < parts; p++) {
        const name = `catalog/needs-${String(p).padStart(3, '0')}.crmplan`;
        const head = p === 0 ? m.shared : `import "needs-${String(p - 1).padStart(3, '0')}.crmplan"\n\n`;
        result.push({ path: name, text: head + m.requirements.slice(p * per, (p + 1) * per).join('\n') });
    }
    result.push({
        path: 'catalog/vendors.crmplan',
        text: `import "needs-${String(parts - 1).padStart(3, '0')}.crmplan"\n\n` + m.vendors.join('\n')
    });
    result.push({
        path: 'plan.crmplan',
        text: ['import "catalog/vendors.crmplan"', '', m.header, ...m.items, m.tail].join('\n')
    });
    return result;
}

/** The number of requirements whose single-file plan has about `lines` lines. */
export function requirementsForLines(lines: number, seed = 1): number {
    // Lines grow linearly with the number of requirements; two samples fix the line.
    const count = (n: number) => lineCount(planFile({ requirements: n }, seed));
    const a = 1000;
    const b = 4000;
    const la = count(a);
    const lb = count(b);
    let n = Math.round(a + (lines - la) * (b - a) / (lb - la));
    // Refine: the vendor count steps with n, so correct once more.
    n = Math.round(n + (lines - count(n)) * (b - a) / (lb - la));
    return n;
}

export function lineCount(text: string): number {
    let lines = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
        lines++;
    }
    return text.endsWith('\n') ? lines : lines + 1;
}

const ACCOUNTS = ['assets:bank:checking', 'assets:cash', 'expenses:food', 'expenses:rent', 'expenses:travel',
    'expenses:utilities', 'expenses:software', 'income:salary', 'income:consulting', 'liabilities:card'];

/**
 * An hledger journal of about `lines` lines: transactions of two postings
 * (one with an explicit amount, one balancing), with a few commodities and
 * comments, dated in order.
 */
export function journal(lines: number, seed = 1): string {
    const rnd = random(seed);
    const out: string[] = ['; generated journal for the crmplan benchmark', 'commodity 1,000.00 CNY', 'commodity 1,000.00 USD', ''];
    let day = 0;
    while (out.length < lines) {
        const date = new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        const a = ACCOUNTS[Math.floor(rnd() * ACCOUNTS.length)];
        let b = ACCOUNTS[Math.floor(rnd() * ACCOUNTS.length)];
        if (b === a) {
            b = ACCOUNTS[(ACCOUNTS.indexOf(a) + 1) % ACCOUNTS.length];
        }
        const amount = (Math.floor(rnd() * 10_000_000) / 100).toFixed(2);
        const commodity = rnd() < 0.1 ? 'USD' : 'CNY';
        out.push(`${date} * Payee ${Math.floor(rnd() * 500)} | invoice ${day}`);
        out.push(`    ${a}    ${amount} ${commodity}  ; ref:${day}`);
        out.push(`    ${b}`);
        out.push('');
        if (rnd() < 0.25) {
            day++;
        }
    }
    return out.slice(0, lines).join('\n') + '\n';
}
