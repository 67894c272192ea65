@testable import DepotCore

/// Libraries for the planner's tests: generated ones (cached, generation is deterministic) and small hand-built ones.
enum PlanFixtures {
    /// Generated libraries are "as of" this day, so that the 2027/28 season has a whole season of history behind it.
    static let today = Day(year: 2027, month: 8, day: 1)!
    static let season = Season(startYear: 2027)

    static func day(_ text: String) -> Day { Day(text)! }

    /// A generated library as of 1 August 2027.
    static func generated(_ scale: LibraryScale, seed: UInt64) -> LibraryData {
        LibraryGenerator(scale: scale, seed: seed, today: today).generate()
    }

    static let address = Address(street: "Skolevej 1", postalCode: "8410", city: "Rønde")

    /// Route "nord" on Tuesdays.
    static func route(capacity: Int = 20, weekdays: [Weekday] = [.tuesday]) -> Route {
        Route(id: "nord", name: "Nord", deliveryWeekdays: weekdays, vanCapacity: capacity)
    }

    static func library(
        route: Route = route(), partners: [Partner], crates: [Crate], deposits: [Deposit] = [], turnaround: Int = 5
    ) -> LibraryData {
        let settings = LibrarySettings(
            name: "Syddjurs Bibliotekerne", address: address, turnaroundWorkingDays: turnaround, routes: [route])
        return LibraryData(
            settings: settings, partners: partners.sorted { $0.id < $1.id }, crates: crates.sorted { $0.id < $1.id },
            deposits: deposits)
    }

    static func partner(
        _ id: Partner.ID, name: String? = nil, ages: [AgeBand] = [.preschool], route: Route.ID? = "nord",
        kind: DepositKind = .deposit, loan: CalendarPeriod? = nil, closures: [Partner.Closure] = []
    ) -> Partner {
        Partner(
            id: id, name: name ?? "Børnehuset \(id)", kind: .kindergarten, address: address,
            contact: Contact(name: "Mette Sørensen"), ageGroups: ages, routeID: route, depositKind: kind,
            loanPeriod: loan, closures: closures)
    }

    static func closure(_ first: String, _ last: String, _ reason: String = "Lukket") -> Partner.Closure {
        Partner.Closure(days: DayRange(first: day(first), last: day(last)), reason: reason)
    }

    static func crate(_ id: Crate.ID, band: AgeBand = .preschool, theme: String? = nil, state: Crate.State = .home)
        -> Crate
    {
        Crate(id: id, theme: theme ?? "Tema \(id)", ageBand: band, state: state)
    }

    static func deposit(
        _ id: Deposit.ID, partner: Partner.ID, crates: [Crate.ID], sent: String, due: String, returned: String?
    ) -> Deposit {
        Deposit(
            id: id, partnerID: partner, kind: .deposit, crateIDs: crates, itemBarcodes: [], createdOn: day(sent),
            dispatchedOn: day(sent), dueOn: day(due), returnedOn: returned.map(day))
    }

    static func request(
        lookBack: Int = 1, pins: [Pin] = [], demands: [CrateDemand] = [], collects: Bool = true
    ) -> PlanRequest {
        PlanRequest(
            season: season, lookBackSeasons: lookBack, pins: pins, crateDemands: demands, collectsBeforeSummer: collects
        )
    }
}
