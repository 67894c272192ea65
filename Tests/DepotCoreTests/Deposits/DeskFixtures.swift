import Testing

@testable import DepotCore

/// A small library for the desk's rules, built by hand so every number in the tests can be checked on paper.
///
/// - Routes: "mols" on Wednesdays, "nord" on Tuesdays.
/// - P001 Børnehuset Solsikken (kindergarten, exempt, route mols, closed 12–30 July 2027).
/// - P002 Kolind Skole (school, charged 5 kr. a day up to 150 kr., route nord).
/// - P003 Dagplejen Rønde (childminders, exempt, no route).
/// - P004 Andebyens Børnehave (kindergarten, ended 30 June 2026).
/// - Items 5000100000001–12: K001 holds 1–4, K002 holds 5–8, K003 holds 9–10, 11 is on the shelf,
///   12 is withdrawn. Prices: 100 kr. + 10 kr. × number, so item 3 costs 130 kr.
/// - Crates K004 (empty, home) and K005 (in repair, holds nothing).
enum DeskFixtures {
    static func day(_ text: String) -> Day { Day(text)! }

    static func barcode(_ number: Int) -> Item.ID { Item.ID("50001000000" + (number < 10 ? "0" : "") + "\(number)") }

    static func price(_ number: Int) -> Money { Money(kroner: 100 + 10 * number) }

    static func library() -> LibraryData {
        let settings = LibrarySettings(
            name: "Syddjurs Bibliotekerne, Børneteamet",
            address: Address(street: "Hovedgaden 40", postalCode: "8410", city: "Rønde"),
            routes: [
                Route(id: "mols", name: "Mols", deliveryWeekdays: [.wednesday], vanCapacity: 12),
                Route(id: "nord", name: "Nord", deliveryWeekdays: [.tuesday], vanCapacity: 14),
            ])
        let partners = [
            Partner(
                id: "P001", name: "Børnehuset Solsikken", kind: .kindergarten,
                address: Address(street: "Skolevej 4", postalCode: "8400", city: "Ebeltoft"),
                contact: Contact(name: "Mette Sørensen", phone: "+45 86 34 12 00"), ageGroups: [.preschool],
                routeID: "mols",
                closures: [Partner.Closure(days: DayRange(first: day("2027-07-12"), last: day("2027-07-30")))]),
            Partner(
                id: "P002", name: "Kolind Skole", kind: .school,
                address: Address(street: "Skolevej 1", postalCode: "8560", city: "Kolind"),
                contact: Contact(name: "Åse Ærø"), ageGroups: [.school], routeID: "nord"),
            Partner(
                id: "P003", name: "Dagplejen Rønde", kind: .childminderGroup,
                address: Address(street: "Toften 2", postalCode: "8410", city: "Rønde"),
                contact: Contact(name: "Birthe Holm"), ageGroups: [.toddlers]),
            Partner(
                id: "P004", name: "Andebyens Børnehave", kind: .kindergarten,
                address: Address(street: "Andevej 13", postalCode: "8400", city: "Ebeltoft"),
                contact: Contact(name: "Anders And"), ageGroups: [.preschool], routeID: "mols",
                endedOn: day("2026-06-30")),
        ]
        let items = (1...12).map { number in
            Item(
                barcode: barcode(number), title: titles[number - 1], ageBand: .preschool, price: price(number),
                status: number == 12 ? .withdrawn : .available)
        }
        let crates = [
            Crate(id: "K001", theme: "Dyr i skoven", ageBand: .preschool, itemBarcodes: (1...4).map(barcode)),
            Crate(id: "K002", theme: "Kroppen", ageBand: .preschool, itemBarcodes: (5...8).map(barcode)),
            Crate(id: "K003", theme: "Bondegården", ageBand: .preschool, itemBarcodes: (9...10).map(barcode)),
            Crate(id: "K004", theme: "Rummet", ageBand: .preschool),
            Crate(id: "K005", theme: "Havet", ageBand: .preschool, state: .inRepair),
        ]
        return LibraryData(settings: settings, partners: partners, items: ItemCatalogue(items), crates: crates)
    }

    static let titles = [
        "Bamse og kylling", "Rasmus Klump på eventyr", "Gummi-Tarzan", "Cykelmyggen Egon", "Alfons Åberg",
        "Pippi Langstrømpe", "Halfdans ABC", "Orla Frøsnapper", "Den lille larve Aldrig Mæt", "Mulvarpen",
        "Karius og Baktus", "Gamle Ole",
    ]

    /// The library after K001 went to Solsikken on Wednesday 2 September 2026 (deposit D2026-0001, due
    /// Wednesday 2 December 2026).
    static func withSolsikkenDeposit() throws -> LibraryData {
        var data = library()
        try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-09-02"), in: &data)
        return data
    }

    /// Fails the test with the problems `LibraryCheck` finds.
    static func expectConsistent(_ data: LibraryData, sourceLocation: SourceLocation = #_sourceLocation) {
        let problems = LibraryCheck.problems(in: data)
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
    }
}
