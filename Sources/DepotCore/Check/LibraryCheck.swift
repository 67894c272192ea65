import Dispatch
import Foundation
import Synchronization

/// Finds records that do not fit together: references to things that do not exist, duplicates, impossible dates.
///
/// Runs on every load (a library with dangling references is not opened for writing) and in `depot check`.
public enum LibraryCheck {
    ///
    /// Without `catalogue`, `data` was read without the catalogue (`LibraryStore.LoadScope.withoutCatalogue`): the
    /// items it holds are not checked, nor whether the books crates and deposits name are in the catalogue; a book
    /// packed in two crates still is.
    public static func problems(in data: LibraryData, catalogue: Bool = true) -> [Problem] {
        // Sections that do not depend on each other run at the same time, in two rounds of two: first the
        // identifiers (the catalogue's 60,000 take about as long as all the others), then what refers to items
        // (crates and deposits). Problems are listed in the order the sections would run one after another.
        let (items, owners) = concurrently {
            catalogue
                ? checkItems(data.items) : CheckedItems(ids: CatalogueBarcodes(count: 0, numbers: nil), problems: [])
        } and: {
            checkOwners(data)
        }
        // The crates' books and the deposits' books are the larger part (a city's deposits list a quarter of a million
        // books): the deposits are checked in slices beside the crates, so that both cores finish together.
        let usedTwice = depositsUsedTwice(data.deposits)
        let slices = stride(from: 0, to: data.deposits.count, by: depositSlice).map {
            $0..<min($0 + depositSlice, data.deposits.count)
        }
        let parts = concurrentMap(1 + slices.count) { index in
            index == 0
                ? checkCrateContents(data.crates, itemIDs: catalogue ? items.ids : nil)
                : checkDeposits(
                    data, slices[index - 1], usedTwice: usedTwice, isItem: { !catalogue || items.ids.contains($0) },
                    owners: owners)
        }
        return owners.problems + items.problems + owners.crateProblems + parts.joined()
            + checkTeamsAndEvents(data, staffIDs: owners.staffIDs, partnerIDs: owners.partnerIDs)
            + EventReferences.problems(in: data, staffIDs: owners.staffIDs, partnerIDs: owners.partnerIDs)
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
                            .itemNotInCatalogue, barcode, StoreFile.items(of: barcode)))
                }
            }
        }
        let deposits = checkDeposits(
            data, data.deposits.indices, usedTwice: depositsUsedTwice(data.deposits), isItem: isItem, owners: owners,
            only: allOwners ? nil : booksOnly, booksOnly: booksOnly)
        return owners.problems + itemProblems + owners.crateProblems + crateBooks + deposits
            + checkTeamsAndEvents(data, staffIDs: owners.staffIDs, partnerIDs: owners.partnerIDs)
            + EventReferences.problems(in: data, staffIDs: owners.staffIDs, partnerIDs: owners.partnerIDs)
            + PlanReferences.problems(in: data)
    }

    /// The catalogue's barcodes, and the problems found with its items.
    private struct CheckedItems: Sendable {
        var ids: CatalogueBarcodes
        var problems: [Problem]
    }

    private static func checkItems(_ items: ItemCatalogue) -> CheckedItems {
        var checked = CheckedItems(ids: CatalogueBarcodes(for: items), problems: [])
        items.forEachChunk { chunk, _ in checkItems(chunk, into: &checked) }
        return checked
    }

    private static func checkItems(_ items: [Item]) -> CheckedItems {
        items.withUnsafeBufferPointer { items in
            var checked = CheckedItems(ids: CatalogueBarcodes(for: items), problems: [])
            checkItems(items, into: &checked)
            return checked
        }
    }

    /// Reads each item in place: a copy of each of a city's 60,000 items cost as much as the checks.
    private static func checkItems(_ items: UnsafeBufferPointer<Item>, into checked: inout CheckedItems) {
        for index in items.indices {
            let id = items[index].id
            // The file is named only for a problem: for every item it would cost more than the check.
            func report(_ key: CheckText) {
                checked.problems.append(
                    Problem(
                        file: StoreFile.items(of: id).relativePath, recordID: id.rawValue, CheckSentence(key, [])))
            }
            if !checked.ids.insert(id) { report(.identifierUsedTwice) }
            if items[index].price.minorUnits < 0 { report(.priceNegative) }
        }
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
            func report(_ key: CheckText, _ values: [CustomStringConvertible] = []) {
                problems.append(
                    Problem(
                        file: StoreFile.partners.relativePath, recordID: partner.id.rawValue, CheckSentence(key, values)
                    ))
            }
            if partner.name.unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains) { report(.nameEmpty) }
            if let route = partner.routeID, !routeIDs.contains(route) {
                report(.routeNotInLibrary, [route])
            }
            for closure in partner.closures where closure.days.last < closure.days.first {
                report(.closureEndsBeforeStart, [closure.days.last, closure.days.first])
            }
            if partner.ageGroups.isEmpty { report(.noAgeGroups) }
            if let count = partner.childCount, !Limits.childCount.contains(count) {
                report(.childCountOutOfRange, Limits.childCount.bounds(found: count))
            }
            for entry in partner.crateMix ?? [] {
                if let count = entry.children, !Limits.childCount.contains(count) {
                    report(.crateMixChildrenOutOfRange, [entry.band.rawValue] + Limits.childCount.bounds(found: count))
                }
            }
        }

        let staffIDs = unique(data.staff, file: StoreFile.staff.relativePath, into: &problems)
        for partner in data.partners {
            for entry in partner.partnership?.contactLog ?? [] where !staffIDs.contains(entry.staffID) {
                problems.append(
                    Problem(
                        file: StoreFile.partners.relativePath, recordID: partner.id.rawValue, .contactStaffMissing,
                        entry.day, entry.staffID))
            }
        }
        var crateProblems: [Problem] = []
        let crateIDs = unique(data.crates, file: StoreFile.crates.relativePath, into: &crateProblems)
        return Owners(
            partnerIDs: partnerIDs, staffIDs: staffIDs, crateIDs: crateIDs, problems: problems,
            crateProblems: crateProblems)
    }

    /// With `itemIDs` nil, the catalogue was not read: only books packed twice are found.
    private static func checkCrateContents(_ crates: [Crate], itemIDs: CatalogueBarcodes?) -> [Problem] {
        var problems: [Problem] = []
        // Each book packed is marked in a set laid out as the catalogue's (a bit each: `CatalogueBarcodes`). Only a
        // book packed twice needs the crate it was packed in first: from the first such book on, the crate of
        // every book is kept in a table, filled with the books met so far.
        var packed = itemIDs?.emptyCopy()
        var crateOfItem: BarcodeTable<Crate.ID>?
        if packed == nil {
            crateOfItem = BarcodeTable(minimumCapacity: crates.reduce(0) { $0 + $1.itemBarcodes.count })
        }
        for (position, crate) in crates.enumerated() {
            func report(_ key: CheckText, _ values: [CustomStringConvertible] = []) {
                problems.append(
                    Problem(
                        file: StoreFile.crates.relativePath, recordID: crate.id.rawValue, CheckSentence(key, values)))
            }
            for (index, barcode) in crate.itemBarcodes.enumerated() {
                if let itemIDs, !itemIDs.contains(barcode) {
                    report(.itemNotInCatalogue, [barcode, StoreFile.items(of: barcode)])
                    continue
                }
                if crateOfItem == nil {
                    if packed?.insert(barcode) == true { continue }
                    crateOfItem = crateOfBooks(
                        in: crates[..<position], and: crate.itemBarcodes[..<index], of: crate.id, itemIDs: itemIDs)
                }
                if let other = crateOfItem?.updateValue(crate.id, forKey: barcode), other != crate.id {
                    report(.alsoPackedIn, [barcode, other])
                }
            }
        }
        return problems
    }

    /// The crate of each book in `crates` and of `books` in crate `id`, as far as the catalogue holds them; the
    /// last crate a book is packed in where it is packed in several.
    private static func crateOfBooks(
        in crates: ArraySlice<Crate>, and books: ArraySlice<Item.ID>, of id: Crate.ID, itemIDs: CatalogueBarcodes?
    ) -> BarcodeTable<Crate.ID> {
        var table = BarcodeTable<Crate.ID>(minimumCapacity: itemIDs?.count ?? 0)
        for crate in crates {
            for barcode in crate.itemBarcodes where itemIDs?.contains(barcode) ?? true {
                table.updateValue(crate.id, forKey: barcode)
            }
        }
        for barcode in books where itemIDs?.contains(barcode) ?? true { table.updateValue(id, forKey: barcode) }
        return table
    }

    /// Deposits a slice of the deposits holds at a time (a few hundred: a slice's set-up is small beside its work).
    private static let depositSlice = 512

    /// The positions of deposits whose identifier an earlier deposit has.
    private static func depositsUsedTwice(_ deposits: [Deposit]) -> Set<Int> {
        var seen = Set<Deposit.ID>(minimumCapacity: deposits.count)
        var twice = Set<Int>()
        for (position, deposit) in deposits.enumerated() where !seen.insert(deposit.id).inserted {
            twice.insert(position)
        }
        return twice
    }

    /// The deposits at `positions`; `usedTwice` from `depositsUsedTwice`. `only` limits the deposits checked (nil:
    /// all), `booksOnly` those whose books are looked up (nil: all).
    private static func checkDeposits(
        _ data: LibraryData, _ positions: Range<Int>, usedTwice: Set<Int>, isItem: (Item.ID) -> Bool, owners: Owners,
        only: ((Deposit) -> Bool)? = nil, booksOnly: ((Deposit) -> Bool)? = nil
    ) -> [Problem] {
        var problems: [Problem] = []
        for position in positions {
            let deposit = data.deposits[position]
            if usedTwice.contains(position) {
                let file = StoreFile.deposits(data.season(of: deposit)).relativePath
                problems.append(
                    Problem(file: file, recordID: deposit.id.rawValue, .identifierUsedTwice))
            }
            if let only, !only(deposit) { continue }
            func add(_ sentence: CheckSentence) {
                // The file's name is only worked out when there is a problem: for every deposit it would cost more
                // than all the checks.
                let file = StoreFile.deposits(data.season(of: deposit)).relativePath
                problems.append(Problem(file: file, recordID: deposit.id.rawValue, sentence))
            }
            func report(_ key: CheckText, _ values: [CustomStringConvertible] = []) {
                add(CheckSentence(key, values))
            }
            if !Limits.renewals.contains(deposit.renewals) {
                report(.renewalsOutOfRange, Limits.renewals.bounds(found: deposit.renewals))
            }
            if !owners.partnerIDs.contains(deposit.partnerID) { report(.partnerMissing, [deposit.partnerID]) }
            for crate in deposit.crateIDs where !owners.crateIDs.contains(crate) {
                report(.crateMissing, [crate])
            }
            if booksOnly?(deposit) ?? true {
                for barcode in deposit.itemBarcodes where !isItem(barcode) {
                    report(.itemNotInCatalogue, [barcode, StoreFile.items(of: barcode)])
                }
            }
            if let dispatched = deposit.dispatchedOn {
                if deposit.dueOn < dispatched { report(.dueBeforeSent, [deposit.dueOn, dispatched]) }
                if let returned = deposit.returnedOn, returned < dispatched {
                    report(.returnedBeforeSent, [returned, dispatched])
                }
            } else if deposit.returnedOn != nil {
                report(.returnedNeverSent)
            }
            for exception in deposit.exceptions where !deposit.itemBarcodes.contains(exception.barcode) {
                report(.exceptionNotLent, [exception.barcode])
            }
            if let progress = deposit.returnInProgress {
                for sentence in returnProblems(progress, of: deposit, in: data) { add(sentence) }
            }
        }
        return problems
    }

    /// What is wrong with a saved return in progress (`Deposit.returnInProgress`): it belongs on a deposit that is
    /// out (or partly returned), and names only books lent on it or kept back or lost on another deposit of the same
    /// partner (late returns), each once.
    private static func returnProblems(_ progress: Deposit.ReturnProgress, of deposit: Deposit, in data: LibraryData)
        -> [CheckSentence]
    {
        var problems: [CheckSentence] = []
        guard let dispatched = deposit.dispatchedOn else { return [CheckSentence(.returnNeverSent, [])] }
        if let returned = deposit.returnedOn, !deposit.isPartlyReturned {
            problems.append(CheckSentence(.returnAlreadyHome, [returned]))
        }
        if progress.startedOn < dispatched {
            problems.append(CheckSentence(.returnStartedBeforeSent, [progress.startedOn, dispatched]))
        }
        let lent = Set(deposit.itemBarcodes)
        var seen = Set<Item.ID>()
        for barcode in progress.scanned {
            if !seen.insert(barcode).inserted {
                problems.append(CheckSentence(.returnScannedTwice, [barcode]))
            } else if !lent.contains(barcode),
                !data.deposits.contains(where: {
                    $0.partnerID == deposit.partnerID && $0.id != deposit.id && $0.itemBarcodes.contains(barcode)
                })
            {
                problems.append(CheckSentence(.returnNotLent, [barcode, deposit.partnerID]))
            }
        }
        for damage in progress.damaged where !seen.contains(damage.barcode) {
            problems.append(CheckSentence(.returnDamagedNotScanned, [damage.barcode]))
        }
        return problems
    }

    private static func checkTeamsAndEvents(
        _ data: LibraryData, staffIDs: Set<StaffMember.ID>, partnerIDs: Set<Partner.ID>
    ) -> [Problem] {
        var problems: [Problem] = []
        let teamIDs = unique(data.teams, file: StoreFile.teams.relativePath, into: &problems)
        for team in data.teams {
            func report(_ key: CheckText, _ values: [CustomStringConvertible] = []) {
                problems.append(
                    Problem(file: StoreFile.teams.relativePath, recordID: team.id.rawValue, CheckSentence(key, values)))
            }
            for member in team.memberIDs where !staffIDs.contains(member) {
                report(.memberNotStaff, [member])
            }
            if !team.memberIDs.contains(team.coordinatorID) {
                report(.coordinatorNotMember, [team.coordinatorID])
            }
        }

        _ = unique(data.events, file: StoreFile.events.relativePath, into: &problems)
        for event in data.events {
            func report(_ key: CheckText, _ values: [CustomStringConvertible] = []) {
                problems.append(
                    Problem(
                        file: StoreFile.events.relativePath, recordID: event.id.rawValue, CheckSentence(key, values)))
            }
            if let team = event.teamID, !teamIDs.contains(team) { report(.teamMissing, [team]) }
            for partner in event.partnerIDs where !partnerIDs.contains(partner) {
                report(.partnerMissing, [partner])
            }
            if let end = event.endsOn, end < event.startsOn { report(.eventEndsBeforeStart, [end]) }
        }
        return problems
    }

    private static func checkSettings(_ settings: LibrarySettings, into problems: inout [Problem]) {
        let file = StoreFile.settings.relativePath
        if !(1...12).contains(settings.seasonStartMonth) {
            problems.append(Problem(file: file, .seasonStartMonth))
        }
        if settings.backupsToKeep < 0 {
            problems.append(Problem(file: file, .backupsToKeepNegative))
        }
        var seen = Set<Route.ID>()
        for route in settings.routes {
            if !seen.insert(route.id).inserted {
                problems.append(Problem(file: file, recordID: route.id.rawValue, .twoRoutesSameID))
            }
            if route.vanCapacity <= 0 {
                problems.append(
                    Problem(file: file, recordID: route.id.rawValue, .vanCapacity))
            }
            if route.deliveryWeekdays.isEmpty {
                problems.append(
                    Problem(file: file, recordID: route.id.rawValue, .noDeliveryWeekday))
            }
        }
    }

    private static func unique<R: Record>(_ records: [R], file: String, into problems: inout [Problem]) -> Set<R.ID>
    where R.ID: Hashable {
        var seen = Set<R.ID>()
        seen.reserveCapacity(records.count)
        for record in records where !seen.insert(record.id).inserted {
            problems.append(Problem(file: file, recordID: "\(record.id)", .identifierUsedTwice))
        }
        return seen
    }
}

/// Runs `first` and `second` at the same time, on two cores when there are two, and returns both results.
/// `body` of 0 to `count - 1`, on all cores, in that order; the work is handed out in that order too, so put the
/// largest first.
private func concurrentMap<Result: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
    let results = Mutex<[Result?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
        let result = body(index)
        results.withLock { $0[index] = result }
    }
    return results.withLock { $0.map { $0! } }
}

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
