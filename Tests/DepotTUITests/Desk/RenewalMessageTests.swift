import DepotCore
import Testing

@testable import DepotTUI

/// `f` on a deposit names the new due date as the screen writes days ("18. maj 2027"), in the question and in
/// the message after it, not as the files keep it ("2027-05-18").
@Suite struct RenewalMessageTests {
    @Test(arguments: [Language.danish, .english])
    func theRenewalSaysTheDayAsTheScreenWritesDays(language: Language) throws {
        let data = ScreenTest.sample
        let deposit = try #require(data.deposits.last { $0.isOut })
        let partner = try #require(data.partners.first { $0.id == deposit.partnerID })
        let until = DueDates.renewed(deposit, for: partner, settings: data.settings)
        var state = ScreenTest.app(language)
        state.show(.deposit(deposit.id))
        state.press(.character("f"))
        let question = try #require(state.confirmation?.question)
        let long = state.strings.days.long(until)
        #expect(question.contains(long), "\(question)")
        #expect(!question.contains(until.description), "not the files' form")
        state.press(.character(language == .danish ? "j" : "y"))
        #expect(state.message.contains(long), "\(state.message)")
        #expect(!state.message.contains(until.description))
    }
}
