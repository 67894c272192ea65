/// A friendly reminder to a partner whose crates are overdue or due soon, as plain text of at most 80 columns, in
/// Danish or English, ready to print or paste into an e-mail.
///
/// The letter names each crate and its due date, the partner's contact person and the library's name and address,
/// and the next day the van comes. For an exempt partner it says plainly that nothing is charged; for a charged
/// partner it gives the rates and the fine so far.
public enum ReminderLetter {
    /// The widest line a letter has.
    public static let width = 80

    /// The partner's deposits that are out and overdue or due within the library's `dueSoonDays` on `today`,
    /// earliest due first.
    public static func deposits(for partner: Partner.ID, data: LibraryData, today: Day) -> [Deposit] {
        data.deposits.filter { deposit in
            guard deposit.partnerID == partner else { return false }
            let status = deposit.status(on: today, dueSoonDays: data.settings.dueSoonDays)
            return status == .overdue || status == .dueSoon
        }.sorted { ($0.dueOn, $0.id) < ($1.dueOn, $1.id) }
    }

    /// The partners that should get a letter on `today`, in the order of `data.partners`.
    public static func partnersToRemind(data: LibraryData, today: Day) -> [Partner] {
        let dueSoonDays = data.settings.dueSoonDays
        var due = Set<Partner.ID>()
        for deposit in data.deposits {
            let status = deposit.status(on: today, dueSoonDays: dueSoonDays)
            if status == .overdue || status == .dueSoon { due.insert(deposit.partnerID) }
        }
        return data.partners.filter { due.contains($0.id) }
    }

    /// The letter to `partner` on `today`, or an empty string when none of its deposits is overdue or due soon.
    public static func text(for partner: Partner, data: LibraryData, today: Day, language: Language) -> String {
        text(for: partner, data: data, today: today, language: language, collections: nil)
    }

    /// The letters to each of `partners` (empty for one with nothing overdue or due soon), in that order. The
    /// schedule the letters promise the van from is worked out once for all of them.
    public static func letters(for partners: [Partner], data: LibraryData, today: Day, language: Language) -> [String] {
        let collections = collectionDays(data: data, today: today)
        return partners.map { text(for: $0, data: data, today: today, language: language, collections: collections) }
    }

    private static func text(
        for partner: Partner, data: LibraryData, today: Day, language: Language, collections: [Partner.ID: Day]?
    ) -> String {
        let deposits = deposits(for: partner.id, data: data, today: today)
        guard !deposits.isEmpty else { return "" }
        let words = LetterWords(language: language, currency: data.settings.currency)
        let settings = data.settings
        var blocks = Letterhead.blocks(from: settings, to: partner, attention: words.attention, width: width)
        blocks.append(fit(words.placeAndDate(settings.address.city, today)))
        blocks.append(fit(words.subject))
        blocks.append(fit(words.greeting(partner)))
        blocks.append(paragraph(words.introduction))

        var lines: [String] = []
        // A partly returned deposit's crates are home: its books kept back are listed below.
        for deposit in deposits where deposit.isOut {
            for crateID in deposit.crateIDs {
                let crate = Desk.crate(crateID, in: data, index: nil)
                let lent = Set(deposit.itemBarcodes)
                let count = crate.map { $0.itemBarcodes.filter(lent.contains).count } ?? 0
                let line = words.crateLine(
                    crate: crateID, theme: crate?.theme, items: count, deposit: deposit, today: today)
                lines.append(TextWrap.paragraph(line, width: width, firstIndent: "  - ", indent: "    "))
            }
        }
        if !lines.isEmpty { blocks.append(lines.joined(separator: "\n")) }

        let keptBack = keptBackTitles(of: partner.id, data: data)
        if !keptBack.isEmpty {
            var list = [paragraph(words.keptBackIntroduction)]
            for title in keptBack.prefix(10) {
                list.append(TextWrap.paragraph(title, width: width, firstIndent: "  - ", indent: "    "))
            }
            if keptBack.count > 10 {
                list.append(TextWrap.paragraph(words.andOthers(keptBack.count - 10), width: width, firstIndent: "    "))
            }
            blocks.append(list.joined(separator: "\n"))
        }

        let visit =
            collections.map { days in
                days[partner.id]
                    ?? DueDates.nextDeliveryDay(for: partner, onOrAfter: today, settings: data.settings)
            } ?? nextCollection(at: partner, data: data, today: today)
        blocks.append(paragraph(words.nextVisit(visit, hasRoute: partner.routeID != nil)))

        let policy = settings.finePolicy(for: partner)
        switch policy.mode {
        case .exempt:
            blocks.append(paragraph(words.exempt))
        case .charged:
            let assessments = deposits.map { FineAssessment.assess($0, in: data, today: today) }
            let fine = assessments.reduce(Money.zero) { $0 + $1.fine }
            let replacement = assessments.reduce(Money.zero) { $0 + $1.replacement }
            blocks.append(paragraph(words.charged(policy, fineSoFar: fine, replacement: replacement)))
        }

        blocks.append(paragraph(words.closing))
        blocks.append([words.regards, "", settings.name].map(fit).joined(separator: "\n"))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The day the letter promises the van: the first day from `today` on which the week schedule (the route
    /// sheets) collects something from `partner`, so the letter and the driver's sheet name the same day (today,
    /// when today's sheet has the stop). Without one in the next ten weeks, the partner's next van day.
    public static func nextCollection(at partner: Partner, data: LibraryData, today: Day) -> Day {
        collectionDays(data: data, today: today, only: partner.id)[partner.id]
            ?? DueDates.nextDeliveryDay(for: partner, onOrAfter: today, settings: data.settings)
    }

    /// For each partner the schedule collects from in the next ten weeks, the first such day.
    static func collectionDays(data: LibraryData, today: Day, only partner: Partner.ID? = nil) -> [Partner.ID: Day] {
        let days = DayRange(first: today, last: today.adding(days: 69))
        var first: [Partner.ID: Day] = [:]
        for source in ScheduleSources.standard(for: data) {
            for visit in source.visits(in: days, data: data, today: today)
            where (partner == nil || visit.partnerID == partner)
                && (!visit.collect.isEmpty || !visit.collectItems.isEmpty)
            {
                first[visit.partnerID] = min(first[visit.partnerID] ?? visit.day, visit.day)
            }
        }
        return first
    }

    /// Titles of items the partner kept back when earlier deposits came home and that are still there.
    private static func keptBackTitles(of partner: Partner.ID, data: LibraryData) -> [String] {
        var titles: [String] = []
        for deposit in data.deposits where deposit.partnerID == partner && deposit.isPartlyReturned {
            for barcode in deposit.barcodes(in: .atPartner) {
                titles.append(
                    Desk.item(barcode, in: data, index: nil).map { "\($0.title) (\(barcode))" } ?? barcode.rawValue)
            }
        }
        return titles
    }

    private static func paragraph(_ text: String) -> String { TextWrap.paragraph(text, width: width) }

    /// A line that must stay one line (an address): wrapped all the same if someone typed a very long one.
    private static func fit(_ text: String) -> String { TextWrap.paragraph(text, width: width, indent: "  ") }
}
