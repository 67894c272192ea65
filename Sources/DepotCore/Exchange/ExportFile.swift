import Foundation

/// Writes an export or a printout to a file the way the store writes its own: atomically (never a half-written
/// file), readable by the owner only, since letters and lists name partners' contact people.
public enum ExportFile {
    public static func write(_ text: String, to path: String) throws(StoreError) {
        var absolute = (path as NSString).expandingTildeInPath
        if !absolute.hasPrefix("/") { absolute = FileManager.default.currentDirectoryPath + "/" + absolute }
        do {
            try AtomicFile.write(Array(text.utf8), to: absolute)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.io(file: path, message: "\(error)")
        }
    }
}
