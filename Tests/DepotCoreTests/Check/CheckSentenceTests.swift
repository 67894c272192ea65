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

    @Test func aRoundIsNamedInsideTheSentenceAboutIt() throws {
        let sentence = CheckSentence(.roundReaderMissing, [CheckSentence(.roundNamed, [1, "Skolerunde"]), "R99"])
        #expect(sentence.text(in: .danish).hasPrefix("runde 1 (Skolerunde) nævner oplæser R99, som ikke er blandt"))
        #expect(sentence.text(in: .english).hasPrefix("round 1 (Skolerunde) lists reader R99, who is not among"))
        var data = LibraryGenerator(scale: .sample).generate()
        let event = try #require(data.events.indices.first { !data.events[$0].tasks.isEmpty })
        data.events[event].tasks[0].ownerID = "S999"
        let problem = try #require(LibraryCheck.problems(in: data).first { $0.message.contains("S999") })
        #expect(problem.text(in: .danish).contains("ejes af S999, som ikke er i staff.json"))
    }
}
