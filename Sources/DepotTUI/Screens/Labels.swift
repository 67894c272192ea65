import DepotCore

/// The words for the domain's values, in the screen's language.
extension Strings {
    func label(_ kind: DepositKind) -> String {
        self[kind == .deposit ? .kindDeposit : .kindKindergartenLibrary]
    }

    func label(_ kind: Partner.Kind) -> String {
        switch kind {
        case .kindergarten: return self[.partnerKindergarten]
        case .childminderGroup: return self[.partnerChildminderGroup]
        case .school: return self[.partnerSchool]
        case .other: return self[.partnerOther]
        }
    }

    func label(_ state: Crate.State) -> String {
        switch state {
        case .home: return self[.stateHome]
        case .packed: return self[.statePacked]
        case .out: return self[.stateOut]
        case .inRepair: return self[.stateInRepair]
        }
    }

    func label(_ status: DepositStatus) -> String {
        switch status {
        case .packed: return self[.statusPacked]
        case .out: return self[.statusOut]
        case .dueSoon: return self[.statusDueSoon]
        case .overdue: return self[.statusOverdue]
        case .returned: return self[.statusReturned]
        }
    }

    public func label(_ status: Item.Status) -> String {
        switch status {
        case .available: return self[.itemAvailable]
        case .lost: return self[.itemLost]
        case .damaged: return self[.itemDamaged]
        case .withdrawn: return self[.itemWithdrawn]
        }
    }

    func label(_ band: AgeBand) -> String { band.name(in: book) }

    func money(_ amount: Money) -> String {
        NumberText.kroner(amount, in: language)
    }

    /// "16.02.2027" / "2027-02-16", for tables and history lines; empty for no day.
    func date(_ day: Day?) -> String { day.map(days.numeric) ?? "" }

    /// "16. februar 2027" / "16 February 2027", for a detail pane; empty for no day.
    func longDate(_ day: Day?) -> String { day.map(days.long) ?? "" }

    func label(_ format: Item.Format) -> String { format.name(in: book) }

    func label(_ kind: Deposit.Exception.Kind) -> String {
        switch kind {
        case .lost: return self[.exceptionLost]
        case .damaged: return self[.exceptionDamaged]
        case .stillAtPartner: return self[.exceptionStillAtPartner]
        case .found: return self[.exceptionFound]
        }
    }

    func label(_ colour: CrateColour) -> String {
        switch colour {
        case .red: return self[.colourRed]
        case .green: return self[.colourGreen]
        case .blue: return self[.colourBlue]
        }
    }

    func label(_ kind: StaffMember.Affiliation.Kind) -> String {
        self[kind == .publicLibrary ? .affiliationPublic : .affiliationSchool]
    }

    /// An amount as it is typed into a form: `249,95` in Danish, `249.95` in English (`Money(_:)` reads both).
    func moneyInput(_ amount: Money) -> String {
        amount.description.replacingOccurrences(of: ".", with: self[NumberFormatText.decimalSeparator])
    }

    /// "om 12 dage", "i morgen", "i dag", "1 dag over", "3 dage over": how long until a deposit is due.
    func dueIn(_ due: Day, today: Day) -> String {
        let days = today.days(until: due)
        switch days {
        case ..<(-1): return format(.overviewDaysOverdue, -days)
        case -1: return self[.overviewDayOverdue]
        case 0: return self[.overviewDueToday]
        case 1: return self[.overviewDueTomorrow]
        default: return format(.overviewDueIn, days)
        }
    }
}

/// Colours that carry meaning: crate colours by age band, and deposit states.
enum Palette {
    static func style(for band: AgeBand) -> Style {
        switch band.colour {
        case .red: return Style(foreground: .red)
        case .green: return Style(foreground: .green)
        case .blue: return Style(foreground: .blue)
        }
    }

    static func style(for status: DepositStatus) -> Style {
        switch status {
        case .overdue: return Style(foreground: .red, attributes: .bold)
        case .dueSoon: return Style(foreground: .yellow)
        case .returned: return .dim
        case .packed, .out: return .plain
        }
    }

    static func style(for status: Item.Status) -> Style {
        switch status {
        case .available: return .plain
        case .lost, .damaged: return Style(foreground: .red)
        case .withdrawn: return .dim
        }
    }

    static let heading = Style(foreground: .cyan, attributes: .bold)
    /// The line of the last message, above the key hints.
    static let message = Style(attributes: .bold)
}
