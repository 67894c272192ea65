import DepotCore
import Foundation

/// The machine's printer: `lp` or `lpr` from the PATH. The screen (`Printing`) and `depot week --print` both send
/// through it, so they agree on which command prints and on what it is given.
public enum SystemPrinter {
    /// `lp` or `lpr` from the PATH, unless `DEPOT_NO_PRINTER` is set (tests, demonstrations).
    public static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if environment["DEPOT_NO_PRINTER"] != nil { return nil }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["lp", "lpr"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// Whether a file of this name goes to the printer. A web page does not: a browser prints it with its own A4
    /// stylesheet, while lp would print the HTML source.
    public static func prints(_ fileName: String) -> Bool { !fileName.hasSuffix(".html") }

    /// What the printer command is given for the file at `path`: the path made absolute, so that a name starting
    /// with "-" (a library given as `--data=-x`, an `--output=-week.txt`) can never be read as an option by lp or
    /// lpr. (Not `--`: not every lpr takes it.)
    public static func arguments(
        for path: String, currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> [String] {
        if path.hasPrefix("/") { return [path] }
        return [(currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/") + path]
    }

    /// Everything the printer command is given: the queue (`-d` for lp, `-P` for lpr) when one is named, the A4
    /// layout of a plain-text printout (`TextPrintLayout`; by default for a `.txt` file), then the absolute path.
    public static func invocation(
        _ command: String, _ path: String, printer: String? = nil, plainText: Bool? = nil,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> [String] {
        var result: [String] = []
        if let printer { result += [command.hasSuffix("lpr") ? "-P" : "-d", printer] }
        if plainText ?? path.hasSuffix(".txt") { result += TextPrintLayout.printerOptions }
        return result + arguments(for: path, currentDirectory: currentDirectory)
    }

    /// Runs `command` on the file at `path` (on the queue `printer` when named) with its output and errors
    /// captured, so that nothing lands on the screen: the exit status (-1 when it could not be started) and the
    /// reason it gave when it failed ("lp: No default destination"), its last line of output, made safe for the
    /// terminal and cut short.
    public static func runCapturing(
        _ command: String, _ path: String, printer: String? = nil, plainText: Bool? = nil
    ) -> (status: Int32, reason: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = invocation(command, path, printer: printer, plainText: plainText)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return (-1, TerminalSafe.message("\(command): \(error.localizedDescription)", limit: 160))
        }
        // Read before waiting: a printer command that says much would block on a full pipe.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let reason = lines.last.map { TerminalSafe.message($0, limit: 160) } ?? ""
        return (process.terminationStatus, reason)
    }

    /// Runs `command` on the file at `path`, on `printer` when named; the command's exit status, or -1 when it
    /// could not be started.
    public static func run(_ command: String, _ path: String, printer: String? = nil, plainText: Bool? = nil) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = invocation(command, path, printer: printer, plainText: plainText)
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        } catch {
            return -1
        }
    }
}

/// Sends printouts: each is written to the library's `printouts/` folder (so it can be printed again or mailed),
/// then handed to the `SystemPrinter` when the machine has one. The screen is left while the printer command runs.
enum Printing {
    /// Writes and prints `job` with `printer` (the machine's printer command, unless a test gives its own) on the
    /// queue `queue` (the library's `printer` setting; nil for the default); returns the message for the status
    /// line. A printer that refuses says why (lp's own words) and where the file is, to print later.
    static func send(
        _ job: PrintJob, libraryFolder: String, terminal: Terminal?, strings: Strings,
        printer: String? = SystemPrinter.command(), queue: String? = nil
    ) -> String {
        let folder = "\(libraryFolder)/printouts"
        let path = "\(folder)/\(job.name)"
        do {
            try ExportFile.write(job.text, to: path, makingFolder: true)
        } catch {
            return strings.format(.printFailed, error.text(in: strings.language))
        }
        guard SystemPrinter.prints(job.name) else { return strings.format(.savedForBrowser, path) }
        guard let printer else { return strings.format(.savedForPrinting, path) }
        let (status, reason) = SystemPrinter.runCapturing(printer, path, printer: queue)
        guard status != 0 else { return strings.format(.printed, path) }
        let name = printer.split(separator: "/").last.map(String.init) ?? printer
        let why = reason.isEmpty ? strings.format(.printerStatus, name, status) : reason
        return strings.format(.printFailedSaved, why, path)
    }
}
