import Foundation

/// One record that two writers changed, each in their own way, since the version both started from. Nothing is
/// overwritten: the file keeps the version on disk ("theirs") until a person chooses, field by field.
public struct RecordConflict: Hashable, Sendable, CustomStringConvertible {
    public var file: StoreFile
    /// The record's identifier, as in the file: `P003`, `K042`, `D-2026-11-02-01`.
    public var recordID: String
    /// Each version as the file writes it (one line of JSON), or nil where the record does not exist: deleted on
    /// that side, or new on the other.
    public var base: String?
    public var ours: String?
    public var theirs: String?

    /// The fields in which this writer's version and the one on disk differ, in the file's (sorted) key order.
    public var fields: [FieldDifference] { FieldDifference.between(ours: ours, theirs: theirs) }

    public var description: String { text(in: .english) }
}

extension RecordConflict: LocalizedText {
    /// "crates.json: record K001 was changed both here and by another desk (status, partnerID)".
    public func text(in language: Language) -> String {
        let book = TextBook(language)
        let id = TerminalSafe.field(recordID, limit: TerminalSafe.quoteLimit)
        switch (ours, theirs) {
        case (nil, _): return book.format(ConflictText.deletedHere, file.relativePath, id)
        case (_, nil): return book.format(ConflictText.deletedThere, file.relativePath, id)
        default:
            let names = fields.prefix(6).map(\.name).joined(separator: ", ")
            return book.format(
                ConflictText.changedOnBothSides, file.relativePath, id,
                names.isEmpty ? book[ConflictText.wholeRecord] : names)
        }
    }
}

/// How a conflict between two desks' changes of one record is said.
public enum ConflictText: String, TextCatalogue {
    case deletedHere, deletedThere, changedOnBothSides, wholeRecord

    public static let placeholders: [ConflictText: [String]] = [
        .deletedHere: ["file", "record"], .deletedThere: ["file", "record"],
        .changedOnBothSides: ["file", "record", "fields"],
    ]
}

/// One field of a conflicting record: its value in each version, as JSON text (nil when the field is absent).
public struct FieldDifference: Hashable, Sendable {
    public init(name: String, ours: String?, theirs: String?) {
        self.name = name
        self.ours = ours
        self.theirs = theirs
    }

    public var name: String
    public var ours: String?
    public var theirs: String?

    /// The differing fields, nested objects followed down to their own fields (`contact.name`); a list is one field.
    static func between(ours: String?, theirs: String?) -> [FieldDifference] {
        let mine = flattened(ours.flatMap(object(from:)) ?? [:])
        let others = flattened(theirs.flatMap(object(from:)) ?? [:])
        return Set(mine.keys).union(others.keys).sorted().compactMap { name in
            let left = mine[name].flatMap(text(of:))
            let right = others[name].flatMap(text(of:))
            return left == right ? nil : FieldDifference(name: name, ours: left, theirs: right)
        }
    }

    /// `{"contact": {"name": …}}` as `["contact.name": …]`.
    static func flattened(_ object: [String: Any], prefix: String = "") -> [String: Any] {
        var flat: [String: Any] = [:]
        for (key, value) in object {
            let name = prefix.isEmpty ? key : "\(prefix).\(key)"
            if let nested = value as? [String: Any], !nested.isEmpty {
                flat.merge(flattened(nested, prefix: name)) { $1 }
            } else {
                flat[name] = value
            }
        }
        return flat
    }

    /// Sets (or, with nil, removes) the field at a dotted path.
    static func set(_ value: Any?, at path: [Substring], in object: inout [String: Any]) {
        guard let first = path.first else { return }
        let key = String(first)
        if path.count == 1 {
            object[key] = value
            return
        }
        var nested = object[key] as? [String: Any] ?? [:]
        set(value, at: Array(path.dropFirst()), in: &nested)
        object[key] = nested
    }

    static func object(from json: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])) as? [String: Any]
    }

    static func text(of value: Any) -> String? {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Three-way merge of one file's records: `base` as this writer read them, `ours` after its change, `theirs` as
/// another writer left them on disk. A record changed on one side only takes that side; changed alike on both, it
/// is kept once; changed differently on both, it is a conflict and keeps theirs.
enum RecordMerge {
    static func merge<R: StoredRecord>(base: [R], ours: [R], theirs: [R], file: StoreFile) -> (
        merged: [R], conflicts: [RecordConflict]
    ) {
        let base = base.sortedIfNeeded()
        let ours = ours.sortedIfNeeded()
        let theirs = theirs.sortedIfNeeded()
        if ours == base { return (theirs, []) }
        if theirs == base { return (ours, []) }
        var merged: [R] = []
        merged.reserveCapacity(max(ours.count, theirs.count))
        var conflicts: [RecordConflict] = []
        var indices = (b: 0, o: 0, t: 0)
        while indices.b < base.count || indices.o < ours.count || indices.t < theirs.count {
            let candidates = [
                indices.b < base.count ? base[indices.b].id : nil,
                indices.o < ours.count ? ours[indices.o].id : nil,
                indices.t < theirs.count ? theirs[indices.t].id : nil,
            ].compactMap { $0 }
            guard let id = candidates.min() else { break }
            func take(_ records: [R], _ index: inout Int) -> R? {
                guard index < records.count, records[index].id == id else { return nil }
                defer { index += 1 }
                return records[index]
            }
            let b = take(base, &indices.b)
            let o = take(ours, &indices.o)
            let t = take(theirs, &indices.t)
            switch resolve(base: b, ours: o, theirs: t) {
            case .take(let record):
                if let record { merged.append(record) }
            case .conflict:
                if let t { merged.append(t) }
                conflicts.append(
                    RecordConflict(
                        file: file, recordID: "\(id)", base: text(b), ours: text(o),
                        theirs: text(t)))
            }
        }
        return (merged, conflicts)
    }

    /// A file that holds one record (the library's settings, a season's plan).
    static func merge<R: Codable & Equatable>(base: R?, ours: R?, theirs: R?, file: StoreFile, id: String) -> (
        merged: R?, conflicts: [RecordConflict]
    ) {
        switch resolve(base: base, ours: ours, theirs: theirs) {
        case .take(let record): return (record, [])
        case .conflict:
            return (
                theirs,
                [
                    RecordConflict(
                        file: file, recordID: id, base: text(base), ours: text(ours),
                        theirs: text(theirs))
                ]
            )
        }
    }

    private enum Outcome<R> {
        case take(R?)
        case conflict
    }

    private static func resolve<R: Equatable>(base: R?, ours: R?, theirs: R?) -> Outcome<R> {
        if ours == base { return .take(theirs) }
        if theirs == base || theirs == ours { return .take(ours) }
        return .conflict
    }

    /// A record as one line of JSON, or nil for no record.
    static func text<R: Encodable>(_ record: R?) -> String? {
        guard let record else { return nil }
        return line(of: record)
    }

    static func line<R: Encodable>(of record: R) -> String? {
        (try? FileEncoder.compact.encode(record)).map { String(decoding: $0, as: UTF8.self) }
    }
}

extension RecordConflict {
    /// The record as a person chose it: the version on disk with the fields named in `ours` taken from this
    /// writer's version instead. Nil when the choice is no record at all (both fields sets come from a deleted side).
    public func resolved(takingOurs ours: Set<String>) -> String? {
        let mine = self.ours.flatMap(FieldDifference.object(from:))
        let others = theirs.flatMap(FieldDifference.object(from:))
        // One side deleted the record: the choice is the whole record.
        guard var record = others ?? mine else { return nil }
        if mine == nil || others == nil {
            return ours.isEmpty ? theirs : self.ours
        }
        let flat = FieldDifference.flattened(mine ?? [:])
        for field in ours {
            FieldDifference.set(flat[field], at: field.split(separator: "."), in: &record)
        }
        return FieldDifference.text(of: record)
    }
}

extension LibraryData {
    /// Puts `json` in as the record `id` of `file` (nil removes it): a conflict resolved by a person. Throws when the
    /// JSON does not make a record of that file's kind.
    public mutating func setRecord(_ file: StoreFile, id: String, json: String?) throws {
        func decoded<R: Decodable>(_ type: R.Type) throws -> R? {
            guard let json else { return nil }
            return try JSONDecoder().decode(R.self, from: Data(json.utf8))
        }
        func put<C: RangeReplaceableCollection<R> & MutableCollection, R: StoredRecord>(_ records: inout C) throws {
            records.removeAll { "\($0.id)" == id }
            if let record = try decoded(R.self) { records.upsert(record) }
        }
        switch file {
        case .settings:
            if let value = try decoded(LibrarySettings.self) { settings = value }
        case .partners: try put(&partners)
        case .staff: try put(&staff)
        case .items, .catalogue: try put(&items)
        case .crates: try put(&crates)
        case .teams: try put(&teams)
        case .events: try put(&events)
        case .deposits:
            try put(&deposits)
        case .plan(let season):
            plans.removeAll { $0.season == season }
            if let plan = try decoded(SeasonPlan.self) { setPlan(plan) }
        }
    }
}
