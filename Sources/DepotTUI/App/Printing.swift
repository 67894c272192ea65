import DepotCore
import Foundation

/// Sends printouts: each is written to the library's `printouts/` folder (so it can be printed again or mailed),
/// then handed to `lp` or `lpr` when the machine has one. The screen is left while the printer command runs.
enum Printing {
    /// Writes and prints `job`; returns the message for the status line.
    static func send(_ job: PrintJob, libraryFolder: String, terminal: Terminal?, strings: Strings) -> String {
        let folder = "\(libraryFolder)/printouts"
        let path = "\(folder)/\(job.name)"
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data(job.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        } catch {
            return strings.format(.printFailed, "\(path): \(error.localizedDescription)")
        }
        // A web page goes to a browser, which prints it with its own A4 stylesheet; lp would print the HTML source.
        if job.name.hasSuffix(".html") { return strings.format(.savedForBrowser, path) }
        guard let printer = printerCommand() else { return strings.format(.savedForPrinting, path) }
        let status = terminal?.suspended { run(printer, path) } ?? run(printer, path)
        return status == 0 ? strings.format(.printed, path) : strings.format(.printFailed, "\(printer) \(path)")
    }

    /// `lp` or `lpr` from the PATH, unless `DEPOT_NO_PRINTER` is set (tests, demonstrations).
    static func printerCommand(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if environment["DEPOT_NO_PRINTER"] != nil { return nil }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["lp", "lpr"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    private static func run(_ command: String, _ path: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = [path]
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        } catch {
            return -1
        }
    }
}
