/// What kind of deposit a partner has.
public enum DepositKind: String, Codable, CaseIterable, Sendable {
    /// *Børnehavedepot*: one or more crates for a shorter period, then exchanged.
    case deposit
    /// *Børnehavebibliotek*: a larger collection lent for a longer period.
    case kindergartenLibrary
}

/// A van round with its delivery weekdays and how many crates the van holds on one route day.
public struct Route: Record, Hashable {
    public typealias ID = Identifier<Route>

    public var id: ID
    public var name: String
    public var deliveryWeekdays: [Weekday]
    /// Crates the van carries on one route day (out and home together count once each).
    public var vanCapacity: Int
    public var driver: String?

    public init(id: ID, name: String, deliveryWeekdays: [Weekday], vanCapacity: Int, driver: String? = nil) {
        self.id = id
        self.name = name
        self.deliveryWeekdays = deliveryWeekdays
        self.vanCapacity = vanCapacity
        self.driver = driver
    }

    /// Refuses a van capacity outside `Limits.vanCapacity`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        deliveryWeekdays = try container.decode([Weekday].self, forKey: .deliveryWeekdays)
        vanCapacity = try container.decode(Int.self, forKey: .vanCapacity, within: Limits.vanCapacity)
        driver = try container.decodeIfPresent(String.self, forKey: .driver)
    }
}

/// How the desk's barcode scanner types (`library.json` key `scanner`, optional): how long it may pause between
/// keystrokes, and the character it sends before and after each barcode when it is set up to.
public struct ScannerSettings: Hashable, Codable, Sendable {
    /// The usual longest pause between a scanner's keystrokes: slow Bluetooth scanners and desks over SSH pause
    /// 60–80 ms, while a person rarely types two digits 100 ms apart.
    public static let usualKeyGap = 100

    /// The longest pause between keystrokes of one barcode, in milliseconds; `nil` means `usualKeyGap`.
    public var keyGapMilliseconds: Int?
    /// One character the scanner sends before each barcode, if it is set up to.
    public var prefix: String?
    /// One character the scanner sends after each barcode in place of Enter, if it is set up to.
    public var suffix: String?

    public init(keyGapMilliseconds: Int? = nil, prefix: String? = nil, suffix: String? = nil) {
        self.keyGapMilliseconds = keyGapMilliseconds
        self.prefix = prefix
        self.suffix = suffix
    }

    private enum CodingKeys: String, CodingKey {
        case keyGapMilliseconds, prefix, suffix
    }

    /// The pause that still belongs to one barcode (`usualKeyGap` unless set).
    public var keyGap: Int { keyGapMilliseconds ?? Self.usualKeyGap }

    /// Refuses a pause outside `Limits.scannerKeyGap` and a prefix or suffix that is not exactly one character.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        keyGapMilliseconds = try container.decodeIfPresent(
            Int.self, forKey: .keyGapMilliseconds, within: Limits.scannerKeyGap)
        prefix = try Self.oneCharacter(container, .prefix)
        suffix = try Self.oneCharacter(container, .suffix)
    }

    private static func oneCharacter(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws
        -> String?
    {
        guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard text.count == 1 else {
            throw container.outOfRange(key, "must be one character; found \(text.count) characters")
        }
        return text
    }
}

/// The library's own settings: who it is, its rules and its van routes (`library.json`).
public struct LibrarySettings: Hashable, Codable, Sendable {
    public struct LoanPeriods: Hashable, Codable, Sendable {
        public var deposit: CalendarPeriod
        public var kindergartenLibrary: CalendarPeriod

        public init(deposit: CalendarPeriod = .months(3), kindergartenLibrary: CalendarPeriod = .months(12)) {
            self.deposit = deposit
            self.kindergartenLibrary = kindergartenLibrary
        }

        /// Each period must be from 1 day to 5 years (`CalendarPeriod` refuses others as it is read).
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            deposit = try container.decode(CalendarPeriod.self, forKey: .deposit)
            kindergartenLibrary = try container.decode(CalendarPeriod.self, forKey: .kindergartenLibrary)
        }

        public subscript(kind: DepositKind) -> CalendarPeriod {
            switch kind {
            case .deposit: return deposit
            case .kindergartenLibrary: return kindergartenLibrary
            }
        }
    }

    public var name: String
    public var address: Address
    /// ISO 4217 code of the currency amounts are kept in.
    public var currency: String
    public var loanPeriods: LoanPeriods
    /// For partners that have no policy of their own and are not kindergartens or childminders.
    public var defaultFinePolicy: FinePolicy
    /// The month a season starts in (8 = August, following the school year).
    public var seasonStartMonth: Int
    /// How many times a deposit may be extended.
    public var renewalLimit: Int
    /// A deposit is "due soon" this many days before its due date.
    public var dueSoonDays: Int
    /// Working days a crate stays home between partners (checking, repairs).
    public var turnaroundWorkingDays: Int
    /// How many earlier versions of each data file are kept in `backups/`.
    public var backupsToKeep: Int
    public var routes: [Route]
    /// Months after a competition's final that readers' first names are kept; `nil` means 12.
    public var readerRetentionMonths: Int?
    /// How the desk's scanner types; `nil` means the usual (`ScannerSettings()`).
    public var scanner: ScannerSettings?
    /// The printer queue printouts go to (`lp -d`, `lpr -P`); `nil` for the machine's default printer.
    public var printer: String?
    /// The library's own closed weeks, every year: no van drives to any partner then. Nil or empty for none.
    public var recurringClosures: [RecurringClosure]?

    /// Months after a competition's final that readers' first names are kept (12 unless set).
    public var readerRetention: Int { readerRetentionMonths ?? 12 }

    public init(
        name: String, address: Address, currency: String = "DKK", loanPeriods: LoanPeriods = LoanPeriods(),
        defaultFinePolicy: FinePolicy = FinePolicy(
            mode: .charged, finePerOverdueDay: Money(kroner: 5), fineCap: Money(kroner: 150)),
        seasonStartMonth: Int = 8, renewalLimit: Int = 2, dueSoonDays: Int = 14, turnaroundWorkingDays: Int = 5,
        backupsToKeep: Int = 5, routes: [Route] = [], readerRetentionMonths: Int? = nil,
        scanner: ScannerSettings? = nil, printer: String? = nil, recurringClosures: [RecurringClosure]? = nil
    ) {
        self.name = name
        self.address = address
        self.currency = currency
        self.loanPeriods = loanPeriods
        self.defaultFinePolicy = defaultFinePolicy
        self.seasonStartMonth = seasonStartMonth
        self.renewalLimit = renewalLimit
        self.dueSoonDays = dueSoonDays
        self.turnaroundWorkingDays = turnaroundWorkingDays
        self.backupsToKeep = backupsToKeep
        self.routes = routes
        self.readerRetentionMonths = readerRetentionMonths
        self.scanner = scanner
        self.printer = printer
        self.recurringClosures = recurringClosures
    }

    /// Refuses any number outside its range in `Limits` (a day of "due soon" days beyond a year, a turnaround of
    /// more than 60 working days, ...), naming the field, where the arithmetic built on it would go wrong.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        address = try container.decode(Address.self, forKey: .address)
        currency = try container.decode(String.self, forKey: .currency)
        loanPeriods = try container.decode(LoanPeriods.self, forKey: .loanPeriods)
        defaultFinePolicy = try container.decode(FinePolicy.self, forKey: .defaultFinePolicy)
        seasonStartMonth = try container.decode(Int.self, forKey: .seasonStartMonth, within: Limits.seasonStartMonth)
        renewalLimit = try container.decode(Int.self, forKey: .renewalLimit, within: Limits.renewalLimit)
        dueSoonDays = try container.decode(Int.self, forKey: .dueSoonDays, within: Limits.dueSoonDays)
        turnaroundWorkingDays = try container.decode(
            Int.self, forKey: .turnaroundWorkingDays, within: Limits.turnaroundWorkingDays)
        backupsToKeep = try container.decode(Int.self, forKey: .backupsToKeep, within: Limits.backupsToKeep)
        routes = try container.decode([Route].self, forKey: .routes)
        readerRetentionMonths = try container.decodeIfPresent(
            Int.self, forKey: .readerRetentionMonths, within: Limits.readerRetentionMonths)
        scanner = try container.decodeIfPresent(ScannerSettings.self, forKey: .scanner)
        printer = try container.decodeIfPresent(String.self, forKey: .printer)
        if let printer, let problem = TextPrintLayout.checkPrinterName(printer) {
            throw DecodingError.dataCorruptedError(forKey: .printer, in: container, debugDescription: problem)
        }
        recurringClosures = try container.decodeIfPresent([RecurringClosure].self, forKey: .recurringClosures)
    }

    /// The season a day belongs to under this library's season start.
    public func season(containing day: Day) -> Season { Season(containing: day, startMonth: seasonStartMonth) }
}
