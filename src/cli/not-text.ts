import type { Locale } from '../../language-server/i18n/locale.js';
import { Diagnostics, diagnosticMessage } from '../../language-server/validation/diagnostic-codes.js';
import { encodingLabel, type ForeignEncoding } from '../../language-server/workspace/text-encoding.js';
import type { FileDiagnostic } from './diagnostics-output.js';
import type { NotTextFile } from './load-workspace.js';

/** What `file` most likely is and how to save it as UTF-8, in `locale`. */
export function notUtf8Message(encoding: ForeignEncoding, file: string, locale: Locale): string {
    return diagnosticMessage(Diagnostics.notUtf8, locale, { encoding, label: encodingLabel(encoding), file });
}

/** A file found in a folder that is not UTF-8 text, as a diagnostic on its first line (CRM042). */
export function notTextDiagnostic(file: NotTextFile, locale: Locale): FileDiagnostic {
    return {
        file: file.shownPath, line: 1, column: 1, severity: 'error', code: Diagnostics.notUtf8.code,
        message: notUtf8Message(file.encoding, file.shownPath, locale)
    };
}
