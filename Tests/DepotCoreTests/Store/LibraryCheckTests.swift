import Testing

@testable import DepotCore

@Suite("Reference checks")
struct LibraryCheckTests {
    /// The fixture library with a problem of every kind the check knows, in every file.
    private static func libraryWithEveryProblem() -> LibraryData {
        var data = Fixtures.library()
        data.settings.backupsToKeep = -1
        data.partners.append(data.partners[0])
        data.partners[1].name = " \t"
        data.staff.append(data.staff[1])
        data.items.append(data.items[2])
        data.items[0].price = Money(minorUnits: -1)
        data.crates.append(Crate(id: "K001", theme: "Igen", ageBand: .school))
        data.crates[1].itemBarcodes += ["5000000000099", data.items[0].id]
        data.deposits[1].partnerID = "P999"
        data.deposits[1].crateIDs.append("K999")
        data.deposits[1].itemBarcodes.append("5000000000098")
        data.deposits[0].dispatchedOn = nil
        data.deposits.append(data.deposits[1])
        data.teams[0].memberIDs.append("S99")
        data.events[0].teamID = "nobody"
        return data
    }

    @Test func aLibraryThatFitsTogetherHasNoProblems() {
        #expect(LibraryCheck.problems(in: Fixtures.library()).isEmpty)
    }

    /// The sections run at the same time, but problems keep the order of running them one after another (the
    /// order Depot listed them in before).
    @Test func listsEveryProblemInTheOrderOfTheFiles() {
        #expect(
            LibraryCheck.problems(in: Self.libraryWithEveryProblem()).map(\.description) == [
                "library.json: backupsToKeep cannot be negative",
                "partners.json, record P001: the identifier is used twice",
                "partners.json, record P002: the name is empty",
                "staff.json, record S02: the identifier is used twice",
                "items/01.json, record 5000000000001: the price is negative",
                "items/03.json, record 5000000000003: the identifier is used twice",
                "crates.json, record K001: the identifier is used twice",
                "crates.json, record K002: item 5000000000099 is not in the catalogue (items/99.json)",
                "crates.json, record K002: item 5000000000001 is also packed in crate K001",
                "deposits/2025-26.json, record D2025-0001: marked returned but never sent",
                "deposits/2026-27.json, record D2026-0001: partner P999 does not exist",
                "deposits/2026-27.json, record D2026-0001: crate K999 does not exist",
                "deposits/2026-27.json, record D2026-0001: item 5000000000098 is not in the catalogue (items/98.json)",
                "deposits/2026-27.json, record D2026-0001: the identifier is used twice",
                "deposits/2026-27.json, record D2026-0001: partner P999 does not exist",
                "deposits/2026-27.json, record D2026-0001: crate K999 does not exist",
                "deposits/2026-27.json, record D2026-0001: item 5000000000098 is not in the catalogue (items/98.json)",
                "teams.json, record skofo: member S99 is not in staff.json",
                "events.json, record E2027-01: team nobody does not exist",
            ])
    }

    /// A city's deposits are checked in slices on several cores: the problems still come deposit by deposit, and a
    /// deposit whose identifier another slice has is found.
    @Test func depositsCheckedInSlicesKeepTheirOrder() {
        var data = Fixtures.library()
        let template = data.deposits[1]
        data.deposits = (0..<1_300).map { number in
            var deposit = template
            deposit.id = Deposit.ID("D2026-\(1_000 + number)")
            return deposit
        }
        for position in [5, 700, 1_299] { data.deposits[position].partnerID = "P999" }
        data.deposits[1_000].id = data.deposits[3].id
        #expect(
            LibraryCheck.problems(in: data).map(\.description) == [
                "deposits/2026-27.json, record D2026-1005: partner P999 does not exist",
                "deposits/2026-27.json, record D2026-1700: partner P999 does not exist",
                "deposits/2026-27.json, record D2026-1003: the identifier is used twice",
                "deposits/2026-27.json, record D2026-2299: partner P999 does not exist",
            ])
    }
}
