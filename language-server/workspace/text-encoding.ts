/**
 * What a file that is not UTF-8 text most likely is, so the message can say
 * how to save it as UTF-8. Plans written on Chinese Windows are often GBK
 * (GB18030); Windows tools write UTF-16, with or without a byte order mark.
 */
export type ForeignEncoding = 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'binary' | 'unknown';

/** The share of NUL bytes at odd (or even) positions above which a text is taken for UTF-16 without a mark. */
const UTF16_NUL_SHARE = 0.3;

export function guessEncoding(bytes: Uint8Array): ForeignEncoding {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
        return 'utf-16le-bom';
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        return 'utf-16be-bom';
    }
    const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
    // Too short a file says nothing about its byte pattern.
    if (pairs >= 8) {
        let oddNuls = 0;
        let evenNuls = 0;
        for (let i = 0; i < pairs; i++) {
            evenNuls += bytes[2 * i] === 0 ? 1 : 0;
            oddNuls += bytes[2 * i + 1] === 0 ? 1 : 0;
        }
        if (oddNuls / pairs > UTF16_NUL_SHARE && evenNuls / pairs < 0.05) {
            return 'utf-16le';
        }
        if (evenNuls / pairs > UTF16_NUL_SHARE && oddNuls / pairs < 0.05) {
            return 'utf-16be';
        }
    }
    if (bytes.includes(0)) {
        return 'binary';
    }
    try {
        new TextDecoder('gb18030', { fatal: true }).decode(bytes);
        return 'gb18030';
    } catch {
        return 'unknown';
    }
}

/** The encoding's name as editors and `iconv` know it. */
export function encodingLabel(encoding: ForeignEncoding): string {
    switch (encoding) {
        case 'utf-16le-bom':
        case 'utf-16le': return 'UTF-16LE';
        case 'utf-16be-bom':
        case 'utf-16be': return 'UTF-16BE';
        case 'gb18030': return 'GB18030';
        default: return '';
    }
}
