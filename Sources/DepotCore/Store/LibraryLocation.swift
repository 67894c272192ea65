import Foundation

/// Where a library lives, and the sample library a new user starts from.
public enum LibraryLocation {
    /// The library folder: `--data`, else `$DEPOT_DATA`, else `$XDG_DATA_HOME/depot`, else
    /// `~/.local/share/depot`.
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let data = environment["DEPOT_DATA"], !data.isEmpty { return data }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return "\(xdg)/depot" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return "\(home)/.local/share/depot"
    }

    /// The sample library that travels with the program (a copy of the repository's `data/`).
    public static var sampleLibraryFolder: String? {
        Bundle.module.url(forResource: "data", withExtension: nil)?.path
    }

    /// Makes sure a library exists in `folder`: when the folder is new or empty, copies the sample library there
    /// and returns true. A folder with only some of a library's files is damaged, and one with other things in it
    /// is someone else's: both are refused and left exactly as they are. The bundled sample itself is only read.
    @discardableResult
    public static func ensureLibrary(at folder: String) throws -> Bool {
        let layout = LibraryFolder(path: folder)
        switch layout.shape {
        case .complete: return false
        case .incomplete(let missing):
            throw StoreError.incompleteLibrary(path: folder, missing: missing, hasBackups: layout.hasBackups)
        case .foreign: throw StoreError.folderNotEmpty(path: folder)
        case .absentOrEmpty: break
        }
        guard let sample = sampleLibraryFolder else {
            throw StoreError.io(file: folder, message: "the sample library is missing from this installation")
        }
        let data = try LibraryStore(folder: sample, forWriting: false).load()
        try LibraryStore.create(folder: folder, with: data).close()
        return true
    }
}
