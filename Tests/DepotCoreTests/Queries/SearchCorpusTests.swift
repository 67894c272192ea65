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
            // Among an earlier query's matches, few or many and in a list's order: the same texts, in that order.
            for share in [1, 4, 16] {
                let candidates = texts.indices.filter { _ in Int.random(in: 0..<16, using: &random) < share }.shuffled()
                #expect(
                    corpus.positions(containing: needle, among: candidates)
                        == candidates.filter { texts[$0].contains(needle) }, "\(query), \(share)/16")
            }
        }
    }

    @Test func aMatchNeverSpansTwoTexts() {
        let corpus = SearchCorpus([SearchText("ab"), SearchText("cd"), SearchText(""), SearchText("bcd")])
        #expect(corpus.positions(containing: SearchText("bc")) == [3])
        #expect(corpus.positions(containing: SearchText("d")) == [1, 3])
    }

    @Test func aCorpusFoldedPartByPartHoldsTheJoinedTexts() {
        let parts = [
            ["5000100000417", "Sneglen Silke", "Maja Andersen"], ["1", "Æble", ""], ["", ""], ["Ø\u{0}x"], [],
            ["5000100000424", "Ærø og Ångström", "Zoë"], ["B-17", "Łódź 図書館", "Café"], ["", "", ""],
        ]
        var builder = SearchCorpus.Builder()
        for text in parts {
            if text.count == 3 {
                builder.append(joining: text[0], text[1], text[2])
                continue
            }
            builder.begin()
            for (number, part) in text.enumerated() {
                if number > 0 { builder.space() }
                builder.fold(part)
            }
            builder.end()
        }
        let corpus = builder.build()
        let texts = parts.map { SearchText($0.joined(separator: " ")) }
        #expect((0..<corpus.count).map(corpus.text(at:)) == texts)
        // Joined with another corpus, and parts of one copied into a new one, each text stays itself.
        let joined = SearchCorpus(concatenating: [
            corpus, SearchCorpus([SearchText("bamse")]), SearchCorpus([]), corpus,
        ])
        #expect((0..<joined.count).map(joined.text(at:)) == texts + [SearchText("bamse")] + texts)
        var copied = SearchCorpus.Builder()
        copied.append(1..<3, of: corpus)
        copied.append(0..<0, of: corpus)
        copied.append(4..<5, of: joined)
        #expect((0..<copied.build().count).map(copied.build().text(at:)) == [texts[1], texts[2], texts[4]])
        for query in ["a", "ae", "sneglen silke maja", "silke", "oe\u{0}", "", "1 aeble ", "bamse"] {
            let needle = SearchText(query)
            for position in joined.positions(containing: SearchText("")) {
                #expect(
                    joined.contains(needle, at: position) == joined.text(at: position).contains(needle),
                    "\(query) at \(position)")
            }
        }
    }

    /// Folding scalar by scalar through the one description of a fold, for comparing the quick ways with.
    private func foldedOneByOne(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars { SearchText.fold(scalar, into: &bytes) }
        return bytes
    }

    @Test func theQuickFoldGivesWhatFoldingEachScalarGives() {
        for value in UInt32(0)...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(SearchText(String(scalar)).bytes == foldedOneByOne(String(scalar)), "U+\(String(value, radix: 16))")
        }
        #expect(
            SearchText("Århus Ærø Øster Straße Café Über").bytes == Array("aarhus aeroe oester strasse cafe uber".utf8))
        var random = SystemRandomNumberGenerator()
        let pieces = ["Å", "å", "Æ", "ø", "é", "Ü", "ß", "×", "ÿ", "ǅ", "e\u{301}", "図", "a", "Z", " ", "5"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...10, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            #expect(SearchText(text).bytes == foldedOneByOne(text), "\(text.debugDescription)")
        }
    }
}
