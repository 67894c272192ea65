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
