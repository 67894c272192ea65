import Testing

@testable import DepotCore

@Suite("The checks' sentences in both languages")
struct CheckSentenceTests {
    @Test func aProblemIsSaidInTheLanguageAskedForAndItsMessageIsEnglish() throws {
        var data = LibraryGenerator(scale: .sample).generate()
        data.partners[0].routeID = "R9"
        let position = try #require(data.deposits.indices.first { data.deposits[$0].dispatchedOn != nil })
        data.deposits[position].partnerID = "P999"
        let problems = LibraryCheck.problems(in: data)
        let route = try #require(problems.first { $0.recordID == data.partners[0].id.rawValue })
        #expect(route.message == "route \"R9\" is not one of the routes in library.json")
        #expect(
            route.text(in: .danish).hasSuffix(
                "post \(data.partners[0].id): rute „R9“ er ikke en af ruterne i library.json"))
        let partner = try #require(problems.first { $0.recordID == data.deposits[position].id.rawValue })
        #expect(partner.text(in: .danish).hasSuffix("partner P999 findes ikke"))
        #expect(partner.text(in: .english).hasSuffix("partner P999 does not exist"))
        // A sentence inside a sentence (a plan's draft) is said in the same language.
        let inner = CheckSentence(.planDraft, [], inner: CheckSentence(.crateMissing, ["K999"]))
        #expect(inner.text(in: .danish) == "udkast: kasse K999 findes ikke")
        #expect(inner.text(in: .english) == "draft: crate K999 does not exist")
    }
}
