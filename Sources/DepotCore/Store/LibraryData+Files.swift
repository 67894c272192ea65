/// What one store file holds, once read.
enum LoadedFile: Sendable {
    case settings(LibrarySettings)
    case partners([Partner])
    case staff([StaffMember])
    case items([Item])
    case crates([Crate])
    case teams([PartnershipTeam])
    case events([Event])
    case deposits([Deposit])
    /// A season's plan; nil when its file is gone.
    case plan(SeasonPlan?)
}

/// A record that changed between two versions of a library, for the change log and for saying what another desk
/// did: its file, identifier and each version as one line of JSON (nil where it did not exist).
public struct RecordChange: Hashable, Sendable {
    public var file: StoreFile
    public var recordID: String
    public var before: String?
    public var after: String?
}

extension LibraryData {
    /// The library with `file`'s part replaced by what was read from it.
    mutating func replace(_ file: StoreFile, with loaded: LoadedFile) {
        switch loaded {
        case .settings(let value): settings = value
        case .partners(let value): partners = value
        case .staff(let value): staff = value
        case .items(let value):
            if case .items(let shard) = file {
                items = items.replacing(shard, with: value)
            } else {
                items = ItemCatalogue(value)
            }
        case .crates(let value): crates = value
        case .teams(let value): teams = value
        case .events(let value): events = value
        case .deposits(let value):
            guard case .deposits(let season) = file else { return }
            let settings = settings
            deposits.removeAll { settings.season(containing: $0.createdOn) == season }
            deposits.append(contentsOf: value)
            deposits.sortIfNeeded()
        case .plan(let value):
            guard case .plan(let season) = file else { return }
            plans.removeAll { $0.season == season }
            if let value {
                plans.append(value)
                plans.sort { $0.season < $1.season }
            }
        }
    }

    /// `file`'s part of this library, as it would be read back.
    func content(of file: StoreFile) -> LoadedFile {
        switch file {
        case .settings: return .settings(settings)
        case .partners: return .partners(partners)
        case .staff: return .staff(staff)
        case .items(let shard): return .items(items.inShard(shard))
        case .catalogue: return .items(items.array)
        case .crates: return .crates(crates)
        case .teams: return .teams(teams)
        case .events: return .events(events)
        case .deposits(let season): return .deposits(deposits.filter { self.season(of: $0) == season })
        case .plan(let season): return .plan(plan(for: season))
        }
    }

    /// Merges `file` of `ours` (made from `base`) into this library, the version on disk. Returns the records both
    /// sides changed differently; those keep this library's version.
    mutating func merge(_ file: StoreFile, base: LibraryData, ours: LibraryData) -> [RecordConflict] {
        switch (base.content(of: file), ours.content(of: file), content(of: file)) {
        case (.settings(let b), .settings(let o), .settings(let t)):
            let (merged, conflicts) = RecordMerge.merge(base: b, ours: o, theirs: t, file: file, id: "library")
            if let merged { settings = merged }
            return conflicts
        case (.partners(let b), .partners(let o), .partners(let t)):
            return merged(file, b, o, t) { $0.partners = $1 }
        case (.staff(let b), .staff(let o), .staff(let t)):
            return merged(file, b, o, t) { $0.staff = $1 }
        case (.items(let b), .items(let o), .items(let t)):
            let (records, conflicts) = RecordMerge.merge(base: b, ours: o, theirs: t, file: file)
            replace(file, with: .items(records))
            return conflicts
        case (.crates(let b), .crates(let o), .crates(let t)):
            return merged(file, b, o, t) { $0.crates = $1 }
        case (.teams(let b), .teams(let o), .teams(let t)):
            return merged(file, b, o, t) { $0.teams = $1 }
        case (.events(let b), .events(let o), .events(let t)):
            return merged(file, b, o, t) { $0.events = $1 }
        case (.deposits(let b), .deposits(let o), .deposits(let t)):
            let (records, conflicts) = RecordMerge.merge(base: b, ours: o, theirs: t, file: file)
            replace(file, with: .deposits(records))
            return conflicts
        case (.plan(let b), .plan(let o), .plan(let t)):
            let id = "\(b?.season ?? o?.season ?? t?.season ?? Season(startYear: 2000))"
            let (merged, conflicts) = RecordMerge.merge(base: b, ours: o, theirs: t, file: file, id: id)
            replace(file, with: .plan(merged))
            return conflicts
        default:
            return []
        }
    }

    private mutating func merged<R: StoredRecord>(
        _ file: StoreFile, _ base: [R], _ ours: [R], _ theirs: [R], _ set: (inout LibraryData, [R]) -> Void
    ) -> [RecordConflict] {
        let (records, conflicts) = RecordMerge.merge(base: base, ours: ours, theirs: theirs, file: file)
        set(&self, records)
        return conflicts
    }

    /// The records of `file` that differ between `self` and `newer`, in identifier order.
    func changes(in file: StoreFile, to newer: LibraryData) -> [RecordChange] {
        if case .items(let shard) = file, let ranges = newer.items.rangesNotShared(with: items) {
            // The chunks both catalogues share hold the same items: only the others can differ.
            var old: [Item] = []
            var new: [Item] = []
            for range in ranges {
                for index in range {
                    if ItemShard(of: items[index].barcode) == shard { old.append(items[index]) }
                    if ItemShard(of: newer.items[index].barcode) == shard { new.append(newer.items[index]) }
                }
            }
            return RecordDiff.changes(file, old, new)
        }
        switch (content(of: file), newer.content(of: file)) {
        case (.settings(let a), .settings(let b)):
            return a == b ? [] : [RecordChange(file: file, recordID: "library", before: line(a), after: line(b))]
        case (.partners(let a), .partners(let b)): return RecordDiff.changes(file, a, b)
        case (.staff(let a), .staff(let b)): return RecordDiff.changes(file, a, b)
        case (.items(let a), .items(let b)): return RecordDiff.changes(file, a, b)
        case (.crates(let a), .crates(let b)): return RecordDiff.changes(file, a, b)
        case (.teams(let a), .teams(let b)): return RecordDiff.changes(file, a, b)
        case (.events(let a), .events(let b)): return RecordDiff.changes(file, a, b)
        case (.deposits(let a), .deposits(let b)): return RecordDiff.changes(file, a, b)
        case (.plan(let a), .plan(let b)):
            guard a != b else { return [] }
            let id = "\(a?.season ?? b?.season ?? Season(startYear: 2000))"
            return [RecordChange(file: file, recordID: id, before: a.flatMap(line), after: b.flatMap(line))]
        default: return []
        }
    }

    private func line<R: Encodable>(_ record: R) -> String? { RecordMerge.line(of: record) }
}

/// The records that differ between two versions of one file.
enum RecordDiff {
    /// At most this many changed records are written out in full; a larger change (an import) is only counted.
    static let fullRecordLimit = 500

    static func changes<R: StoredRecord>(_ file: StoreFile, _ old: [R], _ new: [R]) -> [RecordChange] {
        // One walk compares each record once; a file being written has changed, so no whole-array test first.
        let old = old.sortedIfNeeded()
        let new = new.sortedIfNeeded()
        var pairs: [(before: R?, after: R?)] = []
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if j >= new.count || (i < old.count && old[i].id < new[j].id) {
                pairs.append((old[i], nil))
                i += 1
            } else if i >= old.count || new[j].id < old[i].id {
                pairs.append((nil, new[j]))
                j += 1
            } else {
                if old[i] != new[j] { pairs.append((old[i], new[j])) }
                i += 1
                j += 1
            }
        }
        let full = pairs.count <= fullRecordLimit
        return pairs.map { pair in
            let id = pair.after.map { "\($0.id)" } ?? pair.before.map { "\($0.id)" } ?? ""
            return RecordChange(
                file: file, recordID: id, before: full ? pair.before?.line : nil, after: full ? pair.after?.line : nil)
        }
    }
}

extension StoredRecord {
    fileprivate var line: String? { RecordMerge.line(of: self) }
}

extension ItemCatalogue {
    /// The catalogue (sorted by barcode) with the items of `shard` replaced by `records` (sorted too). When the
    /// shard holds the same barcodes as before (items edited, none added or removed), the changed items are
    /// replaced where they stand, so only their chunks are copied; otherwise the catalogue is rebuilt in one walk.
    func replacing(_ shard: ItemShard, with records: [Item]) -> ItemCatalogue {
        let records = records.sortedIfNeeded()
        let old = positions(in: shard)
        if old.count == records.count, zip(old, records).allSatisfy({ self[$0.0].id == $0.1.id }) {
            var result = self
            for (position, record) in zip(old, records) where result[position] != record { result[position] = record }
            return result
        }
        var result = ItemCatalogue()
        var next = records.startIndex
        for index in indices where ItemShard(of: self[index].id) != shard {
            while next < records.endIndex, records[next].id < self[index].id {
                result.append(records[next])
                next += 1
            }
            result.append(self[index])
        }
        result.append(contentsOf: records[next...])
        return result
    }
}
