/// Fills the planned deposits with crates, in the order they were packed, and records what came back lost or
/// damaged; afterwards it knows where every crate and item is as of `today`.
///
/// A crate is packed only when it is home and through its turnaround, and never for two deposits at once. Crates
/// wait on the shelf in the order they became ready, and a partner gets the longest-waiting crate it has not had
/// before, so crates rotate through the partners.
struct DepositHistory {
    let partners: [PartnerBuild]
    let catalogue: TitleCatalogue
    let calendar: RouteCalendar
    let today: Day
    let turnaroundWorkingDays: Int
    /// The first day of the current season: damaged items returned since then are still waiting for repair.
    let seasonStart: Day
    var collection: CollectionBuild
    var random: RandomSource

    private(set) var deposits: [Deposit] = []
    /// Crates a deposit asked for but could not get (stays zero when the collection is big enough).
    private(set) var missingCrates = 0
    /// For each crate, the index in `deposits` of the unreturned deposit it is on.
    private(set) var openDeposit: [Int?] = []

    /// Per age band, the crates at home ordered by the day they are ready to go out again.
    private var shelf: [[Int]] = []
    /// Per crate, the day it came home and the day it is through its turnaround (ordinals).
    private var homeOn: [Int] = []
    private var readyOn: [Int] = []
    /// Per partner, the day each crate it has had last went out to it.
    private var lastHad: [[Int: Int]] = []

    init(
        partners: [PartnerBuild], catalogue: TitleCatalogue, calendar: RouteCalendar, today: Day,
        turnaroundWorkingDays: Int, seasonStart: Day,
        collection: CollectionBuild, random: RandomSource
    ) {
        self.partners = partners
        self.catalogue = catalogue
        self.calendar = calendar
        self.today = today
        self.turnaroundWorkingDays = turnaroundWorkingDays
        self.seasonStart = seasonStart
        self.collection = collection
        self.random = random
    }

    mutating func run(_ plans: [[PlannedDeposit]]) {
        let crateCount = collection.crates.count
        homeOn = Array(repeating: Int.min, count: crateCount)
        readyOn = Array(repeating: Int.min, count: crateCount)
        openDeposit = Array(repeating: nil, count: crateCount)
        lastHad = Array(repeating: [:], count: partners.count)
        shelf = Array(repeating: [], count: 3)
        for index in collection.crates.indices {
            shelf[CollectionBuild.bandIndex(collection.crates[index].band)].append(index)
        }

        let order = plans.flatMap { $0 }.sorted { ($0.createdOn, $0.partnerIndex) < ($1.createdOn, $1.partnerIndex) }
        var numbers: [Int: Int] = [:]
        for plan in order {
            let crates = chooseCrates(for: plan)
            guard !crates.isEmpty else { continue }
            let year = plan.createdOn.year
            let number = numbers[year, default: 0] + 1
            numbers[year] = number

            var contents: [(crate: Int, slot: Int)] = []
            for crate in crates {
                for slot in collection.crates[crate].items.indices { contents.append((crate, slot)) }
            }
            let partner = partners[plan.partnerIndex].partner
            var deposit = Deposit(
                id: Deposit.ID("D\(year)-\(CollectionFactory.padded(number, 4))"), partnerID: partner.id,
                kind: partner.depositKind, crateIDs: crates.map { collection.crates[$0].id },
                itemBarcodes: contents.map { collection.items[collection.crates[$0.crate].items[$0.slot]].barcode },
                createdOn: plan.createdOn, dispatchedOn: plan.isDispatched(asOf: today) ? plan.visit : nil,
                dueOn: plan.dueOn, returnedOn: plan.returnedOn, renewals: plan.renewals, notes: plan.notes)

            for crate in crates {
                lastHad[plan.partnerIndex][crate] = plan.visit.ordinal
                if let returned = plan.returnedOn {
                    putOnShelf(crate, returned: returned)
                } else {
                    homeOn[crate] = Int.max
                    readyOn[crate] = Int.max
                    openDeposit[crate] = deposits.count
                }
            }
            if let returned = plan.returnedOn {
                deposit.exceptions = recordExceptions(plan: plan, returned: returned, contents: contents)
            }
            deposits.append(deposit)
        }
    }

    // MARK: Crates

    private mutating func chooseCrates(for plan: PlannedDeposit) -> [Int] {
        let partner = partners[plan.partnerIndex]
        var chosen: [Int] = []
        for band in partner.crateBands {
            // A kindergarten with both age groups can make do with a crate for the other one; in a busy week a
            // crate that is home but not through its turnaround is packed in a hurry.
            let bands = [band] + partner.partner.ageGroups.filter { $0 != band }
            var crate: Int?
            for hurry in [false, true] {
                for candidate in bands where crate == nil {
                    crate = takeCrate(band: candidate, plan: plan, chosen: chosen, hurry: hurry)
                }
            }
            if let crate { chosen.append(crate) } else { missingCrates += 1 }
        }
        return chosen
    }

    /// Takes from the shelf the longest-waiting ready crate of the band that the partner has not had and whose
    /// theme is not already in the deposit; if the partner has had them all, the one it had longest ago.
    /// In a `hurry`, a crate only has to be home on the packing day.
    private mutating func takeCrate(band: AgeBand, plan: PlannedDeposit, chosen: [Int], hurry: Bool) -> Int? {
        let bandIndex = CollectionBuild.bandIndex(band)
        let history = lastHad[plan.partnerIndex]
        let themes = chosen.map { collection.crates[$0].themeIndex }
        var fallback: (position: Int, lastHad: Int)?
        var found: Int?
        for (position, crate) in shelf[bandIndex].enumerated() {
            // The shelf is in order of return, so the first crate that is not ready ends the search.
            if hurry {
                guard homeOn[crate] <= plan.createdOn.ordinal else { break }
            } else {
                guard readyOn[crate] <= plan.visit.ordinal else { break }
            }
            if themes.contains(collection.crates[crate].themeIndex) { continue }
            guard let had = history[crate] else {
                found = position
                break
            }
            if fallback == nil || had < fallback!.lastHad { fallback = (position, had) }
        }
        guard let position = found ?? fallback?.position else { return nil }
        return shelf[bandIndex].remove(at: position)
    }

    /// Puts a crate back on the shelf, in order of the day it is ready.
    private mutating func putOnShelf(_ crate: Int, returned: Day) {
        let ready = calendar.adding(workingDays: turnaroundWorkingDays, to: returned)
        homeOn[crate] = returned.ordinal
        readyOn[crate] = ready.ordinal
        let bandIndex = CollectionBuild.bandIndex(collection.crates[crate].band)
        var low = 0
        var high = shelf[bandIndex].count
        while low < high {
            let middle = (low + high) / 2
            if readyOn[shelf[bandIndex][middle]] <= ready.ordinal { low = middle + 1 } else { high = middle }
        }
        shelf[bandIndex].insert(crate, at: low)
    }

    // MARK: Lost and damaged

    private static let lostNotes = [
        "Manglede ved udskiftningen", "Kan ikke findes i børnehaven", "Meldt bortkommet af kontaktpersonen",
    ]
    private static let damageNotes = [
        "Vandskade", "Revet omslag", "Tegnet i med kuglepen", "Løse sider", "Gnavet i hjørnet – formentlig af en hund",
    ]

    /// Decides what came back lost or damaged, takes those items out of their crates and fills the gaps with
    /// spare items from the shelf, so the crates go out again full.
    private mutating func recordExceptions(
        plan: PlannedDeposit, returned: Day, contents: [(crate: Int, slot: Int)]
    ) -> [Deposit.Exception] {
        let thisSeason = returned >= seasonStart
        var lost = plan.lostItems
        var damaged = plan.damagedItems
        if !thisSeason {
            if random.chance(perMille: 45) { lost = random.chance(perMille: 200) ? 2 : 1 }
            if random.chance(perMille: 25) { damaged = 1 }
        }
        guard lost + damaged > 0, !contents.isEmpty else { return [] }

        var exceptions: [Deposit.Exception] = []
        let positions = random.shuffled(Array(contents.indices)).prefix(lost + damaged)
        for (number, position) in positions.enumerated() {
            let (crate, slot) = contents[position]
            let item = collection.crates[crate].items[slot]
            let barcode = collection.items[item].barcode
            if number < lost {
                exceptions.append(
                    Deposit.Exception(
                        barcode: barcode, kind: .lost, recordedOn: returned,
                        note: random.pick(DepositHistory.lostNotes)))
                collection.items[item].status = .lost
                let foundOn = returned.adding(days: random.int(in: 14...150))
                if !thisSeason, foundOn <= today, random.chance(perMille: 150) {
                    exceptions.append(
                        Deposit.Exception(
                            barcode: barcode, kind: .found, recordedOn: foundOn,
                            note: "Fundet bag en reol og afleveret på biblioteket"))
                    collection.items[item].status = .available
                }
            } else {
                exceptions.append(
                    Deposit.Exception(
                        barcode: barcode, kind: .damaged, recordedOn: returned,
                        note: random.pick(DepositHistory.damageNotes)))
                // Older damage has been mended or the book written off.
                collection.items[item].status =
                    thisSeason ? .damaged : (random.chance(perMille: 600) ? .available : .withdrawn)
            }
            replace(slot: slot, in: crate)
        }
        for crate in Set(positions.map { contents[$0].crate }).sorted() {
            collection.crates[crate].items.removeAll { $0 < 0 }
        }
        return exceptions
    }

    /// Takes the item in `slot` out of the crate and puts a spare item in its place (or, with no spare left, marks
    /// the slot empty with -1 to be removed afterwards). A spare has never been lent, so it can be any title of the
    /// crate's theme that the crate lacks.
    private mutating func replace(slot: Int, in crate: Int) {
        let build = collection.crates[crate]
        guard let spare = collection.takeSpare(band: build.band) else {
            collection.crates[crate].items[slot] = -1
            return
        }
        let present = Set(build.items.filter { $0 >= 0 }.map { collection.items[$0].title })
        let titles = catalogue.titles[build.themeIndex]
        var title = random.pick(titles)
        for _ in 0..<10 where present.contains(title.title) { title = random.pick(titles) }
        collection.items[spare].title = title.title
        collection.items[spare].author = title.author
        collection.items[spare].format = title.format
        collection.items[spare].price = title.price
        collection.items[spare].theme = build.theme
        collection.crates[crate].items[slot] = spare
    }
}
