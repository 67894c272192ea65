/// One file of a library folder. A library is split so that a typical change rewrites little: saving a deposit
/// rewrites only its season's file, never the item catalogue.
public enum StoreFile: Hashable, Sendable, Comparable, CustomStringConvertible {
    case settings
    case partners
    case staff
    case items
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
        case .items: return "items.json"
        case .crates: return "crates.json"
        case .teams: return "teams.json"
        case .events: return "events.json"
        case .deposits(let season): return "deposits/\(season.fileStem).json"
        case .plan(let season): return "plans/\(season.fileStem).json"
        }
    }

    /// The files every library has (deposit and plan files come and go with seasons).
    public static let fixed: [StoreFile] = [.settings, .partners, .staff, .items, .crates, .teams, .events]

    public var description: String { relativePath }

    public static func < (lhs: StoreFile, rhs: StoreFile) -> Bool { lhs.relativePath < rhs.relativePath }
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
