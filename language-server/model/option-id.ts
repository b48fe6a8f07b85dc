/** The id of a vendor option: `Vendor.Edition`, or `Vendor` alone when the vendor has no edition. */
export function optionId(vendor: string, edition?: string): string {
    return edition ? `${vendor}.${edition}` : vendor;
}
