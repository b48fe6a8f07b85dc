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

/** CRMPLAN_SKIP_LIBREOFFICE=1 skips the spreadsheet tests on a machine without LibreOffice; CI installs it. */
export const SKIP_LIBREOFFICE = process.env.CRMPLAN_SKIP_LIBREOFFICE === '1';

export function libreOfficeMissing(): string | undefined {
    const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    return probe.status === 0
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
