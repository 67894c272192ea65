/// One file of a library folder. A library is split so that a typical change rewrites little: saving a deposit
/// rewrites only its season's file, and changing an item only the catalogue's shard that holds it.
public enum StoreFile: Hashable, Sendable, Comparable, CustomStringConvertible {
    case settings
    case partners
    case staff
    /// One shard of the item catalogue: the items whose barcodes end in the same two characters, `items/05.json`.
    case items(ItemShard)
    /// The whole catalogue in one file, as Depot wrote it before the catalogue was split: `items.json`. Read when
    /// there is no `items/` folder; opening the library for writing splits it (see ``LibraryStore``).
    case catalogue
    case crates
    case teams
    case events
    /// Deposits made in one season: `deposits/2026-27.json`.
    case deposits(Season)
    /// A season's rotation plan, draft and published: `plans/2027-28.json`.
    case plan(Season)

    /// The path inside the library folder.
    public var relativePath: String {
        switch self {
        case .settings: return "library.json"
        case .partners: return "partners.json"
        case .staff: return "staff.json"
        case .items(let shard): return "\(ItemShard.folderName)/\(shard.name).json"
        case .catalogue: return "items.json"
        case .crates: return "crates.json"
        case .teams: return "teams.json"
        case .events: return "events.json"
        case .deposits(let season): return "deposits/\(season.fileStem).json"
        case .plan(let season): return "plans/\(season.fileStem).json"
        }
    }

    /// The files every library has (catalogue shards come and go with items, deposit and plan files with seasons).
    public static let fixed: [StoreFile] = [.settings, .partners, .staff, .crates, .teams, .events]

    /// The catalogue's file that holds the item `barcode`.
    public static func items(of barcode: Item.ID) -> StoreFile { .items(ItemShard(of: barcode)) }

    /// Whether the file holds items: a shard of the catalogue, or the catalogue as one file.
    public var holdsItems: Bool {
        switch self {
        case .items, .catalogue: return true
        default: return false
        }
    }

    public var description: String { relativePath }

    /// Files sort as their paths do ("crates.json" < "deposits/2026-27.json" < "events.json" < "items.json" <
    /// "items/00.json" …), compared without building the paths: a commit sorts the library's hundred-odd files.
    public static func < (lhs: StoreFile, rhs: StoreFile) -> Bool {
        switch (lhs, rhs) {
        case (.items(let a), .items(let b)): return a < b
        case (.deposits(let a), .deposits(let b)), (.plan(let a), .plan(let b)): return a < b
        default: return lhs.pathRank < rhs.pathRank
        }
    }

    /// The place of the file's path (its first characters) among the others'.
    private var pathRank: Int {
        switch self {
        case .crates: return 0
        case .deposits: return 1
        case .events: return 2
        case .catalogue: return 3
        case .items: return 4
        case .settings: return 5
        case .partners: return 6
        case .plan: return 7
        case .staff: return 8
        case .teams: return 9
        }
    }
}

/// How records are laid out in a file. Both are valid JSON with sorted keys and records in identifier order.
enum RecordLayout: Sendable {
    /// Every record pretty-printed over several lines: for small files people read, such as partners.
    case pretty
    /// One record per line: for large tables (items, crates, deposits). A changed record is a one-line diff, and
    /// the file is much smaller and faster to read.
    case recordPerLine
}

/// A record kind with a file of its own. A file's records are decoded on all cores; a record-per-line file keeps
/// the lines of records that did not change (see ``EncodedLines``).
protocol StoredRecord: Record, ConcurrentlyDecodable, Equatable {
    /// The key of the record array in the file: `"partners"`.
    static var collectionKey: String { get }
    static var layout: RecordLayout { get }
}

extension Partner: StoredRecord {
    static var collectionKey: String { "partners" }
    static var layout: RecordLayout { .pretty }
}

extension StaffMember: StoredRecord {
    static var collectionKey: String { "staff" }
    static var layout: RecordLayout { .pretty }
}

extension Item: StoredRecord {
    static var collectionKey: String { "items" }
    static var layout: RecordLayout { .recordPerLine }
}

extension Crate: StoredRecord {
    static var collectionKey: String { "crates" }
    static var layout: RecordLayout { .recordPerLine }
}

extension Deposit: StoredRecord {
    static var collectionKey: String { "deposits" }
    static var layout: RecordLayout { .recordPerLine }
}

extension PartnershipTeam: StoredRecord {
    static var collectionKey: String { "teams" }
    static var layout: RecordLayout { .pretty }
}

extension Event: StoredRecord {
    static var collectionKey: String { "events" }
    static var layout: RecordLayout { .pretty }
}

/// A shard of the item catalogue: the items whose barcodes end in the same two characters (digits, or letters
/// written in lower case), so that one item's change rewrites a file of a few hundred records, and a person finds an
/// item's file by its barcode: 5000100000005 is in `items/05.json`. The last two digits of a library's barcodes
/// (a running number and a check digit) spread the items evenly over the 100 shards of a numeric catalogue.
public struct ItemShard: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The folder the shards are in.
    public static let folderName = "items"

    /// The two characters, as ASCII bytes: the shard's name.
    let first: UInt8
    let second: UInt8

    /// The shard of `barcode`. A barcode of one character is read as if it began with "0"; a character that is not
    /// an ASCII letter or digit is written "_".
    public init(of barcode: Item.ID) {
        let utf8 = barcode.rawValue.utf8
        var last: UInt8 = UInt8(ascii: "0")
        var beforeLast: UInt8 = UInt8(ascii: "0")
        if let end = utf8.indices.last {
            last = utf8[end]
            if end > utf8.startIndex { beforeLast = utf8[utf8.index(before: end)] }
        }
        first = ItemShard.normalised(beforeLast)
        second = ItemShard.normalised(last)
    }

    /// The shard named `name` ("05"), or nil when that is not a shard's name.
    public init?(name: String) {
        let bytes = Array(name.utf8)
        guard bytes.count == 2, bytes.allSatisfy({ ItemShard.normalised($0) == $0 }) else { return nil }
        first = bytes[0]
        second = bytes[1]
    }

    private static func normalised(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"): byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
        default: UInt8(ascii: "_")
        }
    }

    /// The shard's two characters in one number, for tables kept by shard.
    var code: UInt16 { UInt16(first) << 8 | UInt16(second) }

    init(code: UInt16) {
        first = UInt8(code >> 8)
        second = UInt8(code & 0xFF)
    }

    public var name: String { String(decoding: [first, second], as: UTF8.self) }

    public var description: String { name }

    public static func < (lhs: ItemShard, rhs: ItemShard) -> Bool {
        (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }
}
