//@ts-check
/**
 * The checks, in the order a person would try the extension. Each waits for
 * UI state (a selector, a text, a colour) with a deadline; none sleeps.
 * Every check saves a screenshot in `test-results/e2e/`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLAN = 'manufacturer-sales-automation.crmplan';
const TIMEOUT = 60_000;

/**
 * @param {{ page: import('playwright-core').Page, url: string, workspace: string, results: string }} options
 * @returns {Promise<Array<{ name: string, ok: boolean, error?: string }>>}
 */
export async function runChecks({ page, url, workspace, results }) {
    page.setDefaultTimeout(TIMEOUT);
    const planText = readFileSync(join(workspace, PLAN), 'utf8');
    const lines = planText.split('\n');
    /** 1-based line and column of `text` on the first line that contains `marker`. */
    const where = (marker, text = marker) => {
        const index = lines.findIndex(line => line.includes(marker));
        if (index < 0) throw new Error(`'${marker}' is not in ${PLAN}`);
        return { line: index + 1, column: lines[index].indexOf(text) + 1 };
    };

    const outcomes = [];
    let shot = 0;
    const screenshot = async name => {
        shot += 1;
        const file = join(results, `${String(shot).padStart(2, '0')}-${name}.png`);
        await page.screenshot({ path: file });
        return file;
    };
    /** Runs one check; a failure is recorded (with a screenshot) and the next check still runs. */
    const check = async (name, slug, body, cleanUp = async () => undefined) => {
        const started = Date.now();
        try {
            await body();
            await cleanUp();
            const file = await screenshot(slug);
            outcomes.push({ name, ok: true });
            console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s) ${file}`);
        } catch (error) {
            const file = await screenshot(`${slug}-failed`).catch(() => '(no screenshot)');
            const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
            outcomes.push({ name, ok: false, error: message });
            console.log(`  ✗ ${name}: ${message} ${file}`);
            await page.keyboard.press('Escape').catch(() => undefined);
            await cleanUp().catch(error => console.log(`    clean-up failed: ${error}`));
        }
    };

    const editor = page.locator('.editor-instance .monaco-editor').first();
    const statusItem = id => page.locator(`.statusbar-item[id="${id}"]`);

    /** Runs a command by its title from the command palette (F1). */
    // Opens quick input (F1) and enters `text`. A tooltip or a re-render can keep the
    // input from taking the text now and then (CI saw fill time out once): retry a few times.
    const quickInput = async text => {
        for (let attempt = 1; ; attempt++) {
            await page.keyboard.press('F1');
            const input = page.locator('.quick-input-widget input').first();
            try {
                await input.waitFor({ state: 'visible', timeout: 10_000 });
                await input.fill(text, { timeout: 10_000 });
                return;
            } catch (error) {
                if (attempt >= 3) {
                    throw error;
                }
                await page.keyboard.press('Escape');
            }
        }
    };
    const runCommand = async title => {
        await quickInput(`>${title}`);
        // The row whose label is exactly the title (others may contain it).
        const row = page.locator('.quick-input-list .monaco-list-row').filter({
            has: page.locator('.label-name', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
        }).first();
        await row.click();
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    };
    /** Moves the cursor with Go to Line (`:line:column` in quick open). */
    const goTo = async ({ line, column }) => {
        await quickInput(`:${line}:${column}`);
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
    };
    const errorSquiggles = editor.locator('.squiggly-error');
    /**
     * Shows the hover at the cursor (Show or Focus Hover) until it contains
     * `text`: a hover shows what was known when it opened, so one opened
     * before the server's latest answer is closed and opened again.
     */
    // Returns the hover's text, read while it is shown: a hover may close on its own
    // (a diagnostics or inlay-hint refresh re-renders the editor), so reading it
    // later through the locator could wait for a hover that is gone.
    const hoverWith = async text => {
        const deadline = Date.now() + TIMEOUT;
        const hover = page.locator('.monaco-hover:not(.hidden)');
        for (;;) {
            await runCommand('Show or Focus Hover');
            try {
                const shown = hover.filter({ hasText: text }).first();
                await shown.waitFor({ timeout: 5_000 });
                return await shown.innerText({ timeout: 2_000 });
            } catch {
                if (Date.now() > deadline) {
                    throw new Error(`no hover with ${text} (last: ${JSON.stringify(await hover.allInnerTexts())})`);
                }
                await page.keyboard.press('Escape');
            }
        }
    };

    console.log('e2e: checks');
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor();

    await check('opening a .crmplan file sets the language mode to CRM Plan, with syntax colours', 'language-mode', async () => {
        const item = page.getByRole('treeitem', { name: PLAN, exact: true });
        await item.waitFor();
        await item.dblclick();
        await editor.locator('.view-lines', { hasText: 'Jinling Valves' }).waitFor();
        await statusItem('status.editor.mode').filter({ hasText: 'CRM Plan' }).waitFor();
        // Wait until the grammar has coloured the header: a keyword, a number, a string and a name each in a colour of their own.
        const colours = await poll(page, () => {
            const spans = [...document.querySelectorAll('.editor-instance .view-lines .view-line span > span')];
            // View lines render spaces as no-break spaces.
            const textOf = span => (span.textContent ?? '').replace(/\u00a0/g, ' ').trim();
            // Adjacent tokens of one colour share a span (the quotes and the text of a string).
            const colour = text => {
                const span = spans.find(s => textOf(s) === text || textOf(s) === `"${text}"`);
                return span ? getComputedStyle(span).color : undefined;
            };
            const sample = { plan: colour('plan'), '36': colour('36'), title: colour('Jinling Valves: sales automation'), Yunke: colour('Yunke') };
            const distinct = new Set(spans.map(s => getComputedStyle(s).color)).size;
            const ok = Object.values(sample).every(Boolean) && new Set(Object.values(sample)).size === 4 && distinct >= 5;
            return { ok, sample, distinct };
        }, value => value.ok);
        console.log(`    colours: ${JSON.stringify(colours)}`);
    });

    await check('the status bar shows the chosen option\'s ROI', 'status-bar-roi', async () => {
        await page.locator('.statusbar-item', { hasText: /ROI -?[\d.,]+% · 云客 CRM 标准版/ }).waitFor();
    });

    await check('hovering a requirement shows its priority', 'hover', async () => {
        await goTo(where('requirement QuoteFollowUp', 'QuoteFollowUp'));
        // The hover at the cursor (the mouse would depend on pixel positions).
        const text = await hoverWith('rank');
        if (!/must/.test(text) || !/rank\s+1 of 5/.test(text)) {
            throw new Error(`the hover does not give the priority: ${JSON.stringify(text)}`);
        }
        console.log(`    hover: ${JSON.stringify(text.split('\n').slice(0, 3).join(' | '))}`);
    });

    await check('an inlay hint shows an option\'s ROI', 'inlay-hint', async () => {
        await page.keyboard.press('Escape');
        const position = where('edition Standard');
        await goTo(position);
        // Inlay hints are text injected into the view line, after the edition's title.
        const line = editor.locator('.view-line', { hasText: 'edition Standard' });
        await line.filter({ hasText: /ROI\s-?[\d,.]+%\s·\sNPV/ }).waitFor();
        console.log(`    line: ${JSON.stringify(await line.innerText())}`);
    });

    await check('an error typed into the plan shows a diagnostic, and fixing it clears it', 'diagnostic-error', async () => {
        if (await errorSquiggles.count() !== 0) {
            throw new Error('the example already shows an error');
        }
        await editor.locator('.view-lines').click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\nkpi Broken { tracks NoSuchBenefit }');
        await editor.locator('.view-line', { hasText: 'NoSuchBenefit' }).waitFor();
        await errorSquiggles.first().waitFor();
        await statusItem('status.problems').filter({ hasText: /^\D*[1-9]/ }).waitFor();
        await screenshot('diagnostic-shown');
        // Hover the unknown name to read the diagnostic.
        await page.keyboard.press('Control+ArrowLeft');
        await page.keyboard.press('Control+ArrowLeft');
        const shown = await hoverWith(/Unknown benefit 'NoSuchBenefit'/);
        console.log(`    diagnostic: ${JSON.stringify(shown.split('\n')[0])}`);
        await screenshot('diagnostic-hover');
        await page.keyboard.press('Escape');
        // The fix: remove the line again.
        await page.keyboard.press('End');
        await page.keyboard.press('Shift+Home');
        await page.keyboard.press('Shift+Home');
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Backspace');
        await editor.locator('.view-line', { hasText: 'NoSuchBenefit' }).waitFor({ state: 'detached' });
        await errorSquiggles.first().waitFor({ state: 'detached' });
        await page.waitForFunction(() => {
            const problems = document.querySelector('.statusbar-item[id="status.problems"]');
            return problems && /Errors?:\s*0\b|No Problems/i.test(problems.getAttribute('aria-label') ?? problems.textContent ?? '');
        }, undefined, { timeout: TIMEOUT });
    }, async () => {
        // Leave the plan as it is on disk for the next checks.
        await runCommand('File: Revert File');
        await page.locator('.tab.dirty', { hasText: PLAN }).waitFor({ state: 'detached' });
    });

    await check('Show Report Preview opens a preview with the options table', 'report-preview', async () => {
        await runCommand('CRM Plan: Show Report Preview');
        await page.locator('.tab', { hasText: 'Preview manufacturer-sales-automation.report.md' }).waitFor();
        const table = await waitForFrameText(page, /Financials per option/, frame => frame.locator('table', { hasText: 'Beacon CRM Growth' }).filter({ hasText: 'NPV' }));
        const header = await table.locator('th').allInnerTexts();
        console.log(`    options table: ${JSON.stringify(header)}`);
        if (!header.some(h => h.includes('Beacon CRM Growth')) || header.length < 4) {
            throw new Error(`unexpected options table header ${JSON.stringify(header)}`);
        }
        await table.scrollIntoViewIfNeeded();
    });

    await check('the report preview shows the Mermaid charts as rendered SVG', 'report-charts', async () => {
        // VS Code's Markdown preview renders ```mermaid blocks itself; Mermaid marks each SVG with its diagram type.
        const types = ['gantt', 'xychart'];
        for (const type of types) {
            const chart = await waitForFrameText(page, /Financials per option/, frame => frame.locator(`svg[aria-roledescription="${type}"]`));
            const box = await chart.boundingBox();
            const parts = await chart.locator('rect, path, line').count();
            if (!box || box.width < 100 || box.height < 50 || parts < 3) {
                throw new Error(`the ${type} chart is not drawn: ${JSON.stringify({ box, parts })}`);
            }
            await chart.scrollIntoViewIfNeeded();
            console.log(`    ${type}: ${Math.round(box.width)}×${Math.round(box.height)} px, ${parts} shapes`);
            await screenshot(`report-chart-${type}`);
        }
    });

    await check('the report preview refreshes when the plan is saved', 'report-refreshed', async () => {
        // Lower Yunke.Standard's licence from 99 to 89 and save: its ROI goes up from 150.09%.
        await page.locator('.tab', { hasText: PLAN }).click();
        await goTo(where('licence 99 CNY', '99'));
        await page.keyboard.press('Delete');
        await page.keyboard.press('Delete');
        await page.keyboard.type('89');
        await editor.locator('.view-line', { hasText: 'licence 89 CNY' }).waitFor();
        await page.keyboard.press('Control+S');
        await page.locator('.tab.dirty', { hasText: PLAN }).waitFor({ state: 'detached' });
        const row = await waitForFrameText(page, /Financials per option/, frame => frame.locator('tr', { hasText: /^\s*ROI\s/ }).filter({ hasNotText: '150.09%' }));
        console.log(`    ROI row: ${JSON.stringify(await row.innerText())}`);
        await row.scrollIntoViewIfNeeded();
    });

    await check('Compare with Git HEAD shows what the saved change does to the figures', 'compare-with-head', async () => {
        await page.locator('.tab', { hasText: PLAN }).click();
        await runCommand('CRM Plan: Compare with Git HEAD');
        await page.locator('.tab', { hasText: 'Preview manufacturer-sales-automation.diff.md' }).waitFor();
        // The comment names options by their titles, as the report does.
        const table = await waitForFrameText(page, /云客 CRM 标准版/, frame => frame.locator('table', { hasText: '云客 CRM 标准版' }).filter({ hasText: '150.09% →' }));
        console.log(`    diff: ${JSON.stringify((await table.innerText()).split('\n').slice(0, 2).join(' | '))}`);
        const changes = await waitForFrameText(page, /云客 CRM 标准版/, frame => frame.locator('li', { hasText: 'licence 99' }).filter({ hasText: 'licence 89' }));
        console.log(`    change: ${JSON.stringify(await changes.innerText())}`);
    });

    await check('Save Report as Markdown writes <plan>.report.md beside the plan, asking before it overwrites', 'save-report', async () => {
        const target = join(workspace, 'manufacturer-sales-automation.report.md');
        const toast = page.locator('.notification-toast', { hasText: 'Saved the report as manufacturer-sales-automation.report.md' });
        await page.locator('.tab', { hasText: PLAN }).click();
        await runCommand('CRM Plan: Save Report as Markdown');
        await toast.waitFor();
        if (!readFileSync(target, 'utf8').startsWith('# Jinling Valves: sales automation\n')) {
            throw new Error(`${target} is not the report`);
        }
        await toast.locator('.codicon-notifications-clear, .codicon-close').first().click();
        await toast.waitFor({ state: 'detached' });
        // Again: now the file exists, so it asks.
        writeFileSync(target, 'old\n');
        await runCommand('CRM Plan: Save Report as Markdown');
        const dialog = page.locator('.monaco-dialog-box', { hasText: 'manufacturer-sales-automation.report.md already exists. Overwrite it?' });
        await dialog.waitFor();
        await screenshot('save-report-asks');
        await dialog.getByRole('button', { name: 'Overwrite' }).click();
        await toast.waitFor();
        if (!readFileSync(target, 'utf8').startsWith('# Jinling Valves')) {
            throw new Error('the report did not replace the old file');
        }
    });

    return outcomes;
}

/**
 * Evaluates `fn` in the page until `done` accepts its value; on time-out the
 * error shows the last value.
 * @template T
 * @param {import('playwright-core').Page} page
 * @param {() => T} fn
 * @param {(value: T) => boolean} done
 * @returns {Promise<T>}
 */
async function poll(page, fn, done) {
    const deadline = Date.now() + TIMEOUT;
    let value;
    for (;;) {
        value = await page.evaluate(fn);
        if (done(value)) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out; last: ${JSON.stringify(value)}`);
        }
        await page.waitForTimeout(200); // polling interval between evaluations
    }
}

/**
 * The first locator, in any frame (webviews nest two deep), that matches
 * `make(frame)` in a frame whose body text matches `text`.
 * @param {import('playwright-core').Page} page
 * @param {RegExp} text
 * @param {(frame: import('playwright-core').Frame) => import('playwright-core').Locator} make
 */
async function waitForFrameText(page, text, make) {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
        for (const frame of page.frames()) {
            try {
                const body = await frame.locator('body').innerText({ timeout: 1_000 });
                if (text.test(body)) {
                    const locator = make(frame).first();
                    if (await locator.count() > 0) {
                        return locator;
                    }
                }
            } catch { /* a frame that is loading or gone */ }
        }
        if (Date.now() > deadline) {
            throw new Error(`no frame shows ${text}`);
        }
        await page.waitForTimeout(200); // polling interval between frame scans
    }
}
