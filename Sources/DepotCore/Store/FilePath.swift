import Foundation

/// Plain path arithmetic on strings. Foundation's `NSString` path methods trap on Linux for some one-component
/// paths (`"{"`, `"("`), which a user may type after `--out`; these never do.
enum FilePath {
    /// The folder part: `"a/b/c.json"` → `"a/b"`, `"c.json"` → `""`, `"/c"` → `"/"`.
    static func parent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        var folder = trimmed[..<slash]
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        return String(folder)
    }

    /// The last part: `"a/b/c.json"` → `"c.json"`.
    static func lastComponent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// `~` and `~/x` with the home folder; a path relative to the working folder made absolute.
    static func absolute(_ path: String) -> String {
        var expanded = path
        if path == "~" || path.hasPrefix("~/") {
            expanded = NSHomeDirectory() + path.dropFirst()
        }
        if !expanded.hasPrefix("/") { expanded = FileManager.default.currentDirectoryPath + "/" + expanded }
        return expanded
    }
}
