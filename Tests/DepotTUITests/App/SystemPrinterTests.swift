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
