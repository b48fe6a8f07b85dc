/**
 * Files the language server reads from disk itself (not open in the editor)
 * that are not UTF-8: one CRM042 that names the likely encoding and how to
 * convert it, in the client's language, instead of a syntax error for every
 * mangled character; the same file saved as UTF-8 reads normally.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
/** `vendor Fxiaoke "纷享销客" {}` as a Chinese Windows editor saves it: the title in GBK. */
const GBK_VENDOR = Buffer.concat([utf8('vendor Fxiaoke "'), Buffer.from([183, 215, 207, 237, 207, 250, 191, 205]), utf8('" {}\n')]);
/** The same line in UTF-16LE with a byte order mark, as Windows Notepad's "Unicode". */
const UTF16_VENDOR = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('vendor Fxiaoke "纷享销客" {}\n', 'utf16le')]);

describe('language server: files that are not UTF-8', () => {
    let client: LspClient | undefined;

    afterEach(async () => {
        await client?.stop();
        client = undefined;
    });

    async function start(files: Record<string, Buffer>, locale?: string): Promise<string> {
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-lsp-encodings-'));
        mkdirSync(join(folder, '.git'));
        for (const [name, bytes] of Object.entries(files)) {
            writeFileSync(join(folder, name), bytes);
        }
        ({ client } = await LspClient.start(folder, { locale }));
        return folder;
    }

    it('says a GBK catalogue looks like GBK, once, and reads it again once it is saved as UTF-8', async () => {
        const folder = await start({ 'vendors.crmplan': GBK_VENDOR });
        const uri = fileUri(join(folder, 'vendors.crmplan'));
        const diagnostics = await client!.diagnosticsFor(uri, d => d.length > 0);
        expect(diagnostics.map(d => d.code)).toEqual(['CRM042']);
        expect(diagnostics[0].message).toMatch(/looks like GBK\/GB18030/);
        expect(diagnostics[0].message).toContain('iconv -f GB18030 -t UTF-8 vendors.crmplan');

        writeFileSync(join(folder, 'vendors.crmplan'), utf8('vendor Fxiaoke "纷享销客" {}\n'));
        await client!.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri, type: FileChangeType.Changed }]
        });
        expect(await client!.diagnosticsFor(uri, d => !d.some(x => x.code === 'CRM042'))).toEqual([]);
    });

    it('names UTF-16 in Chinese for a Chinese client', async () => {
        const folder = await start({ 'vendors.crmplan': UTF16_VENDOR }, 'zh-cn');
        const diagnostics = await client!.diagnosticsFor(fileUri(join(folder, 'vendors.crmplan')), d => d.length > 0);
        expect(diagnostics.map(d => d.code)).toEqual(['CRM042']);
        expect(diagnostics[0].message).toMatch(/^不是 UTF-8/);
        expect(diagnostics[0].message).toContain('UTF-16LE');
    });
});
