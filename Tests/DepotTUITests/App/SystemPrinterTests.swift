import Foundation
import Testing

@testable import DepotTUI

@Suite("System printer")
struct SystemPrinterTests {
    @Test func aRelativePathStartingWithADashIsMadeAbsolute() {
        #expect(
            SystemPrinter.arguments(for: "-x/printouts/week.txt", currentDirectory: "/home/bib") == [
                "/home/bib/-x/printouts/week.txt"
            ])
        #expect(SystemPrinter.arguments(for: "-week.txt", currentDirectory: "/") == ["/-week.txt"])
        #expect(
            SystemPrinter.arguments(for: "/srv/lib/printouts/w.txt", currentDirectory: "/home") == [
                "/srv/lib/printouts/w.txt"
            ])
    }

    @Test func noArgumentEverStartsWithADash() {
        for path in ["-", "--help", "-P printer", "a", "./-x"] {
            let arguments = SystemPrinter.arguments(for: path)
            #expect(arguments.count == 1)
            #expect(arguments.allSatisfy { $0.hasPrefix("/") })
        }
    }

    /// A folder with an executable `lp` that prints `output` and exits with `status`, as a printer command would.
    private func fakePrinter(output: String, status: Int) throws -> (folder: String, printer: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("depot-lp-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let printer = "\(folder)/lp"
        try "#!/bin/sh\necho 'request from \\$0'\necho '\(output)' >&2\nexit \(status)\n".write(
            toFile: printer, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: printer)
        return (folder, printer)
    }

    @Test func aRefusingPrinterGivesItsReasonAndWhereTheFileIs() throws {
        let (folder, printer) = try fakePrinter(output: "lp: Error - No default destination.", status: 1)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let message = Printing.send(
            PrintJob(name: "pakkeliste-K001.txt", text: "Pakkeliste"), libraryFolder: folder, terminal: nil,
            strings: Strings(.danish), printer: printer)
        #expect(
            message
                == "Kunne ikke udskrive (lp: Error - No default destination.). Filen er gemt: "
                + "\(folder)/printouts/pakkeliste-K001.txt")
        #expect(FileManager.default.fileExists(atPath: "\(folder)/printouts/pakkeliste-K001.txt"))
    }

    @Test func aPrinterThatSaysNothingIsNamedWithItsStatus() throws {
        let (folder, printer) = try fakePrinter(output: "", status: 3)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = SystemPrinter.runCapturing(printer, "\(folder)/x.txt")
        #expect(result.status == 3)
        let message = Printing.send(
            PrintJob(name: "x.txt", text: "x"), libraryFolder: folder, terminal: nil, strings: Strings(.english),
            printer: "/bin/false")
        #expect(
            message
                == "Could not print (false stopped with exit status 1). The file is saved: \(folder)/printouts/x.txt")
    }

    @Test func aPrinterThatPrintsSaysWhere() throws {
        let (folder, printer) = try fakePrinter(output: "", status: 0)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let message = Printing.send(
            PrintJob(name: "x.txt", text: "x"), libraryFolder: folder, terminal: nil, strings: Strings(.danish),
            printer: printer)
        #expect(message == "Udskrevet: \(folder)/printouts/x.txt")
    }
}

@Suite("First run")
struct FirstRunTests {
    @Test func theScreenOpensSayingTheLibraryWasMadeFromTheSample() {
        let text = DepotApp.openingMessage(
            Strings(.danish), folder: "/home/bib/depot", createdFromSample: true, notices: [], readOnlyReason: nil)
        #expect(text == "Et nyt bibliotek er lavet ud fra eksempelbiblioteket i /home/bib/depot.")
        #expect(
            DepotApp.openingMessage(
                Strings(.english), folder: "/x", createdFromSample: false, notices: [], readOnlyReason: nil
            ).isEmpty)
    }
}

@Suite("System printer: queue and A4 layout")
struct SystemPrinterInvocationTests {
    @Test func textGoesOutLaidOutForA4OnTheNamedQueue() {
        let lp = SystemPrinter.invocation("/usr/bin/lp", "/lib/printouts/week.txt", printer: "kontor")
        #expect(Array(lp.prefix(2)) == ["-d", "kontor"])
        #expect(lp.contains("cpi=12") && lp.contains("lpi=6") && lp.contains("media=A4"))
        #expect(lp.last == "/lib/printouts/week.txt")
        let lpr = SystemPrinter.invocation("/usr/bin/lpr", "/lib/printouts/week.txt", printer: "kontor")
        #expect(Array(lpr.prefix(2)) == ["-P", "kontor"])
        // No queue named: the system's default; a file that is not plain text gets no text layout.
        #expect(SystemPrinter.invocation("/usr/bin/lp", "/w.txt").first == "-o")
        #expect(SystemPrinter.invocation("/usr/bin/lp", "/w.pdf") == ["/w.pdf"])
        #expect(SystemPrinter.invocation("/usr/bin/lp", "/w.prn", plainText: true).contains("cpi=12"))
    }
}
