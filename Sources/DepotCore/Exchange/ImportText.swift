/// The sentences of `depot import items`: a mapping of columns that cannot be read, a file without a column it
/// needs, a catalogue that changed under a plan, and the plan's report: duplicate barcodes, changed fields, and
/// what is wrong with a bad row (`ItemRow`, `ItemImport.plan`).
public enum ImportText: String, TextCatalogue {
    case mappingNotFieldColumn, mappingStatus, mappingUnknownField, mappingNoColumn, mappingTwice
    case missingColumn, stale
    // The report.
    case line, row, and, none, duplicatesHeading, badRowsHeading, warningsHeading, duplicateSame, duplicateDiffer
    case fieldChange
    // A row's problems.
    case column, cellError, cellFormula, barcodeDate, noBarcode, barcodeSpace, barcodeScientific, titleEmpty
    case noAgeBand, ageBandDate, ageBandUnknown, ageBandUnknownDate, formatUnknown, noPrice, priceNegative
    case priceNotAmount, newItemNeeds, fieldInColumn, numberCellUsed, leadingZerosLost, numberCellLost

    public static let placeholders: [ImportText: [String]] = [
        .mappingNotFieldColumn: ["pair"], .mappingUnknownField: ["field", "fields"], .mappingNoColumn: ["field"],
        .mappingTwice: ["field"], .missingColumn: ["column", "field", "columns"], .stale: ["barcode"],
        .duplicateSame: ["barcode", "lines"], .duplicateDiffer: ["barcode", "lines"],
        .fieldChange: ["field", "old", "new"], .column: ["letter", "name"], .cellError: ["column", "value"],
        .cellFormula: ["column", "formula"], .barcodeDate: ["column", "text"], .barcodeSpace: ["text"],
        .barcodeScientific: ["text"], .ageBandDate: ["column", "text"], .ageBandUnknown: ["text"],
        .ageBandUnknownDate: ["text"], .formatUnknown: ["text"], .priceNegative: ["text"],
        .priceNotAmount: ["text"], .newItemNeeds: ["barcode", "fields"], .fieldInColumn: ["field", "column"],
        .numberCellUsed: ["column", "barcode"], .leadingZerosLost: ["barcode", "original"],
        .numberCellLost: ["column", "barcode"],
    ]
}
