import Foundation

@testable import DepotCore

/// A small library for the week tests: two routes, three partners, one of them closed over Christmas.
enum WeekTestLibrary {
    static func day(_ text: String) -> Day { Day(text)! }

    static func partner(
        _ id: Partner.ID, _ name: String, street: String, postalCode: String, route: Route.ID?,
        closures: [Partner.Closure] = [], notes: String? = nil
    ) -> Partner {
        Partner(
            id: id, name: name, kind: .kindergarten,
            address: Address(street: street, postalCode: postalCode, city: postalCode == "8400" ? "Ebeltoft" : "Rønde"),
            contact: Contact(name: "Kontakt \(id)", phone: "+45 86 00 00 0\(id.rawValue.suffix(1))"),
            deliveryNotes: notes, ageGroups: [.preschool], routeID: route, closures: closures)
    }

    /// Week 52 of 2026: Christmas Eve on Thursday. P2 is closed 21 December – 1 January; P1 and P3 have deposits
    /// due on Tuesday 22 December; P3 has a packed deposit waiting; P1 gets a delivery on Monday 21 December.
    static func christmas() -> LibraryData {
        let settings = LibrarySettings(
            name: "Testbiblioteket",
            address: Address(street: "Hovedgaden 1", postalCode: "8410", city: "Rønde"),
            routes: [
                Route(
                    id: "R1", name: "Nord", deliveryWeekdays: [.monday, .tuesday, .thursday], vanCapacity: 10,
                    driver: "Jens"),
                Route(id: "R2", name: "Syd", deliveryWeekdays: [.wednesday], vanCapacity: 10),
            ])
        let partners = [
            partner("P1", "Børnehuset Mælkebøtten", street: "Østergade 2", postalCode: "8550", route: "R1"),
            partner(
                "P2", "Børnehaven Violen", street: "Skolevej 4", postalCode: "8400", route: "R1",
                closures: [
                    Partner.Closure(days: DayRange(first: day("2026-12-21"), last: day("2027-01-01")), reason: "Jul")
                ]),
            partner(
                "P3", "Dagplejen Ugleøen", street: "Adelgade 9", postalCode: "8400", route: "R1",
                notes: "Ring på; nøglen, \"den store\", hænger ved døren"),
        ]
        let deposits = [
            Deposit(
                id: "D1", partnerID: "P1", kind: .deposit, crateIDs: ["K2", "K1"], itemBarcodes: [],
                createdOn: day("2026-09-01"), dispatchedOn: day("2026-09-22"), dueOn: day("2026-12-22")),
            Deposit(
                id: "D2", partnerID: "P3", kind: .deposit, crateIDs: ["K3"], itemBarcodes: [],
                createdOn: day("2026-09-01"), dispatchedOn: day("2026-09-22"), dueOn: day("2026-12-22")),
            Deposit(
                id: "D3", partnerID: "P3", kind: .deposit, crateIDs: ["K4"], itemBarcodes: [],
                createdOn: day("2026-12-15"), dueOn: day("2027-03-23")),
            Deposit(
                id: "D4", partnerID: "P1", kind: .deposit, crateIDs: ["K5"], itemBarcodes: [],
                createdOn: day("2026-12-14"), dispatchedOn: day("2026-12-21"), dueOn: day("2027-03-22")),
            // Returned long ago: not on the schedule.
            Deposit(
                id: "D5", partnerID: "P2", kind: .deposit, crateIDs: ["K6"], itemBarcodes: [],
                createdOn: day("2026-06-01"), dispatchedOn: day("2026-06-02"), dueOn: day("2026-12-22"),
                returnedOn: day("2026-08-01")),
        ]
        let staff = [
            StaffMember(
                id: "S1", name: "Anne Holm", affiliation: .init(kind: .publicLibrary, institution: "Rønde"),
                role: "Bibliotekar")
        ]
        let events = [
            Event(
                id: "E1", kind: .bookTalk, title: "Juleoplæsning", startsOn: day("2026-12-26"),
                venue: "Rønde Bibliotek", partnerIDs: ["P1"], startsAt: "10.00",
                tasks: [EventTask(title: "Bestil kage", ownerID: "S1", dueOn: day("2026-12-23"))])
        ]
        return LibraryData(
            settings: settings, partners: partners, staff: staff, deposits: deposits, events: events)
    }
}
