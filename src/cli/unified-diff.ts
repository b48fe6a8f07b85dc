/**
 * A unified diff of two texts, as `diff -u` (and `gofmt -d`) print it: the
 * `--- a/path` and `+++ b/path` headers, then hunks with three lines of
 * context, so `git apply` or `patch -p1` can apply it.
 */

type Edit = { readonly kind: ' ' | '-' | '+'; readonly line: string };

/** The middle part compared line by line is capped; beyond it the whole middle is replaced (rare: formatting changes little). */
const MAX_TABLE = 4_000_000;
const CONTEXT = 3;

function splitLines(text: string): string[] {
    if (text === '') {
        return [];
    }
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') {
        lines.pop();
    } else {
        lines[lines.length - 1] += '\n\\ No newline at end of file';
    }
    return lines;
}

/** The edits that turn `a` into `b`: common prefix and suffix, and a longest common subsequence between. */
function edits(a: readonly string[], b: readonly string[]): Edit[] {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) {
        start++;
    }
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const result: Edit[] = a.slice(0, start).map(line => ({ kind: ' ', line }));
    const midA = a.slice(start, endA);
    const midB = b.slice(start, endB);
    if (midA.length * midB.length > MAX_TABLE) {
        result.push(...midA.map(line => ({ kind: '-' as const, line })), ...midB.map(line => ({ kind: '+' as const, line })));
    } else {
        // lengths[i][j]: the longest common subsequence of midA[i..] and midB[j..].
        const lengths = Array.from({ length: midA.length + 1 }, () => new Uint32Array(midB.length + 1));
        for (let i = midA.length - 1; i >= 0; i--) {
            for (let j = midB.length - 1; j >= 0; j--) {
                lengths[i][j] = midA[i] === midB[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        let i = 0;
        let j = 0;
        while (i < midA.length || j < midB.length) {
            if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
                result.push({ kind: ' ', line: midA[i++] });
                j++;
            } else if (i < midA.length && (j === midB.length || lengths[i + 1][j] >= lengths[i][j + 1])) {
                result.push({ kind: '-', line: midA[i++] });
            } else {
                result.push({ kind: '+', line: midB[j++] });
            }
        }
    }
    result.push(...a.slice(endA).map(line => ({ kind: ' ' as const, line })));
    return result;
}

/** The unified diff from `before` to `after`, or '' when they are the same. */
export function unifiedDiff(path: string, before: string, after: string): string {
    if (before === after) {
        return '';
    }
    const all = edits(splitLines(before), splitLines(after));
    const out = [`--- a/${path}`, `+++ b/${path}`];
    let k = 0;
    while (k < all.length) {
        if (all[k].kind === ' ') {
            k++;
            continue;
        }
        // A hunk: from CONTEXT lines before this change through CONTEXT lines after the last change within reach.
        const first = Math.max(0, k - CONTEXT);
        let last = k;
        for (let m = k; m < all.length && m <= last + 2 * CONTEXT; m++) {
            if (all[m].kind !== ' ') {
                last = m;
            }
        }
        const end = Math.min(all.length, last + CONTEXT + 1);
        let oldStart = 1;
        let newStart = 1;
        for (let m = 0; m < first; m++) {
            oldStart += all[m].kind !== '+' ? 1 : 0;
            newStart += all[m].kind !== '-' ? 1 : 0;
        }
        const hunk = all.slice(first, end);
        const oldCount = hunk.filter(e => e.kind !== '+').length;
        const newCount = hunk.filter(e => e.kind !== '-').length;
        out.push(`@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@`);
        out.push(...hunk.map(e => e.kind + e.line));
        k = end;
    }
    return out.join('\n') + '\n';
}
