/// Crates lent to a partner for a loan period. Deposits are never deleted: they are the history.
public struct Deposit: Record, Hashable {
    public typealias ID = Identifier<Deposit>

    /// Something that happened to one item of a deposit.
    public struct Exception: Hashable, Codable, Sendable {
        public enum Kind: String, Codable, CaseIterable, Sendable {
            /// Not returned and written off.
            case lost
            /// Returned damaged.
            case damaged
            /// Not returned yet, still at the partner; stays on the deposit.
            case stillAtPartner
            /// Written off earlier and found again.
            case found
        }

        public var barcode: Item.ID
        public var kind: Kind
        public var recordedOn: Day
        public var note: String?

        public init(barcode: Item.ID, kind: Kind, recordedOn: Day, note: String? = nil) {
            self.barcode = barcode
            self.kind = kind
            self.recordedOn = recordedOn
            self.note = note
        }
    }

    public var id: ID
    public var partnerID: Partner.ID
    public var kind: DepositKind
    public var crateIDs: [Crate.ID]
    /// The items as they were when the crates left, so history survives repacking.
    public var itemBarcodes: [Item.ID]
    /// The day the record was made (packing); fixes which season file the deposit lives in.
    public var createdOn: Day
    /// The van visit a packed deposit is packed for (a day its partner's route runs, or a special delivery). Nil
    /// when packed without a chosen visit: the crates then go at the partner's next van day.
    public var visitOn: Day?
    public var dispatchedOn: Day?
    public var dueOn: Day
    public var returnedOn: Day?
    public var renewals: Int
    public var exceptions: [Exception]
    public var notes: String?
    /// A return being scanned at the desk and not finished yet (`ScanIn`), saved after every scan. Nil otherwise, and
    /// in files written before returns were saved as they went.
    public var returnInProgress: ReturnProgress?

    public init(
        id: ID, partnerID: Partner.ID, kind: DepositKind, crateIDs: [Crate.ID], itemBarcodes: [Item.ID],
        createdOn: Day, visitOn: Day? = nil, dispatchedOn: Day? = nil, dueOn: Day, returnedOn: Day? = nil,
        renewals: Int = 0,
        exceptions: [Exception] = [], notes: String? = nil, returnInProgress: ReturnProgress? = nil
    ) {
        self.id = id
        self.partnerID = partnerID
        self.kind = kind
        self.crateIDs = crateIDs
        self.itemBarcodes = itemBarcodes
        self.createdOn = createdOn
        self.visitOn = visitOn
        self.dispatchedOn = dispatchedOn
        self.dueOn = dueOn
        self.returnedOn = returnedOn
        self.renewals = renewals
        self.exceptions = exceptions
        self.notes = notes
        self.returnInProgress = returnInProgress
    }

    public var isReturned: Bool { returnedOn != nil }
}

extension Deposit {
    /// What has been scanned of a return that is not finished: the deposit is still out (or still partly returned)
    /// until the librarian finishes, and a new `ScanIn` on the deposit starts where this one stopped.
    public struct ReturnProgress: Hashable, Codable, Sendable {
        /// A book marked damaged while it was scanned, with the librarian's note.
        public struct Damage: Hashable, Codable, Sendable {
            public var barcode: Item.ID
            public var note: String?

            public init(barcode: Item.ID, note: String? = nil) {
                self.barcode = barcode
                self.note = note
            }
        }

        /// The day the first scan was saved.
        public var startedOn: Day
        /// Every book counted back so far, in the order scanned: books of this deposit, and books this partner kept
        /// back or lost earlier (late returns).
        public var scanned: [Item.ID]
        /// The scanned books marked damaged.
        public var damaged: [Damage]

        public init(startedOn: Day, scanned: [Item.ID] = [], damaged: [Damage] = []) {
            self.startedOn = startedOn
            self.scanned = scanned
            self.damaged = damaged
        }
    }
}
