import DepotCore
import Testing

@testable import DepotTUI

/// Every question the screen asks before a change is shown whole — wrapped inside its box, never cut — at the
/// desk PC's 80×24 and at 100×30, in both languages. Each question is reached as a person would, with the longest
/// names the sample has where the question names something.
@Suite("Confirmations that fit")
struct ConfirmationsFitTests {
    enum Question: String, CaseIterable, Sendable {
        case writeOff, withdrawItem, endPartnership, renew, specialDelivery, publish
    }

    static let sizes = [(80, 24), (100, 30)]

    /// The partner with the longest name that has a deposit out, and that deposit.
    static var longestOut: (Partner, Deposit) {
        let data = ScreenTest.sample
        let out = data.deposits.filter(\.isOut)
        let partner = data.partners.filter { partner in out.contains { $0.partnerID == partner.id } }
            .max { $0.name.count < $1.name.count }!
        return (partner, out.last { $0.partnerID == partner.id }!)
    }

    /// Asks the question, as a person would.
    static func ask(_ question: Question, _ language: Language) throws -> AppState {
        var state = ScreenTest.app(language)
        let data = ScreenTest.sample
        switch question {
        case .writeOff:
            let (_, deposit) = longestOut
            let item = try #require(
                deposit.itemBarcodes.compactMap { id in data.items.first { $0.id == id } }
                    .max { $0.title.count < $1.title.count })
            state.show(.item(item.id))
            state.press(.character("t"))
        case .withdrawItem:
            let item = try #require(
                data.items.filter { $0.status == .available }.max { $0.title.count < $1.title.count })
            state.show(.item(item.id))
            state.press(.character("d"))
        case .endPartnership:
            let partner = try #require(data.partners.filter { $0.isActive }.max { $0.name.count < $1.name.count })
            state.show(.partner(partner.id))
            state.press(.character("d"))
        case .renew:
            state.show(.deposit(longestOut.1.id))
            state.press(.character("f"))
        case .specialDelivery:
            // A partner whose van does not come on Monday 23 November, today.
            let partner = try #require(
                data.partners.filter { partner in
                    partner.isActive
                        && !DueDates.isDeliveryDay(ScreenTest.today, for: partner, settings: data.settings)
                        && data.settings.routes.contains { $0.id == partner.routeID }
                }.max { $0.name.count < $1.name.count })
            state.show(.partner(partner.id))
            state.press(.character("u"))
        case .publish:
            state.press(.character("7"), .character("P"), .character("u"))
        }
        return state
    }

    /// The text inside the question's box (`┌─ ? ─…┐`), its rows joined, and whether it ends with the yes/no line.
    static func dialog(in lines: [String]) -> (question: String, answers: String)? {
        guard let top = lines.firstIndex(where: { $0.contains("┌─ ? ─") }) else { return nil }
        let row = Array(lines[top])
        guard let left = row.firstIndex(of: "┌"), let right = row.lastIndex(of: "┐") else { return nil }
        var inside: [String] = []
        for line in lines[(top + 1)...] {
            let cells = Array(line)
            guard cells.count > right else { return nil }
            if cells[left] == "└" { break }
            inside.append(String(cells[(left + 1)..<right]).trimmingCharacters(in: .whitespaces))
        }
        guard inside.count >= 3 else { return nil }
        let question = inside.dropLast(2).joined(separator: " ")
        return (question, inside.last ?? "")
    }

    @Test(arguments: Question.allCases, [Language.danish, .english])
    func theQuestionIsShownWhole(question: Question, language: Language) throws {
        var state = try Self.ask(question, language)
        let asked = try #require(state.confirmation?.question, "\(question) asks")
        for (columns, rows) in Self.sizes {
            let lines = ScreenTest.screen(&state, width: columns, height: rows)
            #expect(ScreenTest.garbage(in: lines, width: columns).isEmpty)
            let shown = try #require(Self.dialog(in: lines), "\(question) at \(columns)×\(rows)")
            // Word for word as asked, only broken into rows: nothing cut, nothing dropped.
            #expect(
                shown.question.split(separator: " ") == asked.split(separator: " "),
                "\(question) at \(columns)×\(rows): \(shown.question)")
            #expect(shown.answers == state.strings[.confirmYesNo])
        }
    }
}
