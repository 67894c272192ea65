import Foundation
import Synchronization

/// Runs the `git` executable on one folder, never asking on a terminal: no password prompt (`GIT_TERMINAL_PROMPT=0`,
/// ssh in batch mode), no editor, standard input from /dev/null, and English messages so that they can be read.
public struct Git: Sendable {
    /// What one run of git said.
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var error: String

        public var succeeded: Bool { status == 0 }

        /// The last line git wrote to standard error (its reason), or its output's when it said nothing there.
        public var reason: String {
            let lines = (error + "\n" + output).split(whereSeparator: \.isNewline).map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty && !$0.hasPrefix("hint:") }
            let fatal = lines.last { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.last ?? ""
            return TerminalSafe.field(fatal, limit: 300)
        }

        /// Standard output cut into its lines, without empty ones.
        public var lines: [String] { output.split(whereSeparator: \.isNewline).map(String.init) }
    }

    /// git could not be started at all.
    public struct Unavailable: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public var folder: String
    /// Variables for git and the programs it starts (the merge driver), on top of this process's own.
    public var environment: [String: String]

    public init(folder: String, environment: [String: String] = [:]) {
        self.folder = folder
        self.environment = environment
    }

    /// Runs `git -C folder ARGUMENTS`.
    @discardableResult
    public func run(_ arguments: [String], extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        var variables = ProcessInfo.processInfo.environment
        // git found once on the PATH and started directly: through /usr/bin/env each run would start two programs.
        if let path = Git.executable(path: variables["PATH"]) {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = ["-C", folder] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", folder] + arguments
        }
        variables["GIT_TERMINAL_PROMPT"] = "0"
        variables["GIT_EDITOR"] = "true"
        variables["GIT_MERGE_AUTOEDIT"] = "no"
        variables["LC_ALL"] = "C"
        variables["LANGUAGE"] = "C"
        if variables["GIT_SSH_COMMAND"] == nil {
            variables["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=20"
        }
        variables.merge(environment) { $1 }
        variables.merge(extra) { $1 }
        process.environment = variables
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        // Foundation's `waitUntilExit` polls every 50 ms on Linux; a sync runs git some twenty times.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw Unavailable(description: "\(error.localizedDescription)")
        }
        let collected = Collected()
        let group = DispatchGroup()
        let errorHandle = error.fileHandleForReading
        DispatchQueue.global().async(group: group) {
            collected.set(errorHandle.readDataToEndOfFile())
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        group.wait()
        if process.terminationStatus == 127 {
            throw Unavailable(description: "the program git was not found")
        }
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: collected.get(), as: UTF8.self))
    }

    /// The git program on `path` (the PATH's folders), found once per PATH; nil when none is there.
    static func executable(path: String?) -> String? {
        let path = path ?? "/usr/local/bin:/usr/bin:/bin"
        return found.withLock { cache in
            if let known = cache[path] { return known }
            let program = path.split(separator: ":").map { "\($0.isEmpty ? "." : $0)/git" }.first {
                FileManager.default.isExecutableFile(atPath: $0)
            }
            cache[path] = .some(program)
            return program
        }
    }

    private static let found = Mutex<[String: String?]>([:])

    /// Runs git and returns its output's first line trimmed, or nil when git failed or said nothing.
    func value(_ arguments: [String]) throws -> String? {
        let result = try run(arguments)
        guard result.succeeded else { return nil }
        let text = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

/// Bytes read on another thread.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    func get() -> Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
