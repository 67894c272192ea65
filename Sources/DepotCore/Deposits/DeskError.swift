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

    /// The reason as one sentence in `language`.
    /// Ids and names in it come from the library or a scanner: they are shown escaped, the sentence cut to
    /// `TerminalSafe.lineLimit` characters.
    public func localizedDescription(_ language: Language) -> String {
        TerminalSafe.field(language == .danish ? danish : english, limit: TerminalSafe.lineLimit)
    }

    private var english: String {
        let days = DayText(.english)
        switch self {
        case .unknownItem(let item): return "There is no item with barcode \(item) in the catalogue."
        case .unknownCrate(let crate): return "There is no crate \(crate)."
        case .unknownPartner(let partner): return "There is no partner \(partner)."
        case .unknownDeposit(let deposit): return "There is no deposit \(deposit)."
        case .itemInCrate(let item, let crate): return "\(item) is already in crate \(crate)."
        case .itemNotAvailable(let item, let status):
            switch status {
            case .lost: return "\(item) is recorded lost; record it found before packing it."
            case .damaged: return "\(item) is recorded damaged; mark it mended before packing it."
            case .withdrawn: return "\(item) has been withdrawn from the collection."
            case .available: return "\(item) cannot be packed."
            }
        case .itemAtPartner(let item, let partner, let deposit):
            return "\(item) is still recorded at \(partner) (deposit \(deposit)); scan it in on that deposit first."
        case .itemNotInCrate(let item, let crate):
            return crate.map { "\(item) is not in crate \($0)." } ?? "\(item) is not in any crate."
        case .itemNotOnDeposit(let item, let deposit): return "\(item) was not lent on deposit \(deposit)."
        case .itemNotOut(let item, let partner): return "\(item) is not on any deposit out at \(partner)."
        case .itemAlreadyLost(let item, let deposit): return "\(item) is already written off on deposit \(deposit)."
        case .itemAlreadyReturned(let item, let deposit):
            return "\(item) came back with deposit \(deposit), so it cannot be written off on it."
        case .itemNotLost(let item): return "\(item) is not recorded lost."
        case .itemNotDamaged(let item): return "\(item) is not recorded damaged."
        case .itemNotKeptBack(let item): return "\(item) is not recorded as kept back at a partner."
        case .crateNotHome(let crate, let state):
            switch state {
            case .out: return "Crate \(crate) is out at a partner; it has to come home first."
            case .inRepair: return "Crate \(crate) is in repair; mark it home before sending it."
            case .home, .packed: return "Crate \(crate) is not at the library."
            }
        case .crateOnDeposit(let crate, let deposit):
            return "Crate \(crate) is on deposit \(deposit), which has not come back."
        case .crateEmpty(let crate): return "Crate \(crate) is empty; pack it before sending it."
        case .crateHoldsUnavailableItem(let crate, let item, let status):
            return "Crate \(crate) holds \(item), which is recorded \(status.rawValue); take it out first."
        case .noCrates: return "Choose at least one crate to send."
        case .partnerEnded(let name, let day):
            return "The partnership with \(name) ended on \(days.long(day)); nothing more can be sent."
        case .depositNotSent(let deposit): return "Deposit \(deposit) has not been sent yet."
        case .depositReturned(let deposit, let day): return "Deposit \(deposit) came back on \(days.long(day))."
        case .renewalLimitReached(let deposit, let limit):
            let times = limit == 1 ? "once" : "\(limit) times"
            return "Deposit \(deposit) has been renewed \(times), the most allowed; it cannot be renewed again."
        case .dueDateNotLater(let deposit, let current):
            return "The new due date of deposit \(deposit) must be after the current one, \(days.long(current))."
        case .dueBeforeDispatch(let due, let dispatched):
            return "The due date \(days.long(due)) is before the crates leave on \(days.long(dispatched))."
        case .returnBeforeDispatch(let deposit, let returned, let dispatched):
            return "Deposit \(deposit) cannot come back on \(days.long(returned)), before it was sent on "
                + "\(days.long(dispatched))."
        case .sentBeforePacked(let deposit, let packed):
            return "Deposit \(deposit) was packed on \(days.long(packed)); it cannot be sent before that."
        case .crateTaken(let crate, let partner, let deposit, let sentOn):
            if let sentOn {
                return "Crate \(crate) is out at \(partner) since \(days.long(sentOn)) (deposit \(deposit))."
            }
            return "Crate \(crate) is already packed for \(partner) (deposit \(deposit))."
        case .notAVisitDay(let day, let partner, let next):
            return "The van does not come to \(partner) on \(days.weekdayName(day.weekday)) \(days.long(day)); "
                + "the next van day is \(days.weekdayName(next.weekday)) \(days.long(next))."
        case .visitInThePast(let day, let today):
            return "The visit on \(days.long(day)) is before today, \(days.long(today))."
        case .nothingPacked(let partner): return "Nothing is packed for \(partner); name the crates to send."
        case .nothingPackedForVisit(let partner, let day):
            return "Nothing is packed for \(partner)'s visit on \(days.weekdayName(day.weekday)) \(days.long(day))."
        case .vanNotLeftYet(let day, let today):
            return "The van leaves on \(days.weekdayName(day.weekday)) \(days.long(day)), after today "
                + "(\(days.long(today))); mark it gone that day."
        case .noDepositOut(let partner): return "\(partner) has no crates out."
        case .unknownDepositOrCrate(let text): return "There is no deposit or crate \(text)."
        case .crateNeverLent(let crate): return "Crate \(crate) has never been lent, so it cannot come home."
        case .itemNotAtPartner(let item): return "\(item) is not out on a deposit."
        case .missingNotDecided(let count):
            let books = count == 1 ? "1 book was" : "\(count) books were"
            return "\(books) not scanned; say whether they are lost or still at the partner. Nothing was saved."
        }
    }

    private var danish: String {
        let days = DayText(.danish)
        switch self {
        case .unknownItem(let item): return "Der er intet materiale med stregkoden \(item) i samlingen."
        case .unknownCrate(let crate): return "Der er ingen kasse \(crate)."
        case .unknownPartner(let partner): return "Der er ingen samarbejdspartner \(partner)."
        case .unknownDeposit(let deposit): return "Der er intet depot \(deposit)."
        case .itemInCrate(let item, let crate): return "\(item) ligger allerede i kasse \(crate)."
        case .itemNotAvailable(let item, let status):
            switch status {
            case .lost: return "\(item) er registreret bortkommet; registrér den fundet, før den pakkes."
            case .damaged: return "\(item) er registreret beskadiget; markér den repareret, før den pakkes."
            case .withdrawn: return "\(item) er udgået af samlingen."
            case .available: return "\(item) kan ikke pakkes."
            }
        case .itemAtPartner(let item, let partner, let deposit):
            return "\(item) står stadig som udlånt til \(partner) (depot \(deposit)); scan den ind på det depot først."
        case .itemNotInCrate(let item, let crate):
            return crate.map { "\(item) ligger ikke i kasse \($0)." } ?? "\(item) ligger ikke i nogen kasse."
        case .itemNotOnDeposit(let item, let deposit): return "\(item) blev ikke udlånt med depot \(deposit)."
        case .itemNotOut(let item, let partner): return "\(item) er ikke på noget depot, der er ude hos \(partner)."
        case .itemAlreadyLost(let item, let deposit): return "\(item) er allerede afskrevet på depot \(deposit)."
        case .itemAlreadyReturned(let item, let deposit):
            return "\(item) kom hjem med depot \(deposit), så den kan ikke afskrives på det."
        case .itemNotLost(let item): return "\(item) er ikke registreret bortkommet."
        case .itemNotDamaged(let item): return "\(item) er ikke registreret beskadiget."
        case .itemNotKeptBack(let item): return "\(item) står ikke som tilbageholdt hos en samarbejdspartner."
        case .crateNotHome(let crate, let state):
            switch state {
            case .out: return "Kasse \(crate) er ude hos en samarbejdspartner; den skal hjem først."
            case .inRepair: return "Kasse \(crate) er til reparation; markér den hjemme, før den sendes."
            case .home, .packed: return "Kasse \(crate) er ikke på biblioteket."
            }
        case .crateOnDeposit(let crate, let deposit):
            return "Kasse \(crate) er på depot \(deposit), som ikke er kommet hjem."
        case .crateEmpty(let crate): return "Kasse \(crate) er tom; pak den, før den sendes."
        case .crateHoldsUnavailableItem(let crate, let item, let status):
            let word =
                switch status {
                case .lost: "bortkommet"
                case .damaged: "beskadiget"
                case .withdrawn: "udgået"
                case .available: "tilgængelig"
                }
            return "Kasse \(crate) indeholder \(item), som er registreret \(word); tag den ud først."
        case .noCrates: return "Vælg mindst én kasse at sende."
        case .partnerEnded(let name, let day):
            return "Samarbejdet med \(name) sluttede \(days.long(day)); der kan ikke sendes mere."
        case .depositNotSent(let deposit): return "Depot \(deposit) er ikke sendt endnu."
        case .depositReturned(let deposit, let day): return "Depot \(deposit) kom hjem \(days.long(day))."
        case .renewalLimitReached(let deposit, let limit):
            let times = limit == 1 ? "én gang" : "\(limit) gange"
            return
                "Depot \(deposit) er forlænget \(times), hvilket er det højeste tilladte; det kan ikke forlænges igen."
        case .dueDateNotLater(let deposit, let current):
            return "Den nye afleveringsdato for depot \(deposit) skal ligge efter den nuværende, \(days.long(current))."
        case .dueBeforeDispatch(let due, let dispatched):
            return "Afleveringsdatoen \(days.long(due)) ligger før kasserne sendes \(days.long(dispatched))."
        case .returnBeforeDispatch(let deposit, let returned, let dispatched):
            return "Depot \(deposit) kan ikke komme hjem \(days.long(returned)), før det blev sendt "
                + "\(days.long(dispatched))."
        case .sentBeforePacked(let deposit, let packed):
            return "Depot \(deposit) blev pakket \(days.long(packed)); det kan ikke sendes før."
        case .crateTaken(let crate, let partner, let deposit, let sentOn):
            if let sentOn {
                return "Kasse \(crate) er ude hos \(partner) siden \(days.long(sentOn)) (depot \(deposit))."
            }
            return "Kasse \(crate) er allerede pakket til \(partner) (depot \(deposit))."
        case .notAVisitDay(let day, let partner, let next):
            return "Bilen kommer ikke til \(partner) \(days.weekdayName(day.weekday)) \(days.long(day)); "
                + "næste bildag er \(days.weekdayName(next.weekday)) \(days.long(next))."
        case .visitInThePast(let day, let today):
            return "Besøget \(days.long(day)) ligger før i dag, \(days.long(today))."
        case .nothingPacked(let partner): return "Der er intet pakket til \(partner); angiv de kasser, der skal sendes."
        case .nothingPackedForVisit(let partner, let day):
            return "Der er intet pakket til \(partner) til besøget \(days.weekdayName(day.weekday)) \(days.long(day))."
        case .vanNotLeftYet(let day, let today):
            return "Bilen kører \(days.weekdayName(day.weekday)) \(days.long(day)), efter i dag (\(days.long(today))); "
                + "markér den kørt den dag."
        case .noDepositOut(let partner): return "\(partner) har ingen kasser ude."
        case .unknownDepositOrCrate(let text): return "Der er intet depot og ingen kasse \(text)."
        case .crateNeverLent(let crate): return "Kasse \(crate) har aldrig været udlånt, så den kan ikke komme hjem."
        case .itemNotAtPartner(let item): return "\(item) er ikke ude på et depot."
        case .missingNotDecided(let count):
            let books = count == 1 ? "1 bog blev" : "\(count) bøger blev"
            return "\(books) ikke scannet; angiv, om de er tabt eller stadig hos partneren. Intet blev gemt."
        }
    }
}
