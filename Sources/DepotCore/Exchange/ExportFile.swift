import Foundation

/// Writes an export or a printout to a file the way the store writes its own: atomically (never a half-written
/// file), readable by the owner only, since letters and lists name partners' contact people. Like the store, it
/// never writes through a link or onto a device or FIFO: such a target is refused by name.
public enum ExportFile {
    /// Writes `text` to `path`; with `makingFolder`, creates the folder it goes in (owner only) when missing.
    public static func write(_ text: String, to path: String, makingFolder: Bool = false) throws(StoreError) {
        try write(bytes: Array(text.utf8), to: path, makingFolder: makingFolder)
    }

    /// Writes `bytes` (a spreadsheet, say) to `path` in the same way.
    public static func write(bytes: [UInt8], to path: String, makingFolder: Bool = false) throws(StoreError) {
        let absolute = FilePath.absolute(path)
        do {
            if makingFolder { try AtomicFile.makeFolder(FilePath.parent(absolute)) }
            try AtomicFile.write(bytes, to: absolute)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.io(file: path, message: "\(error)")
        }
    }
}
