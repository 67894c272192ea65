/// The sentences of `depot import items`: a mapping of columns that cannot be read, a file without a column it
/// needs, a catalogue that changed under a plan.
public enum ImportText: String, TextCatalogue {
    case mappingNotFieldColumn, mappingStatus, mappingUnknownField, mappingNoColumn, mappingTwice
    case missingColumn, stale

    public static let placeholders: [ImportText: [String]] = [
        .mappingNotFieldColumn: ["pair"], .mappingUnknownField: ["field", "fields"], .mappingNoColumn: ["field"],
        .mappingTwice: ["field"], .missingColumn: ["column", "field", "columns"], .stale: ["barcode"],
    ]
}
