import Testing

@testable import DepotCore

@Suite("Searching many texts at once")
struct SearchCorpusTests {
    @Test func findsWhatEachTextWouldSayItHolds() {
        var random = SystemRandomNumberGenerator()
        let words = ["bamse", "Bjørn", "æble", "", "a", "aa", "Søren", "x\u{0}y", "5000", "Rasmus Klump", "ba"]
        let texts = (0..<3_000).map { _ in
            SearchText(
                (0..<Int.random(in: 0...3, using: &random)).map { _ in words.randomElement(using: &random)! }
                    .joined(separator: " "))
        }
        let corpus = SearchCorpus(texts)
        #expect(corpus.count == texts.count)
        for query in ["b", "ba", "bamse", "aa", "å", "oe", "s ", "0", "x\u{0}y", "\u{0}", "q", "Rasmus Klump ba", ""] {
            let needle = SearchText(query)
            #expect(
                corpus.positions(containing: needle) == texts.indices.filter { texts[$0].contains(needle) },
                "\(query)")
        }
    }

    @Test func aMatchNeverSpansTwoTexts() {
        let corpus = SearchCorpus([SearchText("ab"), SearchText("cd"), SearchText(""), SearchText("bcd")])
        #expect(corpus.positions(containing: SearchText("bc")) == [3])
        #expect(corpus.positions(containing: SearchText("d")) == [1, 3])
    }
}
