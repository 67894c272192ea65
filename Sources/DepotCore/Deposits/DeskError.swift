import Foundation

/// Why the desk refused an operation. `description` is one readable English sentence;
/// `localizedDescription(_:)` gives it in Danish or English for the screen.
public enum DeskError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    case unknownItem(Item.ID)
    case unknownCrate(Crate.ID)
    case unknownPartner(Partner.ID)
    case unknownDeposit(Deposit.ID)
    /// The item is already packed in a crate (maybe this very one).
    case itemInCrate(Item.ID, crate: Crate.ID)
    /// The item is lost, damaged or withdrawn, so it cannot go into a crate.
    case itemNotAvailable(Item.ID, status: Item.Status)
    /// The item was kept back at a partner when its deposit came home and has not been scanned in since.
    case itemAtPartner(Item.ID, partner: String, deposit: Deposit.ID)
    case itemNotInCrate(Item.ID, crate: Crate.ID?)
    case itemNotOnDeposit(Item.ID, deposit: Deposit.ID)
    /// The item is on none of the deposits out at the partner.
    case itemNotOut(Item.ID, partner: String)
    /// The item is already written off on the deposit.
    case itemAlreadyLost(Item.ID, deposit: Deposit.ID)
    /// The item came back with the deposit, so it cannot be written off on it.
    case itemAlreadyReturned(Item.ID, deposit: Deposit.ID)
    case itemNotLost(Item.ID)
    case itemNotDamaged(Item.ID)
    /// No deposit has the item kept back at its partner.
    case itemNotKeptBack(Item.ID)
    /// The crate is out at a partner or in repair.
    case crateNotHome(Crate.ID, state: Crate.State)
    /// The crate is on a deposit that has not come back.
    case crateOnDeposit(Crate.ID, deposit: Deposit.ID)
    case crateEmpty(Crate.ID)
    /// The crate holds an item that is lost, damaged or withdrawn.
    case crateHoldsUnavailableItem(Crate.ID, item: Item.ID, status: Item.Status)
    case noCrates
    case partnerEnded(name: String, on: Day)
    /// The institution is not an active partner (a prospect, declined or paused): it gets no crates until made
    /// active (`depot prospect state … active`).
    case partnerNotActive(name: String, state: PartnershipState)
    case depositNotSent(Deposit.ID)
    case depositReturned(Deposit.ID, on: Day)
    case renewalLimitReached(Deposit.ID, limit: Int)
    case dueDateNotLater(Deposit.ID, current: Day)
    case dueBeforeDispatch(due: Day, dispatched: Day)
    case returnBeforeDispatch(Deposit.ID, returned: Day, dispatched: Day)
    /// A deposit packed ahead cannot leave before the day it was packed.
    case sentBeforePacked(Deposit.ID, packed: Day)
    /// The crate is packed for a partner (`sentOn` nil) or out at one, on a deposit that has not come back.
    case crateTaken(Crate.ID, partner: String, deposit: Deposit.ID, sentOn: Day?)
    /// A visit asked for on a day the van does not come to the partner; `next` is the next day it does.
    case notAVisitDay(Day, partner: String, next: Day)
    case visitInThePast(Day, today: Day)
    /// Nothing is packed for the partner, and no crates were named.
    case nothingPacked(partner: String)
    /// Nothing is packed for the partner's visit on the day.
    case nothingPackedForVisit(partner: String, day: Day)
    /// The van is marked gone on a day after today.
    case vanNotLeftYet(Day, today: Day)
    /// The partner has no deposit out.
    case noDepositOut(partner: String)
    /// The text names neither a deposit nor a crate.
    case unknownDepositOrCrate(String)
    /// The crate has never been lent.
    case crateNeverLent(Crate.ID)
    /// The item is on no deposit out at a partner, nor kept back at one.
    case itemNotAtPartner(Item.ID)
    /// Items of a returning deposit were not scanned and nobody said what became of them.
    case missingNotDecided(count: Int)

    public var description: String { localizedDescription(.english) }

    public var errorDescription: String? { description }

    /// The reason as one sentence in `language`, from the language files (`DeskErrorText`).
    /// Ids and names in it come from the library or a scanner: they are shown escaped, the sentence cut to
    /// `TerminalSafe.lineLimit` characters.
    public func localizedDescription(_ language: Language) -> String {
        TerminalSafe.field(sentence(TextBook(language)), limit: TerminalSafe.lineLimit)
    }

    private func sentence(_ book: TextBook) -> String {
        let days = DayText(book.language)
        func say(_ key: DeskErrorText, _ values: CustomStringConvertible...) -> String { book.filled(key, values) }
        func long(_ day: Day) -> String { days.long(day) }
        func withWeekday(_ day: Day) -> String { "\(days.weekdayName(day.weekday)) \(days.long(day))" }
        switch self {
        case .unknownItem(let item): return say(.unknownItem, item)
        case .unknownCrate(let crate): return say(.unknownCrate, crate)
        case .unknownPartner(let partner): return say(.unknownPartner, partner)
        case .unknownDeposit(let deposit): return say(.unknownDeposit, deposit)
        case .itemInCrate(let item, let crate): return say(.itemInCrate, item, crate)
        case .itemNotAvailable(let item, let status):
            switch status {
            case .lost: return say(.itemLost, item)
            case .damaged: return say(.itemDamaged, item)
            case .withdrawn: return say(.itemWithdrawn, item)
            case .available: return say(.itemCannotBePacked, item)
            }
        case .itemAtPartner(let item, let partner, let deposit): return say(.itemAtPartner, item, partner, deposit)
        case .itemNotInCrate(let item, let crate):
            return crate.map { say(.itemNotInCrate, item, $0) } ?? say(.itemInNoCrate, item)
        case .itemNotOnDeposit(let item, let deposit): return say(.itemNotOnDeposit, item, deposit)
        case .itemNotOut(let item, let partner): return say(.itemNotOut, item, partner)
        case .itemAlreadyLost(let item, let deposit): return say(.itemAlreadyLost, item, deposit)
        case .itemAlreadyReturned(let item, let deposit): return say(.itemAlreadyReturned, item, deposit)
        case .itemNotLost(let item): return say(.itemNotLost, item)
        case .itemNotDamaged(let item): return say(.itemNotDamaged, item)
        case .itemNotKeptBack(let item): return say(.itemNotKeptBack, item)
        case .crateNotHome(let crate, let state):
            switch state {
            case .out: return say(.crateOut, crate)
            case .inRepair: return say(.crateInRepair, crate)
            case .home, .packed: return say(.crateNotAtLibrary, crate)
            }
        case .crateOnDeposit(let crate, let deposit): return say(.crateOnDeposit, crate, deposit)
        case .crateEmpty(let crate): return say(.crateEmpty, crate)
        case .crateHoldsUnavailableItem(let crate, let item, let status):
            let word: DeskErrorText =
                switch status {
                case .lost: .statusLost
                case .damaged: .statusDamaged
                case .withdrawn: .statusWithdrawn
                case .available: .statusAvailable
                }
            return say(.crateHoldsUnavailableItem, crate, item, book[word])
        case .noCrates: return say(.noCrates)
        case .partnerEnded(let name, let day): return say(.partnerEnded, name, long(day))
        case .partnerNotActive(let name, let state):
            return say(.partnerNotActive, name, book[PartnershipText.stateKey(state)])
        case .depositNotSent(let deposit): return say(.depositNotSent, deposit)
        case .depositReturned(let deposit, let day): return say(.depositReturned, deposit, long(day))
        case .renewalLimitReached(let deposit, let limit):
            return limit == 1
                ? say(.renewalLimitOnce, deposit)
                : say(.renewalLimitReached, deposit, NumberText.whole(limit, in: book.language))
        case .dueDateNotLater(let deposit, let current): return say(.dueDateNotLater, deposit, long(current))
        case .dueBeforeDispatch(let due, let dispatched): return say(.dueBeforeDispatch, long(due), long(dispatched))
        case .returnBeforeDispatch(let deposit, let returned, let dispatched):
            return say(.returnBeforeDispatch, deposit, long(returned), long(dispatched))
        case .sentBeforePacked(let deposit, let packed): return say(.sentBeforePacked, deposit, long(packed))
        case .crateTaken(let crate, let partner, let deposit, let sentOn):
            if let sentOn { return say(.crateOutAt, crate, partner, long(sentOn), deposit) }
            return say(.cratePackedFor, crate, partner, deposit)
        case .notAVisitDay(let day, let partner, let next):
            return say(.notAVisitDay, partner, withWeekday(day), withWeekday(next))
        case .visitInThePast(let day, let today): return say(.visitInThePast, long(day), long(today))
        case .nothingPacked(let partner): return say(.nothingPacked, partner)
        case .nothingPackedForVisit(let partner, let day): return say(.nothingPackedForVisit, partner, withWeekday(day))
        case .vanNotLeftYet(let day, let today): return say(.vanNotLeftYet, withWeekday(day), long(today))
        case .noDepositOut(let partner): return say(.noDepositOut, partner)
        case .unknownDepositOrCrate(let text): return say(.unknownDepositOrCrate, text)
        case .crateNeverLent(let crate): return say(.crateNeverLent, crate)
        case .itemNotAtPartner(let item): return say(.itemNotAtPartner, item)
        case .missingNotDecided(let count):
            return book.format(
                DeskErrorText.missingNotDecided, count: count, NumberText.whole(count, in: book.language))
        }
    }
}

/// The texts of `DeskError` in the language files.
public enum DeskErrorText: String, TextCatalogue {
    case unknownItem, unknownCrate, unknownPartner, unknownDeposit, itemInCrate, itemLost, itemDamaged, itemWithdrawn
    case itemCannotBePacked, itemAtPartner, itemNotInCrate, itemInNoCrate, itemNotOnDeposit, itemNotOut
    case itemAlreadyLost, itemAlreadyReturned, itemNotLost, itemNotDamaged, itemNotKeptBack
    case crateOut, crateInRepair, crateNotAtLibrary, crateOnDeposit, crateEmpty, crateHoldsUnavailableItem
    case statusLost, statusDamaged, statusWithdrawn, statusAvailable
    case noCrates, partnerEnded, depositNotSent, depositReturned, renewalLimitOnce, renewalLimitReached
    case partnerNotActive
    case dueDateNotLater, dueBeforeDispatch, returnBeforeDispatch, sentBeforePacked, crateOutAt, cratePackedFor
    case notAVisitDay, visitInThePast, nothingPacked, nothingPackedForVisit, vanNotLeftYet, noDepositOut
    case unknownDepositOrCrate, crateNeverLent, itemNotAtPartner, missingNotDecided

    public static let placeholders: [DeskErrorText: [String]] = [
        .unknownItem: ["item"], .unknownCrate: ["crate"], .unknownPartner: ["partner"], .unknownDeposit: ["deposit"],
        .itemInCrate: ["item", "crate"], .itemLost: ["item"], .itemDamaged: ["item"], .itemWithdrawn: ["item"],
        .itemCannotBePacked: ["item"], .itemAtPartner: ["item", "partner", "deposit"],
        .itemNotInCrate: ["item", "crate"], .itemInNoCrate: ["item"], .itemNotOnDeposit: ["item", "deposit"],
        .itemNotOut: ["item", "partner"], .itemAlreadyLost: ["item", "deposit"],
        .itemAlreadyReturned: ["item", "deposit"], .itemNotLost: ["item"], .itemNotDamaged: ["item"],
        .itemNotKeptBack: ["item"], .crateOut: ["crate"], .crateInRepair: ["crate"], .crateNotAtLibrary: ["crate"],
        .crateOnDeposit: ["crate", "deposit"], .crateEmpty: ["crate"],
        .crateHoldsUnavailableItem: ["crate", "item", "status"], .partnerEnded: ["partner", "day"],
        .partnerNotActive: ["partner", "state"],
        .depositNotSent: ["deposit"], .depositReturned: ["deposit", "day"], .renewalLimitOnce: ["deposit"],
        .renewalLimitReached: ["deposit", "limit"], .dueDateNotLater: ["deposit", "current"],
        .dueBeforeDispatch: ["due", "dispatched"], .returnBeforeDispatch: ["deposit", "returned", "dispatched"],
        .sentBeforePacked: ["deposit", "packed"], .crateOutAt: ["crate", "partner", "since", "deposit"],
        .cratePackedFor: ["crate", "partner", "deposit"], .notAVisitDay: ["partner", "day", "next"],
        .visitInThePast: ["day", "today"], .nothingPacked: ["partner"], .nothingPackedForVisit: ["partner", "day"],
        .vanNotLeftYet: ["day", "today"], .noDepositOut: ["partner"], .unknownDepositOrCrate: ["text"],
        .crateNeverLent: ["crate"], .itemNotAtPartner: ["item"], .missingNotDecided: ["count"],
    ]
}
