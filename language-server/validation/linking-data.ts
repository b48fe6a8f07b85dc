import type { AstReflection } from 'langium';

/** What a linking diagnostic carries (Langium's `LinkingErrorData`). */
export interface LinkingData {
    readonly containerType?: string;
    readonly property?: string;
    readonly refText?: string;
}

/** The type of declaration an unresolved reference was looking for, e.g. `Goal`; undefined when the data does not say. */
export function referenceTypeOf(reflection: AstReflection, data: LinkingData | undefined): string | undefined {
    if (!data?.containerType || !data.property) {
        return undefined;
    }
    return reflection.getReferenceType({
        container: { $type: data.containerType },
        property: data.property,
        reference: { $refText: data.refText ?? '', ref: undefined }
    });
}
