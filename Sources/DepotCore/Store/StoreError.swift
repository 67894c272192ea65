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
    case readOnly(reason: ReadOnlyReason)
    /// Somebody changed the file on disk after Depot read it; writing would lose their change.
    case changedOnDisk(file: String)
    /// The operating system refused a read or write.
    case io(file: String, message: String)
    /// Another desk or program changed the same records as this change, each differently; nothing was written.
    case conflicts([RecordConflict])

    /// The sentence in English, with values from files escaped and cut (see `TerminalSafe`), at most a few lines
    /// long; `text(in:)` says it in the language asked for.
    public var description: String { text(in: .english) }

    /// The sentence in English as it was made, not cut, for a sentence that quotes it (a backup that could not be
    /// kept, a change recorded in the journal): said in another language, the whole of it must be there to match
    /// the catalogue's sentence (`FileProblemText`). Only the outer sentence is cut, once it is said.
    var uncutSentence: String {
        if case .io(let file, let message) = self { return "\(file): \(message)" }
        return description
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
    /// The store's error, when the problem is one the store met reading the file (not JSON's): `text(in:)` says it
    /// in the language asked for, as `message` says it in English.
    public var storeError: StoreError?

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

    /// "partners.json line 3, column 5, record P003: …", in English; `text(in:)` says it in the language asked for.
    public var description: String { text(in: .english) }
}
