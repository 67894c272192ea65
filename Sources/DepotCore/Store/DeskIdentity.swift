import Foundation

/// Who works at this machine, remembered per library: the staff member the change log names (`ChangeLog`).
///
/// Kept in `$XDG_CONFIG_HOME/depot/desk.json` (else `~/.config/depot/desk.json`), outside the library: the library
/// is shared by the whole team, the desk is one person's. The file maps each library folder to a staff id.
public enum DeskIdentity {
    struct File: Codable {
        var staffByLibrary: [String: String] = [:]
    }

    /// The file the identity is kept in, from the environment.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return "\(config)/depot/desk.json" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return "\(home)/.config/depot/desk.json"
    }

    /// The staff id remembered for the library in `folder`, if any.
    public static func remembered(for folder: String, at path: String = path()) -> StaffMember.ID? {
        guard let bytes = try? AtomicFile.read(path),
            let file = try? JSONDecoder().decode(File.self, from: Data(bytes)),
            let id = file.staffByLibrary[key(folder)]
        else { return nil }
        return StaffMember.ID(id)
    }

    /// Remembers `staff` as the one at this desk for the library in `folder`. A file that cannot be written only
    /// means the next start asks again.
    public static func remember(_ staff: StaffMember.ID, for folder: String, at path: String = path()) {
        var file =
            (try? AtomicFile.read(path)).flatMap { try? JSONDecoder().decode(File.self, from: Data($0)) }
            ?? File()
        file.staffByLibrary[key(folder)] = staff.rawValue
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let bytes = try? encoder.encode(file) else { return }
        try? AtomicFile.makeFolder(FilePath.parent(FilePath.parent(path)))
        try? AtomicFile.makeFolder(FilePath.parent(path))
        try? AtomicFile.write(Array(bytes), to: path)
    }

    /// The staff member `text` names (an id or a part of a name only one has), who must still work for the team
    /// on `today`; else why not, which says who can be named.
    public static func staff(named text: String, in data: LibraryData, today: Day) -> Result<StaffMember, Refusal> {
        switch StaffLookup.find(text, in: data.staff) {
        case .success(let member):
            if let ended = member.endedOn, ended < today {
                return .failure(.left(name: member.name, id: member.id, on: ended))
            }
            return .success(member)
        case .failure(let problem):
            let known = data.staff.filter { $0.endedOn.map { $0 >= today } ?? true }
                .map { "\($0.id) \($0.name)" }.prefix(8)
            return .failure(.notFound(problem, known: Array(known)))
        }
    }

    /// Why a name given for the desk was not taken, said in the language asked for (`text(in:)`).
    public enum Refusal: Error, Hashable, Sendable, CustomStringConvertible, LocalizedText {
        /// The member named left the team on that day and cannot sign changes.
        case left(name: String, id: StaffMember.ID, on: Day)
        /// No one, or more than one, is called that; `known` are some of the staff who can be named ("S01 Lone Kjær").
        case notFound(StaffLookup.Failure, known: [String])

        /// The sentence in English; `text(in:)` says it in the language asked for.
        public var description: String { text(in: .english) }

        public func text(in language: Language) -> String {
            let book = TextBook(language)
            switch self {
            case .left(let name, let id, let day):
                return book.format(LookupText.staffLeft, name, id, day)
            case .notFound(let problem, let known):
                return book.format(
                    LookupText.staffKnown, problem.text(in: language), known.joined(separator: ", "))
            }
        }
    }

    private static func key(_ folder: String) -> String {
        folder.hasPrefix("/") ? folder : FileManager.default.currentDirectoryPath + "/" + folder
    }
}
