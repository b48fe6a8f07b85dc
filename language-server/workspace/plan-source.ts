import { readFile, realpath } from 'node:fs/promises';
import { URI, type LangiumDocuments } from 'langium';
import { guessEncoding, type ForeignEncoding } from './text-encoding.js';

/** A file's text, or why it could not be read as a plan. */
export type SourceText =
    | { readonly text: string }
    | { readonly problem: 'missing' | 'folder' | 'unreadable' }
    /** Not UTF-8 text, with what it most likely is. */
    | { readonly problem: 'not-text'; readonly encoding: ForeignEncoding };

/**
 * Where plan files are read from: the disk, a git revision, or the editor's
 * open documents. The plan loader follows imports through the same source,
 * so a plan and its imports are always read as of one moment.
 */
export interface PlanSource {
    read(absolutePath: string): Promise<SourceText>;
    /**
     * The file's real location when it differs from its path (a symbolic
     * link), so the loader can refuse links that lead out of the repository;
     * undefined where links do not exist (a git revision).
     */
    realPath?(absolutePath: string): Promise<string | undefined>;
}

/** Plans as they are on disk. */
export const diskSource: PlanSource = {
    async read(absolutePath) {
        let bytes: Buffer;
        try {
            bytes = await readFile(absolutePath);
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            return { problem: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'EISDIR' ? 'folder' : 'unreadable' };
        }
        return decodePlanText(bytes);
    },
    async realPath(absolutePath) {
        try {
            return await realpath(absolutePath);
        } catch {
            return undefined;
        }
    }
};

/** Plan text is UTF-8 without NUL bytes; anything else is not a plan. */
export function decodePlanText(bytes: Uint8Array): SourceText {
    if (bytes.includes(0)) {
        return { problem: 'not-text', encoding: guessEncoding(bytes) };
    }
    try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
        return { problem: 'not-text', encoding: guessEncoding(bytes) };
    }
}

/**
 * Texts the caller already holds (standard input, the editor's open
 * documents, a diff's base text) in front of another source.
 */
export function withTexts(texts: ReadonlyMap<string, string>, fallback: PlanSource): PlanSource {
    return {
        read: async absolutePath => {
            const text = texts.get(absolutePath);
            return text !== undefined ? { text } : fallback.read(absolutePath);
        },
        realPath: fallback.realPath && (absolutePath => texts.has(absolutePath) ? Promise.resolve(absolutePath) : fallback.realPath!(absolutePath))
    };
}

/**
 * The workspace's documents as the editor holds them (unsaved changes
 * included), the disk for files it has not loaded.
 */
export function documentsSource(documents: LangiumDocuments): PlanSource {
    return {
        read: async absolutePath => {
            const document = documents.getDocument(URI.file(absolutePath));
            return document ? { text: document.textDocument.getText() } : diskSource.read(absolutePath);
        },
        realPath: diskSource.realPath
    };
}
