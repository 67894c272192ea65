import Foundation

@testable import DepotCore

/// A small library with every kind of record and every optional field filled in somewhere.
enum Fixtures {
    static let today = Day(year: 2026, month: 11, day: 23)!

    static func day(_ text: String) -> Day { Day(text)! }

    static func library() -> LibraryData {
        let settings = LibrarySettings(
            name: "Syddjurs Bibliotekerne",
            address: Address(street: "Hovedgaden 40", postalCode: "8410", city: "Rønde"),
            routes: [
                Route(id: "mols", name: "Mols", deliveryWeekdays: [.wednesday], vanCapacity: 12, driver: "Jens"),
                Route(id: "nord", name: "Nord", deliveryWeekdays: [.tuesday], vanCapacity: 14),
            ])
        let partners = [
            Partner(
                id: "P001", name: "Børnehuset Solsikken", kind: .kindergarten,
                address: Address(street: "Skolevej 4", postalCode: "8400", city: "Ebeltoft"),
                contact: Contact(name: "Mette Sørensen", phone: "+45 86 34 12 00", email: "mette@solsikken.dk"),
                deliveryNotes: "Ring på ved den gule dør", ageGroups: [.toddlers, .preschool], childCount: 64,
                routeID: "mols", loanPeriod: .months(4),
                closures: [
                    Partner.Closure(days: DayRange(first: day("2027-07-12"), last: day("2027-07-30")), reason: "Sommer")
                ],
                notes: "Ønsker gerne dinosaurer"),
            Partner(
                id: "P002", name: "Kolind Skole", kind: .school,
                address: Address(street: "Skolevej 1", postalCode: "8560", city: "Kolind"),
                contact: Contact(name: "Åse Ærø"), ageGroups: [.school], routeID: "nord",
                finePolicy: FinePolicy(
                    mode: .charged, finePerOverdueDay: Money(kroner: 5), fineCap: Money(kroner: 100)),
                endedOn: day("2026-06-30")),
        ]
        let staff = [
            StaffMember(
                id: "S01", name: "Lone Kjær", affiliation: .init(kind: .publicLibrary, institution: "Rønde Bibliotek"),
                role: "børnebibliotekar", email: "lone@example.dk", phone: "+45 87 53 00 00"),
            StaffMember(
                id: "S02", name: "Peter Holm", affiliation: .init(kind: .school, institution: "Kolind Skole"),
                role: "skolebibliotekar", endedOn: day("2027-01-31")),
        ]
        let items = (1...6).map { number in
            Item(
                barcode: Item.ID("500000000000\(number)"), title: "Bamse og æblet \(number)",
                author: number.isMultiple(of: 2) ? "Kirsten Ø. Holm" : nil, ageBand: .preschool,
                theme: number < 4 ? "Dyr" : nil, format: number == 6 ? .boardBook : .pictureBook,
                price: Money(kroner: 199, øre: 95), status: number == 5 ? .lost : .available)
        }
        let crates = [
            Crate(
                id: "K001", theme: "Dyr i skoven", ageBand: .preschool, itemBarcodes: items[0..<3].map(\.id),
                state: .out),
            Crate(
                id: "K002", theme: "Kroppen", ageBand: .toddlers, itemBarcodes: items[3..<5].map(\.id),
                notes: "Ny kasse"),
        ]
        let deposits = [
            Deposit(
                id: "D2025-0001", partnerID: "P001", kind: .deposit, crateIDs: ["K002"],
                itemBarcodes: items[3..<5].map(\.id), createdOn: day("2025-09-01"), dispatchedOn: day("2025-09-03"),
                dueOn: day("2025-12-03"), returnedOn: day("2025-12-03"),
                exceptions: [
                    Deposit.Exception(barcode: items[4].id, kind: .lost, recordedOn: day("2025-12-03"), note: "Væk")
                ]),
            Deposit(
                id: "D2026-0001", partnerID: "P001", kind: .deposit, crateIDs: ["K001"],
                itemBarcodes: items[0..<3].map(\.id), createdOn: day("2026-08-28"), dispatchedOn: day("2026-09-02"),
                dueOn: day("2026-12-02"), renewals: 1, notes: "Første kasse"),
        ]
        let teams = [
            PartnershipTeam(
                id: "skofo", name: "SKOFO", memberIDs: ["S01", "S02"], coordinatorID: "S01",
                aims: ["Glidende overgang fra skolebibliotek til folkebibliotek"],
                targets: [PartnershipTeam.OutcomeTarget(description: "Skoler deltager", target: 7)],
                reviewOn: day("2027-06-01"))
        ]
        let events = [
            Event(
                id: "E2027-01", kind: .readingCompetition, title: "Syddjursmesterskaberne i oplæsning",
                startsOn: day("2027-03-10"), endsOn: day("2027-03-10"), venue: "Rønde Bibliotek", teamID: "skofo",
                partnerIDs: ["P002"], notes: "290 elever i salen")
        ]
        return LibraryData(
            settings: settings, partners: partners, staff: staff, items: ItemCatalogue(items), crates: crates,
            deposits: deposits,
            teams: teams, events: events)
    }

    /// A fresh, empty folder that is removed when the returned guard is released.
    static func temporaryFolder(_ name: String = #function) -> TemporaryFolder { TemporaryFolder(name) }
}

final class TemporaryFolder {
    let path: String

    init(_ name: String) {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        path = NSTemporaryDirectory() + "depot-test-\(safe)-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ relative: String) -> String { "\(path)/\(relative)" }

    func read(_ relative: String) throws -> String { try String(contentsOfFile: file(relative), encoding: .utf8) }

    func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: file(relative), atomically: false, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
