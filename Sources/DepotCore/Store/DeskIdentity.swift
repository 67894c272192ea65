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
    /// on `today`; else a sentence saying who can be named.
    public static func staff(named text: String, in data: LibraryData, today: Day) -> Result<StaffMember, Refusal> {
        switch StaffLookup.find(text, in: data.staff) {
        case .success(let member):
            if let ended = member.endedOn, ended < today {
                return .failure(
                    Refusal(
                        description: "\(member.name) (\(member.id)) left the team on \(ended) and cannot sign changes"))
            }
            return .success(member)
        case .failure(let problem):
            let known = data.staff.filter { $0.endedOn.map { $0 >= today } ?? true }
                .map { "\($0.id) \($0.name)" }.prefix(8).joined(separator: ", ")
            return .failure(Refusal(description: "\(problem.description) (staff.json has: \(known))"))
        }
    }

    /// Why a name given for the desk was not taken.
    public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    private static func key(_ folder: String) -> String {
        folder.hasPrefix("/") ? folder : FileManager.default.currentDirectoryPath + "/" + folder
    }
}
