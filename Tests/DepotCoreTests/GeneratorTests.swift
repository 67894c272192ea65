import Testing

@testable import DepotCore

/// Libraries generated once and shared by the tests (generation is deterministic).
private enum Generated {
    static let today = Day(year: 2026, month: 11, day: 23)!
    static let sample = LibraryGenerator(scale: .sample).generate()
    static let town = LibraryGenerator(scale: .town).generate()
    static let city = LibraryGenerator(scale: .city).generate()

    static func library(_ scale: LibraryScale) -> LibraryData {
        switch scale {
        case .sample: return sample
        case .town: return town
        case .city: return city
        }
    }
}

@Suite struct GeneratorTests {
    let today = Generated.today

    // MARK: Determinism

    @Test(arguments: LibraryScale.allCases)
    func sameSeedGivesIdenticalLibrary(scale: LibraryScale) {
        #expect(LibraryGenerator(scale: scale).generate() == Generated.library(scale))
    }

    @Test func differentSeedGivesDifferentLibrary() {
        let other = LibraryGenerator(scale: .sample, seed: 7).generate()
        #expect(other != Generated.sample)
        #expect(other.items.map(\.title) != Generated.sample.items.map(\.title))
        #expect(other.partners.map(\.name) != Generated.sample.partners.map(\.name))
    }

    @Test func randomSourceIsFixed() {
        var random = RandomSource(seed: 2026)
        let first = (0..<3).map { _ in random.next() }
        var again = RandomSource(seed: 2026)
        #expect((0..<3).map { _ in again.next() } == first)
        var bounded = RandomSource(seed: 1)
        for _ in 0..<1000 { #expect((0..<7).contains(bounded.below(7))) }
    }

    // MARK: Sizes

    @Test func sampleCounts() {
        let data = Generated.sample
        let partners = data.partners.filter { !$0.partnershipState.isProspective }
        #expect(partners.count == 25)
        #expect(partners.filter { $0.kind == .kindergarten }.count == 20)
        #expect(partners.filter { $0.kind == .childminderGroup }.count == 4)
        #expect(partners.filter { $0.kind == .school }.count == 1)
        #expect(partners.filter { !$0.isActive }.count == 1)
        // The institutions not reached yet come after the partners, with no route and no deposits.
        let prospects = data.partners.filter { $0.partnershipState.isProspective }
        #expect(prospects.count == 8)
        #expect(data.partners.suffix(8).map(\.id) == prospects.map(\.id))
        let states = Dictionary(grouping: prospects, by: \.partnershipState).mapValues(\.count)
        #expect(states == [.prospect: 3, .contacted: 2, .offered: 1, .declined: 2])
        #expect(prospects.allSatisfy { $0.routeID == nil && !$0.takesDeposits })
        #expect(!data.deposits.contains { deposit in prospects.contains { $0.id == deposit.partnerID } })
        let log = prospects.flatMap { $0.partnership?.contactLog ?? [] }
        #expect(log.count == 6)
        #expect(
            log.allSatisfy { entry in entry.day < Generated.today && data.staff.contains { $0.id == entry.staffID } })
        #expect(data.settings.routes.map(\.id) == ["nord", "mols", "vest"])
        #expect(data.crates.count == 40)
        #expect(data.items.count == 1_260)
        #expect(data.staff.count == 8)
        #expect(seasons(of: data) == ["2025/26", "2026/27"])
    }

    @Test func townCounts() {
        let data = Generated.town
        #expect(data.partners.filter { $0.kind == .kindergarten }.count == 30)
        #expect(data.crates.count == 60)
        #expect(data.items.count == 2_000)
        #expect(seasons(of: data) == ["2024/25", "2025/26", "2026/27"])
    }

    @Test func cityCounts() {
        let data = Generated.city
        #expect(data.partners.filter { $0.kind == .kindergarten }.count == 300)
        #expect(data.crates.count == 1_500)
        #expect(data.items.count == 60_000)
        #expect((8...12).contains(data.settings.routes.count))
        #expect(seasons(of: data) == ["2022/23", "2023/24", "2024/25", "2025/26", "2026/27"])
        let postalCodes = Set(data.partners.map(\.address.postalCode))
        #expect(postalCodes.allSatisfy { (8000...8270).contains(Int($0) ?? 0) })
    }

    // MARK: Consistency

    @Test(arguments: LibraryScale.allCases)
    func libraryCheckFindsNoProblems(scale: LibraryScale) {
        let problems = LibraryCheck.problems(in: Generated.library(scale))
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test(arguments: LibraryScale.allCases)
    func collectionsAreSortedByIdentifier(scale: LibraryScale) {
        let data = Generated.library(scale)
        #expect(isSorted(data.partners.map(\.id)))
        #expect(isSorted(data.staff.map(\.id)))
        #expect(isSorted(data.items.map(\.id)))
        #expect(isSorted(data.crates.map(\.id)))
        #expect(isSorted(data.deposits.map(\.id)))
        #expect(isSorted(data.teams.map(\.id)))
        #expect(isSorted(data.events.map(\.id)))
    }

    @Test(arguments: LibraryScale.allCases)
    func noCrateIsOnTwoOpenDeposits(scale: LibraryScale) {
        var seen = Set<Crate.ID>()
        for deposit in Generated.library(scale).deposits where !deposit.isReturned {
            for crate in deposit.crateIDs { #expect(seen.insert(crate).inserted, "\(crate) is on two open deposits") }
        }
    }

    @Test(arguments: LibraryScale.allCases)
    func crateStatesAgreeWithDeposits(scale: LibraryScale) {
        let data = Generated.library(scale)
        var expected: [Crate.ID: Crate.State] = [:]
        for deposit in data.deposits where !deposit.isReturned {
            for crate in deposit.crateIDs { expected[crate] = deposit.dispatchedOn == nil ? .packed : .out }
        }
        for crate in data.crates {
            if let state = expected[crate.id] {
                #expect(crate.state == state, "\(crate.id)")
            } else {
                #expect(crate.state == .home || crate.state == .inRepair, "\(crate.id)")
            }
        }
        #expect(data.crates.contains { $0.state == .inRepair })
    }

    @Test(arguments: LibraryScale.allCases)
    func cratesAndItemsFitTogether(scale: LibraryScale) {
        let data = Generated.library(scale)
        let items = Dictionary(uniqueKeysWithValues: data.items.map { ($0.id, $0) })
        var packed = Set<Item.ID>()
        for crate in data.crates {
            #expect(crate.itemBarcodes.count == LibraryGenerator.itemsPerCrate, "\(crate.id)")
            for barcode in crate.itemBarcodes {
                #expect(packed.insert(barcode).inserted, "\(barcode) is in two crates")
                #expect(items[barcode]?.status == .available, "\(barcode) in \(crate.id)")
                #expect(items[barcode]?.ageBand == crate.ageBand)
                #expect(items[barcode]?.theme == crate.theme)
            }
        }
        #expect(data.items.count > packed.count, "there are spare items on the shelf")
        for item in data.items {
            #expect(item.barcode.rawValue.count == 13 && item.barcode.rawValue.hasPrefix("5000"))
            #expect(Money(kroner: 150) <= item.price && item.price <= Money(kroner: 300))
            if item.status == .lost { #expect(!packed.contains(item.id)) }
        }
    }

    @Test(arguments: LibraryScale.allCases)
    func depositsAreConsistent(scale: LibraryScale) {
        let data = Generated.library(scale)
        let partners = Dictionary(uniqueKeysWithValues: data.partners.map { ($0.id, $0) })
        let crates = Dictionary(uniqueKeysWithValues: data.crates.map { ($0.id, $0) })
        let routes = Dictionary(uniqueKeysWithValues: data.settings.routes.map { ($0.id, $0) })
        var numbers: [Int: Int] = [:]
        for deposit in data.deposits {
            let partner = partners[deposit.partnerID]!
            let route = routes[partner.routeID!]!
            #expect(deposit.kind == partner.depositKind)
            #expect(route.deliveryWeekdays.contains(deposit.dueOn.weekday), "\(deposit.id) due on a route day")
            #expect(deposit.itemBarcodes.count == deposit.crateIDs.count * LibraryGenerator.itemsPerCrate)
            #expect(deposit.createdOn <= today)
            if let sent = deposit.dispatchedOn {
                #expect(deposit.createdOn <= sent && sent <= today && route.deliveryWeekdays.contains(sent.weekday))
            }
            if let returned = deposit.returnedOn { #expect(returned <= today) }
            #expect(deposit.renewals <= data.settings.renewalLimit)
            if let ended = partner.endedOn { #expect((deposit.returnedOn ?? today) <= ended) }
            // Ids count up within the year the deposit was made.
            let year = deposit.createdOn.year
            let number = numbers[year, default: 0] + 1
            numbers[year] = number
            #expect(deposit.id.rawValue == "D\(year)-" + CollectionFactory.padded(number, 4))
            // An open deposit still holds exactly what its crates hold.
            if !deposit.isReturned {
                #expect(deposit.exceptions.isEmpty)
                #expect(deposit.itemBarcodes == deposit.crateIDs.flatMap { crates[$0]!.itemBarcodes })
            }
        }
    }

    @Test(arguments: LibraryScale.allCases)
    func lostItemsAreRecordedOnDeposits(scale: LibraryScale) {
        let data = Generated.library(scale)
        var lastKind: [Item.ID: Deposit.Exception.Kind] = [:]
        for deposit in data.deposits {
            for exception in deposit.exceptions.sorted(by: { $0.recordedOn < $1.recordedOn }) {
                lastKind[exception.barcode] = exception.kind
            }
        }
        for item in data.items where item.status == .lost || item.status == .damaged {
            let kind: Deposit.Exception.Kind = item.status == .lost ? .lost : .damaged
            #expect(lastKind[item.id] == kind, "\(item.id)")
        }
    }

    // MARK: The sample as a new user sees it

    @Test func sampleDepositsAsOfToday() {
        let data = Generated.sample
        let open = data.deposits.filter { !$0.isReturned && $0.dispatchedOn != nil }
        let overdue = open.filter { $0.dueOn < today }
        let dueSoon = open.filter { today <= $0.dueOn && $0.dueOn <= today.adding(days: data.settings.dueSoonDays) }
        #expect((2...3).contains(overdue.count))
        #expect(dueSoon.count >= 3)
        let season = Season(containing: today)
        let returnedThisSeason = data.deposits.filter { $0.returnedOn.map(season.contains) ?? false }
        #expect(returnedThisSeason.count >= 3)
        let exceptions = returnedThisSeason.flatMap(\.exceptions)
        #expect(exceptions.contains { $0.kind == .lost })
        #expect(exceptions.filter { $0.kind == .damaged }.count == 1)
        #expect(data.items.contains { $0.status == .lost })
        #expect(data.items.filter { $0.status == .damaged }.count == 1)
        #expect(data.deposits.contains { $0.kind == .kindergartenLibrary && !$0.isReturned })
        // This season's first crates went out in August and September.
        let firsts = data.deposits.filter { $0.createdOn >= season.firstDay }.compactMap(\.dispatchedOn)
        #expect(firsts.min().map { $0.month == 8 } == true)
    }

    @Test func samplePartnersAreRealistic() {
        let data = Generated.sample
        #expect(data.settings.name == "Syddjurs Bibliotekerne, Børneteamet")
        for partner in data.partners {
            #expect((partner.contact.phone ?? "").hasPrefix("+45 "))
            #expect(partner.contact.email?.contains("@") == true)
            #expect(!partner.ageGroups.isEmpty)
            switch partner.kind {
            case .kindergarten:
                #expect((20...90).contains(partner.childCount ?? 0))
                #expect(data.settings.finePolicy(for: partner).mode == .exempt)
            case .childminderGroup:
                #expect(partner.ageGroups == [.toddlers])
                #expect(partner.name.hasPrefix("Dagplejen"))
            case .school:
                #expect(data.settings.finePolicy(for: partner).mode == .charged)
            case .other:
                break
            }
        }
        let libraries = data.partners.filter { $0.depositKind == .kindergartenLibrary }
        #expect((1...2).contains(libraries.count))
        #expect(libraries.allSatisfy { data.settings.loanPeriod(for: $0) == .months(12) })
        #expect(data.partners.contains { $0.closures.contains { $0.reason == "Juleferie" } })
        #expect(Set(data.partners.map(\.name)).count == data.partners.count)
    }

    @Test func sampleCratesAreThemedAndColoured() {
        let data = Generated.sample
        let bands = Dictionary(grouping: data.crates, by: \.ageBand).mapValues(\.count)
        #expect(bands[.preschool, default: 0] > bands[.toddlers, default: 0])
        #expect(bands[.toddlers, default: 0] > 0 && bands[.school, default: 0] > 0)
        #expect(data.crates.contains { $0.theme == "Bondegården" && $0.colour == .green })
        let boardBooks = data.items.filter { $0.ageBand == .toddlers }
        #expect(boardBooks.filter { $0.format == .boardBook }.count * 2 > boardBooks.count)
        #expect(data.items.contains { $0.title.contains("æ") || $0.title.contains("ø") || $0.title.contains("å") })
    }

    @Test func skofoTeamHasTwoSchoolAndTwoPublicLibrarians() {
        let data = Generated.sample
        #expect(data.teams.count == 1)
        let team = data.teams[0]
        #expect(team.id == "skofo")
        let members = data.staff.filter { team.memberIDs.contains($0.id) }
        #expect(members.count == 4)
        #expect(members.filter { $0.affiliation.kind == .school }.count == 2)
        #expect(members.filter { $0.affiliation.kind == .publicLibrary }.count == 2)
        #expect(Set(members.filter { $0.affiliation.kind == .school }.map(\.affiliation.institution)).count == 2)
        let coordinator = data.staff.first { $0.id == team.coordinatorID }
        #expect(coordinator?.affiliation.kind == .publicLibrary)
        #expect(team.targets.contains { $0.description == "7 skoler deltager" && $0.target == 7 })
        #expect(team.targets.contains { $0.description == "250 elever i publikum" && $0.target == 250 })
        #expect(team.reviewOn?.year == 2027)
    }

    @Test func sampleHasOneReadingCompetition() {
        let data = Generated.sample
        let competitions = data.events.filter { $0.kind == .readingCompetition }
        #expect(competitions.count == 1)
        let final = competitions[0]
        #expect(final.id == "E2027-01")
        #expect(final.title == "Syddjursmesterskaberne i oplæsning 2027")
        #expect(final.startsOn.year == 2027 && final.startsOn.month == 3)
        #expect(final.venue == "Rønde Bibliotek")
        #expect(final.teamID == "skofo")
        let schools = Set(data.partners.filter { $0.kind == .school }.map(\.id))
        #expect(final.partnerIDs.allSatisfy(schools.contains))
    }

    // MARK: Helpers

    private func seasons(of data: LibraryData) -> [String] {
        Array(Set(data.deposits.map { data.season(of: $0).description })).sorted()
    }

    private func isSorted<T: Comparable>(_ values: [T]) -> Bool {
        zip(values, values.dropFirst()).allSatisfy { $0 < $1 }
    }
}
