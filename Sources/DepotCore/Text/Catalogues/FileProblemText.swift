import Foundation

/// Why a file of the library could not be read or written (`StoreError.io`, most of them `AtomicFile`'s), in
/// Depot's languages.
///
/// As with `JSONProblemText`, the sentences are made in English where the problem is found and travel as text, so
/// the English texts here are those sentences word for word, and `spoken(_:in:)` says them in the language asked
/// for, with the operating system's reason (`strerror`, English) said too where it is a common one. A sentence of a
/// form not here stays English; the file named stays as it is.
public enum FileProblemText: String, TextCatalogue {
    case cannotFinishTemporary, cannotReplace, cannotCreateTemporary, cannotLookAtFile, cannotLookAtFolder
    case notRegularWritten, notAFolder, cannotCreateFolder, symbolicLinkNotRead, cannotOpen, cannotReadSize
    case notRegularRead, becameShorter, cannotRead, cannotWrite, cannotFlush, libraryExists, sampleMissing
    case changeRecorded, noPlan, cannotNameShard, cannotPlaceSplit, cannotMoveOldCatalogue, keptChanging, cannotLock
    case lockHeld, anotherDepot, cannotKeepBackup, notWrittenToFile, dateCannotBeSaved
    // What a name is instead of a regular file.
    case aSymbolicLink, aFIFO, aDevice, aFolder, aSocket, notAPlainFile, aFile
    // The operating system's reasons.
    case permissionDenied, noSuchFile, noSpace, readOnlyFileSystem, isADirectory, notADirectory, tooManyLinks
    case quotaExceeded, ioError, nameTooLong, notPermitted

    public static let placeholders: [FileProblemText: [String]] = [
        .cannotFinishTemporary: ["reason"], .cannotReplace: ["reason"], .cannotCreateTemporary: ["reason"],
        .cannotLookAtFile: ["reason"], .cannotLookAtFolder: ["reason"], .notRegularWritten: ["kind"],
        .notAFolder: ["kind"], .cannotCreateFolder: ["reason"], .cannotOpen: ["reason"], .cannotReadSize: ["reason"],
        .notRegularRead: ["kind"], .cannotRead: ["reason"], .cannotWrite: ["reason"], .cannotFlush: ["reason"],
        .changeRecorded: ["error", "journal"], .noPlan: ["season"], .cannotNameShard: ["reason"],
        .cannotPlaceSplit: ["reason"], .cannotMoveOldCatalogue: ["reason"], .cannotLock: ["reason"],
        .lockHeld: ["holder"], .cannotKeepBackup: ["path", "reason", "error"], .notWrittenToFile: ["problem"],
        .dateCannotBeSaved: ["day", "earliest", "latest"],
    ]

    /// The sentences, most particular first ("cannot read: the file became shorter…" before "cannot read (…)").
    static let sentences: [FileProblemText] = [
        .cannotFinishTemporary, .cannotReplace, .cannotCreateTemporary, .cannotLookAtFile, .cannotLookAtFolder,
        .notRegularWritten, .notAFolder, .cannotCreateFolder, .symbolicLinkNotRead, .cannotOpen, .cannotReadSize,
        .notRegularRead, .becameShorter, .cannotRead, .cannotWrite, .cannotFlush, .libraryExists, .sampleMissing,
        .changeRecorded, .noPlan, .cannotNameShard, .cannotPlaceSplit, .cannotMoveOldCatalogue, .keptChanging,
        .cannotLock, .lockHeld, .cannotKeepBackup, .notWrittenToFile, .dateCannotBeSaved,
    ]

    /// The phrases a placeholder's value can be: kinds of names, and the operating system's reasons.
    static let phrases: [FileProblemText] = [
        .aSymbolicLink, .aFIFO, .aDevice, .aFolder, .aSocket, .notAPlainFile, .aFile, .permissionDenied, .noSuchFile,
        .noSpace, .readOnlyFileSystem, .isADirectory, .notADirectory, .tooManyLinks, .quotaExceeded, .ioError,
        .nameTooLong, .notPermitted, .anotherDepot,
    ]

    /// `message`, a sentence about a file as Depot writes it in English, in `language`; a sentence of a form this
    /// catalogue does not know is left as it is.
    public static func spoken(_ message: String, in language: Language) -> String {
        guard language != .english else { return message }
        let book = TextBook(language)
        let english = TextBook(.english)
        return book.saying(message, asOneOf: sentences, english: english) { name, value in
            // A store error inside ("crates.json: cannot replace the file (…)"): the file, and its sentence said.
            if name == "error", let colon = value.range(of: ": ") {
                return String(value[..<colon.upperBound]) + spoken(String(value[colon.upperBound...]), in: language)
            }
            // Why a save was refused before anything was written ("the date … cannot be saved").
            if name == "problem" { return spoken(value, in: language) }
            return book.saying(value, asOneOf: phrases, english: english) { _, value in value } ?? value
        } ?? message
    }
}

extension FileProblemText {
    /// Why Foundation could not read a file (`Data(contentsOf:)` of a file to import), as the operating system
    /// says it, in `language`: "filen eller mappen findes ikke". Foundation's own sentence ("The operation could
    /// not be completed…") is English whatever the locale; the reason under it is the system's, which the
    /// catalogue says. Where Foundation gives no reason (it reads a folder as an unknown error), the file at `path`
    /// is looked at for one. A reason of no kind known is Foundation's sentence.
    public static func reason(reading error: any Error, at path: String? = nil, in language: Language) -> String {
        let error = error as NSError
        var code: Int32?
        if error.domain == NSPOSIXErrorDomain {
            code = Int32(error.code)
        } else if let under = error.userInfo[NSUnderlyingErrorKey] as? NSError, under.domain == NSPOSIXErrorDomain {
            code = Int32(under.code)
        } else if error.domain == NSCocoaErrorDomain {
            switch error.code {
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: code = ENOENT
            case NSFileReadNoPermissionError: code = EACCES
            default: break
            }
        }
        if code == nil, let path {
            var info = stat()
            if stat(path, &info) != 0 {
                code = errno
            } else if info.st_mode & S_IFMT == S_IFDIR {
                code = EISDIR
            }
        }
        guard let code else { return error.localizedDescription }
        let english = String(cString: strerror(code))
        let book = TextBook(language)
        return book.saying(english, asOneOf: phrases, english: TextBook(.english)) { _, value in value } ?? english
    }
}
