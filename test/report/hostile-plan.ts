/**
 * A valid plan whose every title is hostile: HTML, pipes, backticks,
 * emphasis, links, line breaks, Mermaid syntax. Shared by the report tests
 * and the CLI's process tests.
 */
import { HOSTILE } from './hostile-titles.js';

/** A plan string literal: `"` and `\` escaped, line breaks as `\n`. */
export function planString(title: string): string {
    return `"${title.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
}

export const HOSTILE_PLAN = `plan ${planString('<script>alert(1)</script> | **Plan** [x](javascript:y)\nsecond line')} {
    currency CNY
    start 2027-01
    horizon 24 months
    discount 8% per year
    choose V.E
}

goal G ${planString('[goal](javascript:x) <b>')} weight 100%

department D ${planString('<b>Dept</b>\n|x|')} { users 10 }

${HOSTILE.map((title, i) => `requirement R${i} ${planString(title)} {
    asked by D
    evidence interview
    impact G ${(i % 10) + 1}
    effort 1 person-week
    could
}`).join('\n\n')}

criterion C ${planString('<i>crit</i> | `x`')} weight 100%

vendor V ${planString('<script>v</script>')} {
    edition E ${planString('e|dition **x**')} {
        licence 10 per user per month
    }
    covers R0 90%, R1 50%
    score C 7
}

vendor W ${planString('www.evil.example')} {
    covers R0 40%
    score C 5
}

cost K ${planString('```\n# not a heading')} {
    direct
    1000 once
}

phase P ${planString('click me: now; #1 %% x "q"')} {
    owner ${planString('Eve: "boss" <script> ```')}
    start 2027-01
    duration 2 months
    delivers R0, R1
}

phase P2 ${planString('gantt')} {
    owner ${planString('section x; title y')}
    after P
    duration 1 month
    delivers R2
}

benefit B ${planString('<img src=x onerror=alert(1)>')} {
    revenue
    from R0, R1
    500 per month
}

kpi K1 ${planString('~~kpi~~ $x$ @someone')} {
    baseline 1
    target 2 by 2027-12
    tracks B
}
`;
