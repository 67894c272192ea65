import Foundation
import Testing

@testable import DepotCore

/// `depot week --with-items`: a packing list for every crate to leave, after the route sheets.
@Suite("Week packing lists")
struct WeekPackingTests {
    static let data = LibraryGenerator(scale: .sample).generate()
    static let today = Day("2026-11-23")!

    private func schedule(_ week: String) -> WeekSchedule {
        WeekSchedule.build(data: Self.data, week: ISOWeek(week)!, today: Self.today)
    }

    @Test func everyCrateToLeaveGetsAPackingListAfterTheRouteSheets() throws {
        let schedule = schedule("2026-W48")
        let index = LibraryIndex(Self.data)
        let crates = WeekText.cratesToLeave(schedule, data: Self.data, index: index)
        let leaving = schedule.visits.flatMap { $0.leave ?? [] }
        #expect(!leaving.isEmpty)
        #expect(crates.map(\.0.id) == leaving)

        let plain = WeekText.text(for: schedule, data: Self.data, language: .danish)
        let text = WeekText.text(for: schedule, data: Self.data, language: .danish, withItems: true)
        #expect(text.hasPrefix(plain + "\u{0C}"))
        let pages = text.components(separatedBy: "\u{0C}")
        let packing = pages.suffix(crates.count)
        #expect(pages.count == 1 + schedule.routeDays.count + crates.count)
        for ((crate, visit), page) in zip(crates, packing) {
            #expect(page.contains("Pakkeliste for kasse \(crate.id)"))
            #expect(!crate.itemBarcodes.isEmpty)
            for barcode in crate.itemBarcodes {
                let item = try #require(Self.data.items.first { $0.barcode == barcode })
                let line = try #require(page.split(separator: "\n").first { $0.hasPrefix(barcode.rawValue) })
                #expect(line.contains(String(item.title.prefix(30))))
            }
            let partner = try #require(Self.data.partners.first { $0.id == visit.partnerID })
            #expect(page.contains("Til:       \(partner.name) · "))
        }
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }

    @Test func theHTMLHasAPackingSheetPerCrate() throws {
        let schedule = schedule("2026-W48")
        let crates = WeekText.cratesToLeave(schedule, data: Self.data, index: LibraryIndex(Self.data))
        let html = WeekHTML.page(for: schedule, data: Self.data, language: .english, withItems: true)
        let plain = WeekHTML.page(for: schedule, data: Self.data, language: .english)
        #expect(html.components(separatedBy: "<section class=\"sheet packing\">").count == crates.count + 1)
        #expect(!plain.contains("packing"))
        for (crate, _) in crates {
            #expect(html.contains("Packing list for crate \(crate.id)"))
            for barcode in crate.itemBarcodes { #expect(html.contains("<td>\(barcode)</td>")) }
        }
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }

    @Test func cratesNotPackedOrUnknownHaveNoList() throws {
        // Christmas week: P1's crates to leave are not known, and the library has no records of K4 and K5.
        let data = WeekTestLibrary.christmas()
        let schedule = WeekSchedule.build(data: data, week: ISOWeek("2026-W52")!, today: Day("2026-12-18")!)
        #expect(schedule.visits.contains { $0.leave == nil })
        #expect(WeekText.cratesToLeave(schedule, data: data, index: LibraryIndex(data)).isEmpty)
        #expect(
            WeekText.text(for: schedule, data: data, language: .danish, withItems: true)
                == WeekText.text(for: schedule, data: data, language: .danish))
    }
}
