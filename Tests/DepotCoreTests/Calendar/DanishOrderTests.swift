import Testing

@testable import DepotCore

@Suite("Danish order")
struct DanishOrderTests {
    @Test func danishLettersComeAfterZInTheirOwnOrder() {
        let names = ["Åbyhøj", "Ørsted", "Ærø", "Zoo", "Aarhus", "bakke", "Anemonen", "Émile"]
        #expect(
            names.sorted { DanishSortKey($0) < DanishSortKey($1) }
                == ["Anemonen", "bakke", "Émile", "Zoo", "Ærø", "Ørsted", "Åbyhøj", "Aarhus"])
    }
}
