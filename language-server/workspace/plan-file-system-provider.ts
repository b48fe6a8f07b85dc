import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { decodePlanText } from './plan-source.js';
import type { ForeignEncoding } from './text-encoding.js';

/**
 * The language server's file reader: plans it loads from disk itself (the
 * workspace's other files, imports not open in the editor) are decoded as
 * strict UTF-8, and a file that is not UTF-8 text is remembered with its
 * likely encoding, so that validation can say "looks like GBK, save it as
 * UTF-8" (CRM042) instead of reporting every mangled character. The text
 * still reaches Langium, decoded leniently, so the document exists.
 */
export class PlanFileSystemProvider extends NodeFileSystemProvider {

    private readonly foreign = new Map<string, ForeignEncoding>();

    /** The likely encoding of the file at `uri` when its last read was not UTF-8 text. */
    encodingOf(uri: URI): ForeignEncoding | undefined {
        return this.foreign.get(uri.toString());
    }

    override async readFile(uri: URI): Promise<string> {
        return this.decode(uri, await this.readBinary(uri));
    }

    override readFileSync(uri: URI): string {
        return this.decode(uri, this.readBinarySync(uri));
    }

    protected decode(uri: URI, bytes: Uint8Array): string {
        const decoded = decodePlanText(bytes);
        if ('text' in decoded) {
            this.foreign.delete(uri.toString());
            return decoded.text;
        }
        if (decoded.problem === 'not-text') {
            this.foreign.set(uri.toString(), decoded.encoding);
        }
        return new TextDecoder('utf-8').decode(bytes);
    }
}
