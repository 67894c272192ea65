import Dispatch
import Foundation
import Synchronization

/// Finds records that do not fit together: references to things that do not exist, duplicates, impossible dates.
///
/// Runs on every load (a library with dangling references is not opened for writing) and in `depot check`.
public enum LibraryCheck {
    public static func problems(in data: LibraryData) -> [Problem] {
        // Sections that do not depend on each other run at the same time, in two rounds of two: first the
        // identifiers (the catalogue's 60,000 take about as long as all the others), then what refers to items
        // (crates and deposits). Problems are listed in the order the sections would run one after another.
        let (items, owners) = concurrently {
            checkItems(data.items)
        } and: {
            checkOwners(data)
        }
        let (crateContents, depositsTeamsAndEvents) = concurrently {
            checkCrateContents(data.crates, itemIDs: items.ids)
        } and: {
            checkDeposits(data, isItem: { items.ids.contains($0) }, owners: owners)
                + checkTeamsAndEvents(data, staffIDs: owners.staffIDs, partnerIDs: owners.partnerIDs)
                + EventReferences.problems(in: data, staffIDs: owners.staffIDs, partnerIDs: owners.partnerIDs)
        }
        return owners.problems + items.problems + owners.crateProblems + crateContents + depositsTeamsAndEvents
            + PlanReferences.problems(in: data)
    }

    /// The problems a library can have after the files in `changed` were replaced in one that had none (another
    /// desk's change read in, or merged with this one's): what those files' records refer to, and what refers to
    /// the records they hold. A change to the crates, the settings or the catalogue in one file is checked in full;
    /// otherwise the 60,000 items are not walked: a changed shard's items are checked, with the books of crates and
    /// deposits that belong in it, and a changed season's books are looked up in the sorted catalogue.
    public static func problems(in data: LibraryData, changed: Set<StoreFile>) -> [Problem] {
        if changed.contains(.catalogue) || changed.contains(.crates) || changed.contains(.settings) {
            return problems(in: data)
        }
        let owners = checkOwners(data)
        let seasons = Set(
            changed.compactMap { file -> Season? in
                if case .deposits(let season) = file { return season }
                return nil
            })
        let shards = Set(
            changed.compactMap { file -> ItemShard? in
                if case .items(let shard) = file { return shard }
                return nil
            })
        // Partners or staff changed: every deposit's owner is checked again, its books only in changed seasons.
        let allOwners = changed.contains(.partners) || changed.contains(.staff)
        let items = data.items.isSortedByID ? data.items : data.items.sortedIfNeeded()
        var itemProblems: [Problem] = []
        var isItem: (Item.ID) -> Bool = { barcode in items.containsSorted(barcode) }
        var booksOnly: (Deposit) -> Bool = { seasons.contains(data.season(of: $0)) }
        var crateBooks: [Problem] = []
        if !shards.isEmpty {
            let checked = checkItems(items.inShards { shards.contains($0) })
            itemProblems = checked.problems
            isItem = { barcode in
                shards.contains(ItemShard(of: barcode))
                    ? checked.ids.contains(barcode) : items.containsSorted(barcode)
            }
            let inChangedShard: (Item.ID) -> Bool = { shards.contains(ItemShard(of: $0)) }
            booksOnly = { seasons.contains(data.season(of: $0)) || $0.itemBarcodes.contains(where: inChangedShard) }
            for crate in data.crates {
                for barcode in crate.itemBarcodes where inChangedShard(barcode) && !checked.ids.contains(barcode) {
                    crateBooks.append(
                        Problem(
                            file: StoreFile.crates.relativePath, recordID: crate.id.rawValue,
                            message: "item \(barcode) is not in the catalogue (\(StoreFile.items(of: barcode)))"))
                }
            }
        }
        let deposits = checkDeposits(
            data, isItem: isItem, owners: owners,
            only: allOwners ? nil : booksOnly, booksOnly: booksOnly)
        return owners.problems + itemProblems + owners.crateProblems + crateBooks + deposits
            + checkTeamsAndEvents(data, staffIDs: owners.staffIDs, partnerIDs: owners.partnerIDs)
            + EventReferences.problems(in: data, staffIDs: owners.staffIDs, partnerIDs: owners.partnerIDs)
            + PlanReferences.problems(in: data)
    }

    /// The identifiers of one kind of record, and the problems found with those records.
    private struct Identified<ID: Hashable & Sendable>: Sendable {
        var ids: Set<ID>
        var problems: [Problem]
    }

    private static func checkItems<Items: RandomAccessCollection<Item>>(_ items: Items) -> Identified<Item.ID> {
        var problems: [Problem] = []
        var ids = Set<Item.ID>()
        ids.reserveCapacity(items.count)
        for item in items {
            // The file is named only for a problem: for every item it would cost more than the check.
            func report(_ message: String) {
                problems.append(
                    Problem(
                        file: StoreFile.items(of: item.id).relativePath, recordID: item.id.rawValue, message: message))
            }
            if !ids.insert(item.id).inserted { report("the identifier is used twice") }
            if item.price.minorUnits < 0 { report("the price is negative") }
        }
        return Identified(ids: ids, problems: problems)
    }

    /// What deposits, teams and events refer to: partners, staff and crates (without their items).
    private struct Owners: Sendable {
        var partnerIDs: Set<Partner.ID>
        var staffIDs: Set<StaffMember.ID>
        var crateIDs: Set<Crate.ID>
        /// Problems with the settings, partners and staff.
        var problems: [Problem]
        /// Crates with the same identifier.
        var crateProblems: [Problem]
    }

    private static func checkOwners(_ data: LibraryData) -> Owners {
        var problems: [Problem] = []
        let routeIDs = Set(data.settings.routes.map(\.id))
        checkSettings(data.settings, into: &problems)

        let partnerIDs = unique(data.partners, file: StoreFile.partners.relativePath, into: &problems)
        for partner in data.partners {
            func report(_ message: String) {
                problems.append(
                    Problem(file: StoreFile.partners.relativePath, recordID: partner.id.rawValue, message: message))
            }
            if partner.name.unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains) { report("the name is empty") }
            if let route = partner.routeID, !routeIDs.contains(route) {
                report("route \"\(route)\" is not one of the routes in library.json")
            }
            for closure in partner.closures where closure.days.last < closure.days.first {
                report("a closure ends (\(closure.days.last)) before it starts (\(closure.days.first))")
            }
            if partner.ageGroups.isEmpty { report("no age groups are given") }
            if let count = partner.childCount, !Limits.childCount.contains(count) {
                report("childCount \(Limits.childCount.refusal(found: count))")
            }
            for entry in partner.crateMix ?? [] {
                if let count = entry.children, !Limits.childCount.contains(count) {
                    report("crateMix \(entry.band.rawValue) children \(Limits.childCount.refusal(found: count))")
                }
            }
        }

        let staffIDs = unique(data.staff, file: StoreFile.staff.relativePath, into: &problems)
        for partner in data.partners {
            for entry in partner.partnership?.contactLog ?? [] where !staffIDs.contains(entry.staffID) {
                problems.append(
                    Problem(
                        file: StoreFile.partners.relativePath, recordID: partner.id.rawValue,
                        message:
                            "the contact log of \(entry.day) names staff member \(entry.staffID), who does not exist"))
            }
        }
        var crateProblems: [Problem] = []
        let crateIDs = unique(data.crates, file: StoreFile.crates.relativePath, into: &crateProblems)
        return Owners(
            partnerIDs: partnerIDs, staffIDs: staffIDs, crateIDs: crateIDs, problems: problems,
            crateProblems: crateProblems)
    }

    private static func checkCrateContents(_ crates: [Crate], itemIDs: Set<Item.ID>) -> [Problem] {
        var problems: [Problem] = []
        var crateOfItem: [Item.ID: Crate.ID] = [:]
        crateOfItem.reserveCapacity(itemIDs.count)
        for crate in crates {
            func report(_ message: String) {
                problems.append(
                    Problem(file: StoreFile.crates.relativePath, recordID: crate.id.rawValue, message: message))
            }
            for barcode in crate.itemBarcodes {
                if !itemIDs.contains(barcode) {
                    report("item \(barcode) is not in the catalogue (\(StoreFile.items(of: barcode)))")
                } else if let other = crateOfItem.updateValue(crate.id, forKey: barcode), other != crate.id {
                    report("item \(barcode) is also packed in crate \(other)")
                }
            }
        }
        return problems
    }

    /// `only` limits the deposits checked (nil: all), `booksOnly` those whose books are looked up (nil: all).
    private static func checkDeposits(
        _ data: LibraryData, isItem: (Item.ID) -> Bool, owners: Owners, only: ((Deposit) -> Bool)? = nil,
        booksOnly: ((Deposit) -> Bool)? = nil
    ) -> [Problem] {
        var problems: [Problem] = []
        var depositIDs = Set<Deposit.ID>()
        depositIDs.reserveCapacity(data.deposits.count)
        for deposit in data.deposits {
            if !depositIDs.insert(deposit.id).inserted {
                let file = StoreFile.deposits(data.season(of: deposit)).relativePath
                problems.append(
                    Problem(file: file, recordID: deposit.id.rawValue, message: "the identifier is used twice"))
            }
            if let only, !only(deposit) { continue }
            func report(_ message: String) {
                // The file's name is only worked out when there is a problem: for every deposit it would cost more
                // than all the checks.
                let file = StoreFile.deposits(data.season(of: deposit)).relativePath
                problems.append(Problem(file: file, recordID: deposit.id.rawValue, message: message))
            }
            if !Limits.renewals.contains(deposit.renewals) {
                report("renewals \(Limits.renewals.refusal(found: deposit.renewals))")
            }
            if !owners.partnerIDs.contains(deposit.partnerID) { report("partner \(deposit.partnerID) does not exist") }
            for crate in deposit.crateIDs where !owners.crateIDs.contains(crate) {
                report("crate \(crate) does not exist")
            }
            if booksOnly?(deposit) ?? true {
                for barcode in deposit.itemBarcodes where !isItem(barcode) {
                    report("item \(barcode) is not in the catalogue (\(StoreFile.items(of: barcode)))")
                }
            }
            if let dispatched = deposit.dispatchedOn {
                if deposit.dueOn < dispatched { report("due \(deposit.dueOn), before it was sent (\(dispatched))") }
                if let returned = deposit.returnedOn, returned < dispatched {
                    report("returned \(returned), before it was sent (\(dispatched))")
                }
            } else if deposit.returnedOn != nil {
                report("marked returned but never sent")
            }
            for exception in deposit.exceptions where !deposit.itemBarcodes.contains(exception.barcode) {
                report("an exception names item \(exception.barcode), which was not lent on this deposit")
            }
            if let progress = deposit.returnInProgress {
                for message in returnProblems(progress, of: deposit, in: data) { report(message) }
            }
        }
        return problems
    }

    /// What is wrong with a saved return in progress (`Deposit.returnInProgress`): it belongs on a deposit that is
    /// out (or partly returned), and names only books lent on it or kept back or lost on another deposit of the same
    /// partner (late returns), each once.
    private static func returnProblems(_ progress: Deposit.ReturnProgress, of deposit: Deposit, in data: LibraryData)
        -> [String]
    {
        var problems: [String] = []
        let field = "returnInProgress"
        guard let dispatched = deposit.dispatchedOn else {
            return ["\(field): a return is in progress, but the deposit was never sent"]
        }
        if let returned = deposit.returnedOn, !deposit.isPartlyReturned {
            problems.append("\(field): a return is in progress, but the deposit came back on \(returned)")
        }
        if progress.startedOn < dispatched {
            problems.append("\(field): started \(progress.startedOn), before the deposit was sent (\(dispatched))")
        }
        let lent = Set(deposit.itemBarcodes)
        var seen = Set<Item.ID>()
        for barcode in progress.scanned {
            if !seen.insert(barcode).inserted {
                problems.append("\(field): item \(barcode) is scanned twice")
            } else if !lent.contains(barcode),
                !data.deposits.contains(where: {
                    $0.partnerID == deposit.partnerID && $0.id != deposit.id && $0.itemBarcodes.contains(barcode)
                })
            {
                problems.append(
                    "\(field): item \(barcode) was not lent on this deposit or another of partner \(deposit.partnerID)")
            }
        }
        for damage in progress.damaged where !seen.contains(damage.barcode) {
            problems.append("\(field): item \(damage.barcode) is marked damaged but not scanned")
        }
        return problems
    }

    private static func checkTeamsAndEvents(
        _ data: LibraryData, staffIDs: Set<StaffMember.ID>, partnerIDs: Set<Partner.ID>
    ) -> [Problem] {
        var problems: [Problem] = []
        let teamIDs = unique(data.teams, file: StoreFile.teams.relativePath, into: &problems)
        for team in data.teams {
            func report(_ message: String) {
                problems.append(
                    Problem(file: StoreFile.teams.relativePath, recordID: team.id.rawValue, message: message))
            }
            for member in team.memberIDs where !staffIDs.contains(member) {
                report("member \(member) is not in staff.json")
            }
            if !team.memberIDs.contains(team.coordinatorID) {
                report("the coordinator \(team.coordinatorID) is not one of the members")
            }
        }

        _ = unique(data.events, file: StoreFile.events.relativePath, into: &problems)
        for event in data.events {
            func report(_ message: String) {
                problems.append(
                    Problem(file: StoreFile.events.relativePath, recordID: event.id.rawValue, message: message))
            }
            if let team = event.teamID, !teamIDs.contains(team) { report("team \(team) does not exist") }
            for partner in event.partnerIDs where !partnerIDs.contains(partner) {
                report("partner \(partner) does not exist")
            }
            if let end = event.endsOn, end < event.startsOn { report("it ends (\(end)) before it starts") }
        }
        return problems
    }

    private static func checkSettings(_ settings: LibrarySettings, into problems: inout [Problem]) {
        let file = StoreFile.settings.relativePath
        if !(1...12).contains(settings.seasonStartMonth) {
            problems.append(Problem(file: file, message: "seasonStartMonth must be a month from 1 to 12"))
        }
        if settings.backupsToKeep < 0 {
            problems.append(Problem(file: file, message: "backupsToKeep cannot be negative"))
        }
        var seen = Set<Route.ID>()
        for route in settings.routes {
            if !seen.insert(route.id).inserted {
                problems.append(Problem(file: file, recordID: route.id.rawValue, message: "two routes have this id"))
            }
            if route.vanCapacity <= 0 {
                problems.append(
                    Problem(file: file, recordID: route.id.rawValue, message: "the van capacity must be at least 1"))
            }
            if route.deliveryWeekdays.isEmpty {
                problems.append(
                    Problem(file: file, recordID: route.id.rawValue, message: "the route has no delivery weekday"))
            }
        }
    }

    private static func unique<R: Record>(_ records: [R], file: String, into problems: inout [Problem]) -> Set<R.ID>
    where R.ID: Hashable {
        var seen = Set<R.ID>()
        seen.reserveCapacity(records.count)
        for record in records where !seen.insert(record.id).inserted {
            problems.append(Problem(file: file, recordID: "\(record.id)", message: "the identifier is used twice"))
        }
        return seen
    }
}

/// Runs `first` and `second` at the same time, on two cores when there are two, and returns both results.
private func concurrently<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, and second: @Sendable () -> Second
) -> (First, Second) {
    let results = Mutex<(First?, Second?)>((nil, nil))
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            let result = first()
            results.withLock { $0.0 = result }
        } else {
            let result = second()
            results.withLock { $0.1 = result }
        }
    }
    return results.withLock { ($0.0!, $0.1!) }
}

extension RandomAccessCollection where Element == Item, Index == Int {
    /// Whether the items are in identifier order, as files keep them.
    fileprivate var isSortedByID: Bool {
        indices.dropFirst().allSatisfy { self[$0 - 1].id < self[$0].id }
    }

    /// Whether an item with `id` is in this array, which is in identifier order.
    fileprivate func containsSorted(_ id: Item.ID) -> Bool {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low].id == id
    }
}
