/**
 * LibreOffice Calc, headless, as the spreadsheet that proves the workbook:
 * converting a file makes it load the workbook, compute every formula and
 * save the results. Each conversion gets its own throw-away profile, set to
 * recalculate every formula of an Excel file on load (never trusting a
 * cached result).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

function installed(): boolean {
    return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * The spreadsheet tests run wherever LibreOffice is installed, and always in
 * CI (`CI` set: `.ci/run` installs it, so a missing soffice fails there). On
 * a developer's machine without it they are skipped, saying so, so that the
 * Quick start's `npm test` passes on a fresh clone; CRMPLAN_SKIP_LIBREOFFICE=1
 * skips them anywhere.
 */
export const SKIP_LIBREOFFICE = process.env.CRMPLAN_SKIP_LIBREOFFICE === '1' || (!process.env.CI && !installed());
if (SKIP_LIBREOFFICE && process.env.CRMPLAN_SKIP_LIBREOFFICE !== '1') {
    console.warn('Skipping the workbook recalculation tests: LibreOffice (soffice) is not installed. Install Debian\'s libreoffice-calc-nogui to run them (.ci/run does).');
}

export function libreOfficeMissing(): string | undefined {
    return installed()
        ? undefined
        : 'LibreOffice (soffice) is not installed: install Debian\'s libreoffice-calc-nogui (.ci/run does), or set CRMPLAN_SKIP_LIBREOFFICE=1 to skip the spreadsheet tests';
}

// OOXMLRecalcMode 0: "always recalculate" when loading an Excel 2007+ file.
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Opens `workbook` in LibreOffice Calc, recalculates it and saves it as xlsx in a new folder; returns that file. */
export function recalculate(workbook: string): string {
    const work = mkdtempSync(join(tmpdir(), 'crmplan-calc-'));
    const profile = join(work, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD);
    const out = join(work, 'out');
    mkdirSync(out);
    const result = spawnSync('soffice', [
        `-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', out, workbook
    ], { encoding: 'utf8', timeout: 120_000 });
    if (result.status !== 0) {
        throw new Error(`soffice failed (${result.status ?? result.signal}): ${result.stderr}`);
    }
    return join(out, basename(workbook));
}
