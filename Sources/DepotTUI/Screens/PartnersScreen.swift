import DepotCore

/// Tab 2: the partners (kindergartens, childminder groups, schools), with contact details and deposit history.
/// `s` switches to the library's own staff (`StaffList`) and back.
struct PartnersScreen: TabScreen {
    var titleKey: TextKey { .tabPartners }
    var shortTitleKey: TextKey { .tabPartnersShort }
    private var rows = FilteredList()
    private var detailPane = DetailPane()
    private var staff = StaffList()
    private(set) var isShowingStaff = false
    /// `t` cycles through the partnership states shown: all, partners, prospects (not partners yet), paused, ended.
    private(set) var stateFilter: StateFilter = .all

    enum StateFilter: CaseIterable {
        case all, active, prospective, paused, ended

        func shows(_ state: PartnershipState) -> Bool {
            switch self {
            case .all: return true
            case .active: return state == .active
            case .prospective: return state.isProspective
            case .paused: return state == .paused
            case .ended: return state == .ended
            }
        }

        func name(_ strings: Strings) -> String {
            switch self {
            case .all: return strings[.statusAll]
            case .active: return strings[PartnershipText.stateActive]
            case .prospective: return strings[PartnershipText.groupProspective]
            case .paused: return strings[PartnershipText.statePaused]
            case .ended: return strings[PartnershipText.stateEnded]
            }
        }
    }

    var isCapturingText: Bool { isShowingStaff ? staff.isCapturingText : rows.isTyping }

    mutating func refresh(_ context: AppContext) {
        staff.refresh(context)
        let partners = context.data.partners
        let keys = partners.map { DanishSortKey($0.name) }
        rows.setRecords(
            visible: partners.indices.filter { stateFilter.shows(partners[$0].partnershipState) }
                .sorted { (keys[$0], $0) < (keys[$1], $1) },
            searchTexts: partners.map { SearchText("\($0.name) \($0.address.city) \($0.contact.name) \($0.id)") })
    }

    mutating func reveal(_ jump: Jump, _ context: AppContext) -> Bool {
        guard case .partner(let id) = jump, let position = context.index.partnerPosition[id] else { return false }
        isShowingStaff = false
        if !stateFilter.shows(context.data.partners[position].partnershipState) {
            stateFilter = .all
            refresh(context)
        }
        detailPane.offset = 0
        return rows.select(position: position)
    }

    mutating func handle(_ key: Key, _ context: AppContext) -> ScreenCommand {
        if isShowingStaff {
            guard key == .character("s"), !staff.isCapturingText else { return staff.handle(key, context) }
            isShowingStaff = false
            return .handled
        }
        if let command = detailPane.lead(key, &rows) { return command }
        switch key {
        case .character("s"):
            isShowingStaff = true
        case .character("t"):
            let all = StateFilter.allCases
            stateFilter = all[((all.firstIndex(of: stateFilter) ?? 0) + 1) % all.count]
            refresh(context)
        case .character("n"):
            return .openForm(PartnerForm.new(context))
        case .character("p"):
            return .openForm(PartnershipForms.newProspect(context))
        case .character("m"):
            guard let partner = selected(context) else { return .handled }
            return .openForm(PartnershipForms.changeState(partner, context))
        case .character("c"):
            guard let partner = selected(context) else { return .handled }
            return .openForm(PartnershipForms.logContact(partner, desk: context.deskStaffID, context))
        case .character("a"):
            guard let partner = selected(context) else { return .handled }
            return .openForm(PartnershipForms.agree(partner, context))
        case .character("w"):
            guard let partner = selected(context) else { return .handled }
            guard partner.partnership?.agreement != nil else {
                return .message(context.strings.format(PartnershipFormText.noAgreementYet, partner.name))
            }
            return .openForm(PartnershipForms.review(partner, desk: context.deskStaffID, context))
        case .character("u"), .character("x"):
            guard let partner = selected(context) else { return .handled }
            return DeskActions.dispatch(to: partner, exchange: key == .character("x"), context)
        case .character("v"):
            guard let partner = selected(context) else { return .handled }
            return DeskActions.packForVisit(partner, visit: nil, context)
        case .character("b"):
            guard let partner = selected(context) else { return .handled }
            return DeskActions.reminder(for: partner.id, context)
        case .character("l"):
            return DeskActions.ledger(context)
        case .character("r"):
            return .openOverlay(ReachOverlay(season: context.data.settings.season(containing: context.today)))
        case .character("e"), .enter:
            guard let partner = selected(context) else { return .handled }
            return .openForm(PartnerForm.edit(partner, context))
        case .character("d"):
            guard let partner = selected(context) else { return .handled }
            return RecordEnding.confirm(partner, in: \.partners, file: .partners, question: .confirmEndPartner, context)
        default:
            return detailPane.browse(key, &rows)
        }
        return .handled
    }

    /// The partner under the selection.
    func selectedPartner(_ context: AppContext) -> Partner? { selected(context) }

    func selectedRecord(_ context: AppContext) -> (file: StoreFile, id: String, name: String)? {
        selected(context).map { (.partners, $0.id.rawValue, $0.name) }
    }

    private func selected(_ context: AppContext) -> Partner? {
        rows.selectedPosition.map { context.data.partners[$0] }
    }

    mutating func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        if isShowingStaff {
            staff.render(into: &grid, area: area, context)
            return
        }
        let strings = context.strings
        let (listArea, detailArea) = ListDetailLayout.split(area)
        let table = TableView(
            columns: [
                TableColumn(strings[.columnName], width: .flexible(minimum: 18, weight: 1), priority: 9),
                TableColumn(strings[.columnRoute], width: .fixed(8), priority: 5),
                TableColumn(strings[.columnKind], width: .fixed(12), priority: 3),
                TableColumn(strings[.columnCratesOut], width: .fixed(4), priority: 6, alignment: .trailing),
                TableColumn(strings[.columnDue], width: .fixed(10), priority: 7),
            ],
            rows: [],
            emptyMessage: rows.emptyMessage(strings))
        let partners = context.data.partners
        rows.render(
            table,
            title: stateFilter == .all
                ? strings[.tabPartners] : "\(strings[.tabPartners]) · \(stateFilter.name(strings))",
            focused: !detailPane.isFocused, into: &grid, area: listArea, strings
        ) { position in
            let partner = partners[position]
            let open = context.data.openDeposits(of: partner.id, in: context.index)
            let cratesOut = open.reduce(0) { $0 + $1.crateIDs.count }
            let due = open.map(\.dueOn).min()
            let route = partner.routeID.flatMap { id in context.data.settings.routes.first { $0.id == id }?.name } ?? ""
            let name: String
            switch partner.partnershipState {
            case .active: name = partner.name
            case .ended: name = "\(partner.name) (\(strings[.detailEnded].lowercased()))"
            case let state: name = "\(partner.name) (\(strings[PartnershipText.stateKey(state)]))"
            }
            // Not a partner yet: the kind of partnership offered, if any; none is agreed.
            let kind =
                partner.partnershipState.isProspective
                ? partner.partnership?.offer.map(strings.label) ?? "" : strings.label(partner.depositKind)
            return [
                name, route, kind, cratesOut > 0 ? String(cratesOut) : "",
                strings.date(due),
            ]
        }
        let partner = selected(context)
        let text = partner.map { detail($0, context) } ?? DetailText()
        detailPane.render(text, title: partner?.name ?? "", into: &grid, area: detailArea)
    }

    private func detail(_ partner: Partner, _ context: AppContext) -> DetailText {
        let strings = context.strings
        var text = DetailText()
        text.add(strings[.detailContact], partner.contact.name)
        text.add(strings[.detailPhone], partner.contact.phone)
        text.add(strings[.detailEmail], partner.contact.email)
        text.add(strings[.detailAddress], partner.address.singleLine)
        text.add(strings[.detailDeliveryNotes], partner.deliveryNotes)
        text.add(strings[.detailAgeGroups], partner.ageGroups.map(strings.label).joined(separator: ", "))
        text.add(strings[.detailChildren], partner.childCount.map(String.init))
        text.add(
            strings[.detailLoanPeriod],
            context.data.settings.loanPeriod(for: partner).description + " (\(strings.label(partner.depositKind)))")
        let policy = context.data.settings.finePolicy(for: partner)
        text.add(
            strings[.detailFinePolicy],
            policy.mode == .exempt
                ? strings[.fineExempt]
                : strings.format(.fineCharged, strings.money(policy.finePerOverdueDay), strings.money(policy.fineCap)))
        for closure in partner.closures {
            text.add(strings[.detailClosures], "\(closure.days.first) – \(closure.days.last) \(closure.reason ?? "")")
        }
        text.add(strings[.detailEnded], partner.endedOn?.description)
        if let partnership = partner.partnership {
            var state = strings[PartnershipText.stateKey(partner.partnershipState)]
            if let since = partnership.since, partner.endedOn == nil { state += " · \(since)" }
            if let offer = partnership.offer { state += " · \(strings[PartnershipText.offerKey(offer)])" }
            text.add(strings[OutreachText.columnState], state)
            let staff = Dictionary(context.data.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            for entry in partnership.contactLog.suffix(5) {
                text.add(
                    strings[OutreachText.contactLogHeading],
                    strings.format(
                        OutreachText.contactLine, entry.day, staff[entry.staffID] ?? entry.staffID.rawValue,
                        entry.person, entry.note))
            }
        }
        text.add(strings[.detailNotes], partner.notes)
        text.heading(strings[.detailHistory])
        let history = (context.index.depositsOfPartner[partner.id] ?? []).reversed().map { context.data.deposits[$0] }
        if history.isEmpty { text.line(strings[.detailNone], style: .dim) }
        for deposit in history {
            let status = deposit.status(on: context.today, dueSoonDays: context.dueSoonDays)
            let crates = deposit.crateIDs.map(\.rawValue).joined(separator: " ")
            text.line(
                "\(strings.date(deposit.dispatchedOn ?? deposit.createdOn)) → \(strings.date(deposit.dueOn))  \(crates)  \(strings.label(status))",
                style: Palette.style(for: status))
        }
        return text
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        if isShowingStaff { return staff.hints(strings) }
        return [
            KeyHint("/", strings[.keyFilter]), KeyHint("n", strings[.keyNew]), KeyHint("e", strings[.keyEdit]),
            KeyHint("u", strings[.keyDispatch]), KeyHint("x", strings[.keyExchange]),
            KeyHint("p", strings[PartnershipFormText.keyProspect]),
            KeyHint("c", strings[PartnershipFormText.keyContact]),
            KeyHint("m", strings[PartnershipFormText.keyState]), KeyHint("d", strings[.keyEnd]),
            KeyHint("s", strings[.keyStaff]), KeyHint("Tab", strings[.keyPane]),
            KeyHint("a", strings[PartnershipFormText.keyAgreement]),
            KeyHint("w", strings[PartnershipFormText.keyReview]),
        ]
    }

    func help(_ strings: Strings) -> [HelpEntry] {
        if isShowingStaff { return staff.help(strings) }
        return [
            HelpEntry("↑ ↓ j k", strings[.keyMove]), HelpEntry("PgUp PgDn Home End", strings[.keyPage]),
            HelpEntry("/", strings[.keyFilter]), HelpEntry("Enter e", strings[.keyEdit]),
            HelpEntry("n", strings[.keyNew]),
            HelpEntry("d", strings[.keyEnd]), HelpEntry("s", strings[.keyStaff]), HelpEntry("Tab", strings[.keyPane]),
            HelpEntry("u", strings[.keyDispatch]), HelpEntry("x", strings[.keyExchange]),
            HelpEntry("v", strings[DeskText.keyPackForVisit]),
            HelpEntry("b", strings[.keyLetter]), HelpEntry("l", strings[.keyLedger]),
            HelpEntry("t", strings[PartnershipText.keyStateFilter]), HelpEntry("r", strings[PartnershipText.keyReach]),
            HelpEntry("p", strings[PartnershipFormText.helpProspect]),
            HelpEntry("c", strings[PartnershipFormText.helpContact]),
            HelpEntry("m", strings[PartnershipFormText.helpState]),
            HelpEntry("a", strings[PartnershipFormText.helpAgreement]),
            HelpEntry("w", strings[PartnershipFormText.helpReview]),
        ]
    }
}
