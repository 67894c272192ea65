/// Something that says itself in the language asked for: an error or a problem, whose `description` stays English
/// for logs and tests.
public protocol LocalizedText {
    func text(in language: Language) -> String
}

extension DeskError: LocalizedText {
    public func text(in language: Language) -> String { localizedDescription(language) }
}

extension PartnerLookup.Failure: LocalizedText {
    public func text(in language: Language) -> String {
        let book = TextBook(language)
        switch self {
        case .none(let text):
            return book.format(LookupText.noPartner, TerminalSafe.quote(text))
        case .ambiguous(let text, let names):
            let shown = names.prefix(8).joined(separator: "; ") + (names.count > 8 ? "; ..." : "")
            return book.format(LookupText.ambiguousPartner, TerminalSafe.quote(text), names.count, shown)
        }
    }
}

/// The sentences of finding a record by what a librarian typed.
public enum LookupText: String, TextCatalogue {
    case noPartner
    case ambiguousPartner
    case noStaff, ambiguousStaff
    /// A staff member named for the desk (`--as`) who no longer works for the team.
    case staffLeft
    /// A name for the desk that was not taken, and the staff who can be named.
    case staffKnown

    public static let placeholders: [LookupText: [String]] = [
        .noPartner: ["text"], .ambiguousPartner: ["text", "count", "names"],
        .noStaff: ["text"], .ambiguousStaff: ["text", "count", "names"],
        .staffLeft: ["name", "id", "day"], .staffKnown: ["problem", "known"],
    ]
}

extension Problem: LocalizedText {
    /// "partners.json linje 3, kolonne 5, post P003: …": the place in the language, and the message too where it is
    /// a sentence of the language files (`sentence`) or of a damaged file (`JSONProblemText`).
    public func text(in language: Language) -> String {
        let book = TextBook(language)
        var place = file
        if let line {
            place += book.format(StoreErrorText.atLine, line)
            if let column { place += book.format(StoreErrorText.atColumn, column) }
        }
        if let recordID {
            place += book.format(StoreErrorText.atRecord, TerminalSafe.field(recordID, limit: TerminalSafe.quoteLimit))
        }
        return "\(TerminalSafe.field(place, limit: TerminalSafe.lineLimit)): "
            + TerminalSafe.field(
                sentence?.text(in: language) ?? storeError?.text(in: language)
                    ?? JSONProblemText.spoken(message, in: language),
                limit: TerminalSafe.lineLimit)
    }
}

extension StoreError: LocalizedText {
    /// The sentence in `language`, with values from files escaped and cut, as `description` is.
    public func text(in language: Language) -> String {
        let book = TextBook(language)
        let sentence: String
        switch self {
        case .damaged(let file, let line, let column, let message):
            var place = file
            if let line {
                place += book.format(StoreErrorText.atLine, line)
                if let column { place += book.format(StoreErrorText.atColumn, column) }
            }
            sentence = book.format(
                StoreErrorText.damaged, place,
                TerminalSafe.field(JSONProblemText.spoken(message, in: language), limit: TerminalSafe.lineLimit))
        case .invalidRecords(let problems):
            let shown = problems.prefix(5).map { $0.text(in: language) }.joined(separator: "\n  ")
            let more = problems.count > 5 ? book.format(StoreErrorText.andMoreRunCheck, problems.count - 5) : ""
            sentence = book.format(StoreErrorText.invalidRecords, shown) + more
        case .newerSchema(let file, let found, let supported):
            sentence = book.format(StoreErrorText.newerSchema, file, found, supported)
        case .notALibrary(let path):
            sentence = book.format(StoreErrorText.notALibrary, path)
        case .incompleteLibrary(let path, let missing, let hasBackups):
            let names = missing.joined(separator: ", ")
            let key: StoreErrorText =
                missing.count == 1
                ? (hasBackups ? .incompleteOneWithBackups : .incompleteOne)
                : (hasBackups ? .incompleteWithBackups : .incomplete)
            sentence = book.format(key, path, names)
        case .folderNotEmpty(let path):
            sentence = book.format(StoreErrorText.folderNotEmpty, path)
        case .readOnly(let reason):
            sentence = book.format(StoreErrorText.readOnly, reason.text(in: language))
        case .changedOnDisk(let file):
            sentence = book.format(StoreErrorText.changedOnDisk, file)
        case .io(let file, let message):
            sentence =
                "\(file): \(TerminalSafe.field(FileProblemText.spoken(message, in: language), limit: TerminalSafe.lineLimit))"
        case .conflicts(let conflicts):
            let shown = conflicts.prefix(5).map { $0.text(in: language) }.joined(separator: "\n  ")
            let more = conflicts.count > 5 ? book.format(StoreErrorText.andMore, conflicts.count - 5) : ""
            sentence =
                book.format(
                    StoreErrorText.conflicts, book.form(StoreErrorText.nounRecord, count: conflicts.count), shown)
                + more
        }
        return TerminalSafe.message(sentence)
    }
}

/// The store's sentences (`StoreError`, the place of a `Problem`), in the language files.
public enum StoreErrorText: String, TextCatalogue {
    case atLine, atColumn, atRecord
    case damaged
    case invalidRecords, andMoreRunCheck, andMore
    case newerSchema
    case notALibrary
    case incomplete, incompleteOne, incompleteWithBackups, incompleteOneWithBackups
    case folderNotEmpty
    case readOnly
    case changedOnDisk
    case conflicts
    case nounRecord

    public static let placeholders: [StoreErrorText: [String]] = [
        .atLine: ["line"], .atColumn: ["column"], .atRecord: ["record"],
        .damaged: ["place", "message"],
        .invalidRecords: ["problems"], .andMoreRunCheck: ["count"], .andMore: ["count"],
        .newerSchema: ["file", "found", "supported"],
        .notALibrary: ["path"],
        .incomplete: ["path", "files"], .incompleteOne: ["path", "files"],
        .incompleteWithBackups: ["path", "files"], .incompleteOneWithBackups: ["path", "files"],
        .folderNotEmpty: ["path"],
        .readOnly: ["reason"],
        .changedOnDisk: ["file"],
        .conflicts: ["records", "conflicts"],
    ]
}

extension AdvanceError: LocalizedText {
    public func text(in language: Language) -> String { message(in: language) }
}

extension ScoreError: LocalizedText {
    public func text(in language: Language) -> String { message(in: language) }
}

extension StoreNotice: LocalizedText {
    /// The sentence in `language`: "Fjernede 2 midlertidige filer … (x.tmp, y.tmp; 12 KB)".
    public func text(in language: Language) -> String {
        let book = TextBook(language)
        switch self {
        case .removedLeftovers(let names, let bytes):
            let list = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
            return book.format(
                StoreNoticeText.leftovers, count: names.count, NumberText.whole(names.count, in: language),
                TerminalSafe.field(list, limit: TerminalSafe.lineLimit), LibraryFolder.size(bytes, in: language))
        case .finishedInterruptedChange(let files):
            return book.format(StoreNoticeText.finishedChange, files.joined(separator: ", "))
        case .splitCatalogue(let items, let shards):
            return book.format(
                StoreNoticeText.splitCatalogue, count: items, NumberText.whole(items, in: language),
                NumberText.whole(shards, in: language))
        case .restrictedPermissions(let count):
            return book.format(
                StoreNoticeText.permissions, count: count, NumberText.whole(count, in: language))
        }
    }
}

/// What the store tidied up when it opened a library, as it tells the person who opened it.
public enum StoreNoticeText: String, TextCatalogue {
    case leftovers, finishedChange, splitCatalogue, permissions
    /// `depot check`'s warning about one temporary file, which it leaves alone (it only reads).
    case leftoverWarning

    public static let placeholders: [StoreNoticeText: [String]] = [
        .leftovers: ["count", "names", "size"], .finishedChange: ["files"], .splitCatalogue: ["items", "files"],
        .permissions: ["count"], .leftoverWarning: ["size"],
    ]
}

extension LibraryStore {
    /// `depot check`'s warnings about temporary files of saves that never finished, in `language`; it leaves them
    /// alone, as it only reads.
    public func leftoverWarnings(in language: Language) -> [Problem] {
        let book = TextBook(language)
        return leftoverTemporaryFiles().map {
            Problem(
                file: $0.name,
                message: book.format(StoreNoticeText.leftoverWarning, LibraryFolder.size($0.size, in: language)))
        }
    }
}
