/// Why a library could not be read or written, in words a librarian can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file is not valid JSON or does not have the shape Depot expects.
    case damaged(file: String, line: Int?, column: Int?, message: String)
    /// A record points at something that does not exist.
    case invalidRecords([Problem])
    /// The file was written by a newer Depot.
    case newerSchema(file: String, found: Int, supported: Int)
    /// No library at the given folder.
    case notALibrary(path: String)
    /// Some of a library's files are there and others are missing: a damaged library, left as it is.
    case incompleteLibrary(path: String, missing: [String], hasBackups: Bool)
    /// A new library was asked for in a folder that holds other things.
    case folderNotEmpty(path: String)
    /// Another Depot holds the library; this one may only read.
    case readOnly(reason: String)
    /// Somebody changed the file on disk after Depot read it; writing would lose their change.
    case changedOnDisk(file: String)
    /// The operating system refused a read or write.
    case io(file: String, message: String)
    /// Another desk or program changed the same records as this change, each differently; nothing was written.
    case conflicts([RecordConflict])

    /// The sentence, with values from files escaped and cut (see `TerminalSafe`), at most a few lines long.
    public var description: String { TerminalSafe.message(sentence) }

    private var sentence: String {
        switch self {
        case .damaged(let file, let line, let column, let message):
            var place = file
            if let line {
                place += " line \(line)"
                if let column { place += ", column \(column)" }
            }
            let message = TerminalSafe.field(message, limit: TerminalSafe.lineLimit)
            return "\(place): \(message). The file was left as it is; fix it or restore it from backups/."
        case .invalidRecords(let problems):
            let shown = problems.prefix(5).map(\.description).joined(separator: "\n  ")
            let more = problems.count > 5 ? "\n  (and \(problems.count - 5) more; run `depot check` for all)" : ""
            return "The library has records that do not fit together:\n  \(shown)\(more)"
        case .newerSchema(let file, let found, let supported):
            return
                "\(file) was written by a newer Depot (schema version \(found); this one reads up to \(supported)). "
                + "Update Depot; the file was left as it is."
        case .notALibrary(let path):
            return "\(path) is not a Depot library (no library.json there)."
        case .incompleteLibrary(let path, let missing, let hasBackups):
            let names = missing.joined(separator: ", ")
            let restore =
                hasBackups
                ? "Restore \(missing.count == 1 ? "it" : "them") from \(path)/backups/ (the newest copy of each) or from your own backup."
                : "Restore \(missing.count == 1 ? "it" : "them") from your own backup."
            return
                "\(path) is a damaged library: \(names) \(missing.count == 1 ? "is" : "are") missing. "
                + "\(restore) Nothing was changed."
        case .folderNotEmpty(let path):
            return
                "\(path) holds other files and no Depot library; a new library is made only in an empty or new "
                + "folder. Nothing was written. Name another folder with --data."
        case .readOnly(let reason):
            return "The library is open read-only: \(TerminalSafe.field(reason, limit: TerminalSafe.lineLimit))"
        case .changedOnDisk(let file):
            return
                "\(file) was changed by another program after Depot read it; nothing was written. "
                + "Reload the library and make the change again."
        case .io(let file, let message):
            return "\(file): \(TerminalSafe.field(message, limit: TerminalSafe.lineLimit))"
        case .conflicts(let conflicts):
            let shown = conflicts.prefix(5).map(\.description).joined(separator: "\n  ")
            let more = conflicts.count > 5 ? "\n  (and \(conflicts.count - 5) more)" : ""
            return
                "Another desk changed the same \(conflicts.count == 1 ? "record" : "records") meanwhile; nothing "
                + "was saved:\n  \(shown)\(more)"
        }
    }
}

/// One thing wrong in a library, found by loading or by `depot check`.
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    /// The file, relative to the library folder: `partners.json`, `deposits/2026-27.json`.
    public var file: String
    /// The record's identifier, where the problem belongs to one record.
    public var recordID: String?
    public var line: Int?
    public var column: Int?
    public var message: String
    /// The message as a sentence of the language files, when it is one (the reference checks'): `text(in:)` says it
    /// in the language asked for.
    public var sentence: CheckSentence?

    public init(file: String, recordID: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.recordID = recordID
        self.line = line
        self.column = column
        self.message = message
    }

    /// Problems are the same when they say the same of the same place: the sentence is the message, in other words.
    public static func == (lhs: Problem, rhs: Problem) -> Bool {
        (lhs.file, lhs.recordID, lhs.line, lhs.column, lhs.message)
            == (rhs.file, rhs.recordID, rhs.line, rhs.column, rhs.message)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(recordID)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(message)
    }

    public var description: String {
        var place = file
        if let line {
            place += " line \(line)"
            if let column { place += ", column \(column)" }
        }
        if let recordID { place += ", record \(TerminalSafe.field(recordID, limit: TerminalSafe.quoteLimit))" }
        return "\(TerminalSafe.field(place, limit: TerminalSafe.lineLimit)): "
            + TerminalSafe.field(message, limit: TerminalSafe.lineLimit)
    }
}
