/// Why a workbook (`.xlsx`) cannot be read (`SpreadsheetReader.Failure`), in Depot's languages. The part of the
/// workbook is named by its path inside the file; a reason from the unpacker or the XML parser stays as they say it.
public enum SpreadsheetProblemText: String, TextCatalogue {
    case cannotUnpack, noWorkbook, noWorksheet, worksheetMissing, notWellFormed, notWellFormedBecause, notClosed
    case sharedStringMissing

    public static let placeholders: [SpreadsheetProblemText: [String]] = [
        .cannotUnpack: ["part", "reason"], .noWorkbook: ["part"], .worksheetMissing: ["part"],
        .notWellFormed: ["part", "line", "column"], .notWellFormedBecause: ["part", "line", "column", "reason"],
        .notClosed: ["part", "element"], .sharedStringMissing: ["part", "cell", "index", "count"],
    ]
}
