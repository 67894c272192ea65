import DepotCore

/// The desk's actions as the tabs offer them: each returns what the screen should ask of the application.
enum DeskActions {
    /// `r`: scan a deposit home (also one that came back partly, for the items kept back).
    static func receive(_ deposit: Deposit, _ context: AppContext) -> ScreenCommand {
        let keptBack = deposit.exceptions.contains { $0.kind == .stillAtPartner }
        guard deposit.dispatchedOn != nil, deposit.returnedOn == nil || keptBack else {
            return .message(context.strings.format(.notOut, deposit.id))
        }
        return .openOverlay(ScanInOverlay(deposit: deposit, context: context))
    }

    /// `f`: extend a deposit by one loan period, after a question.
    static func renew(_ deposit: Deposit, _ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        guard deposit.isOut, let partner = context.data.partner(deposit.partnerID, in: context.index) else {
            return .message(strings.format(.notOut, deposit.id))
        }
        let until = DueDates.renewed(deposit, for: partner, settings: context.data.settings)
        // The day as the screen writes days ("18. maj 2027"), not as the files keep it.
        let untilText = strings.days.long(until)
        let result = DeskCommands.change(
            strings.format(.renewed, deposit.id, untilText), reveal: .deposit(deposit.id), context
        ) { data throws(DeskError) in
            try Desk.renew(deposit: deposit.id, to: until, in: &data)
        }
        switch result {
        case .success(let change):
            return .confirm(
                Confirmation(
                    question: strings.format(.confirmRenew, deposit.id, partner.name, untilText), change: change))
        case .failure(let error):
            return .message(error.localizedDescription(strings.language))
        }
    }

    /// `b`: the reminder letter for a partner with overdue or soon due deposits.
    static func reminder(for partnerID: Partner.ID, _ context: AppContext) -> ScreenCommand {
        guard let partner = context.data.partner(partnerID, in: context.index) else { return .handled }
        let text = ReminderLetter.text(
            for: partner, data: context.data, today: context.today, language: context.strings.language)
        guard !text.isEmpty else { return .message(context.strings.format(.noLetter, partner.name)) }
        return .print(PrintJob(name: "rykker-\(partner.id)-\(context.today).txt", text: text))
    }

    /// `l`: the ledger of the current season.
    static func ledger(_ context: AppContext) -> ScreenCommand {
        .openOverlay(LedgerOverlay(season: context.data.settings.season(containing: context.today)))
    }

    /// `p`: scan items into a crate.
    static func pack(_ crate: Crate) -> ScreenCommand {
        .openOverlay(PackOverlay(crate: crate.id))
    }

    /// `P`: print a crate's packing list.
    static func packingList(_ crate: Crate, _ context: AppContext) -> ScreenCommand {
        let language = context.strings.language
        let text = PackingList.text(
            for: crate, data: context.data, today: context.today, language: language,
            destination: PackingList.destination(
                of: crate.id, data: context.data, today: context.today, language: language))
        return .print(PrintJob(name: "pakkeliste-\(crate.id).txt", text: text))
    }

    /// `u` and `x`: send crates, or exchange them. On a day the van does not come to the partner, a question first:
    /// a special delivery today, or not (then pack for the next visit with `v`). No stop is ever invented on a day
    /// the route does not run without a yes.
    static func dispatch(to partner: Partner, exchange: Bool, _ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        if exchange, context.data.openDeposits(of: partner.id, in: context.index).allSatisfy({ !$0.isOut }) {
            return .message(strings.format(.noOpenDeposit, partner.name))
        }
        let settings = context.data.settings
        let today = context.today
        guard !DueDates.isDeliveryDay(today, for: partner, settings: settings) else {
            return .openForm(DispatchForm.make(for: partner, exchange: exchange, context))
        }
        let next = DueDates.nextDeliveryDay(for: partner, onOrAfter: today, settings: settings)
        let nextText = "\(strings.days.weekdayName(next.weekday)) \(strings.days.long(next))"
        let question: String
        if let routeID = partner.routeID, let route = settings.routes.first(where: { $0.id == routeID }),
            !route.deliveryWeekdays.isEmpty
        {
            // "mandagen og torsdagen" / "Mondays and Thursdays".
            let weekdays = route.deliveryWeekdays.map { weekday in
                strings.format(DeskText.routeWeekday, strings.days.weekdayName(weekday))
            }.joined(separator: strings[DeskText.listAnd])
            question = strings.format(DeskText.askSpecial, route.name, weekdays, nextText)
        } else {
            question = strings.format(DeskText.askSpecialNoRoute, partner.name, nextText)
        }
        let open = Change.next { context in
            .openForm(DispatchForm.make(for: partner, exchange: exchange, special: true, context))
        }
        return .confirm(Confirmation(question: question, change: open))
    }

    /// `v`: pack crates for a partner's visit (the given day, else its next visit).
    static func packForVisit(_ partner: Partner?, visit: Day?, crates: [Crate.ID]? = nil, _ context: AppContext)
        -> ScreenCommand
    {
        .openForm(PackForVisitForm.make(for: partner, visit: visit, crates: crates, context))
    }

    /// `t`: write an item off as lost on the deposit it is out on, after a question.
    static func writeOff(_ item: Item, _ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        let open = context.data.deposits.last { $0.isOut && $0.itemBarcodes.contains(item.id) }
        guard let deposit = open else { return .message(strings.format(.notOnOpenDeposit, item.id)) }
        let today = context.today
        let result = DeskCommands.change(strings.format(.writtenOff, item.title), reveal: .item(item.id), context) {
            data throws(DeskError) in
            try Desk.writeOff(item: item.id, on: deposit.id, on: today, in: &data)
        }
        switch result {
        case .success(let change):
            return .confirm(
                Confirmation(
                    question: strings.format(.confirmWriteOff, item.id, item.title, deposit.id), change: change))
        case .failure(let error):
            return .message(error.localizedDescription(strings.language))
        }
    }

    /// `f`: a lost item turned up.
    static func found(_ item: Item, _ context: AppContext) -> ScreenCommand {
        guard item.status == .lost else { return .message(context.strings.format(.notLost, item.id)) }
        let today = context.today
        return DeskCommands.command(context.strings.format(.foundAgain, item.title), reveal: .item(item.id), context) {
            data throws(DeskError) in
            try Desk.found(item: item.id, on: today, in: &data)
        }
    }
}
