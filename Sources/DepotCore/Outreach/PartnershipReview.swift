/// What both sides agreed at the start of a partnership, so that a review has something to measure against.
public struct PartnershipAgreement: Hashable, Codable, Sendable {
    public var agreedOn: Day
    /// The loan period agreed, when it is not the library's.
    public var loanPeriod: CalendarPeriod?
    /// What the kindergarten wants: themes ("dyr, kroppen").
    public var themes: [String]
    public var ageGroups: [AgeBand]
    /// Reading-aloud visits a season.
    public var readingVisits: Int?
    /// When the partnership is reviewed first.
    public var reviewOn: Day

    public init(
        agreedOn: Day, loanPeriod: CalendarPeriod? = nil, themes: [String] = [], ageGroups: [AgeBand] = [],
        readingVisits: Int? = nil, reviewOn: Day
    ) {
        self.agreedOn = agreedOn
        self.loanPeriod = loanPeriod
        self.themes = themes
        self.ageGroups = ageGroups
        self.readingVisits = readingVisits
        self.reviewOn = reviewOn
    }
}

/// The decision of a review.
public enum ReviewDecision: String, Codable, CaseIterable, Sendable {
    /// Go on as agreed.
    case `continue`
    /// Go on with changed terms (the note says how).
    case change
    /// End the partnership: it is not worth it any more.
    case end
}

/// A partner's figures over a period: what the deposits did there.
public struct PartnerFigures: Hashable, Codable, Sendable {
    public var from: Day
    public var to: Day
    public var deposits: Int
    public var booksLent: Int
    public var booksLost: Int
    /// What an exempt partner was not charged for late and lost books.
    public var waived: Money
    public var exchangesMade: Int
    public var exchangesMissed: Int

    /// The figures of `partner` for the deposits sent from `from` to `to`; exchanges by their due dates in the period
    /// (made when home by the due date plus `marginDays`, judged on `today`).
    public static func of(
        _ partner: Partner.ID, from: Day, to: Day, in data: LibraryData, today: Day, marginDays: Int = 14
    ) -> PartnerFigures {
        var figures = PartnerFigures(
            from: from, to: to, deposits: 0, booksLent: 0, booksLost: 0, waived: .zero, exchangesMade: 0,
            exchangesMissed: 0)
        let index = LibraryIndex(data)
        for deposit in data.deposits where deposit.partnerID == partner {
            if let sent = deposit.dispatchedOn, sent >= from, sent <= to {
                let row = Ledger.contribution(of: deposit, in: data, index: index, today: today)
                figures.deposits += 1
                figures.booksLent += row.itemsLent
                figures.booksLost += row.lost
                figures.waived = figures.waived + row.waived
            }
            if deposit.dispatchedOn != nil, deposit.dueOn >= from, deposit.dueOn <= min(to, today) {
                let limit = deposit.dueOn.adding(days: marginDays)
                if let back = deposit.returnedOn, back <= today {
                    if back <= limit { figures.exchangesMade += 1 } else { figures.exchangesMissed += 1 }
                } else if limit < today {
                    figures.exchangesMissed += 1
                }
            }
        }
        return figures
    }
}

/// A review of a partnership: the figures beside the kindergarten's own view, and the decision, dated.
public struct PartnershipReview: Hashable, Codable, Sendable {
    public var day: Day
    public var staffID: StaffMember.ID
    /// The kindergarten's own view, in its words.
    public var partnerView: String
    public var decision: ReviewDecision
    public var note: String?
    /// The figures as they were at the review (kept: later corrections to deposits do not rewrite a decision's
    /// grounds).
    public var figures: PartnerFigures
    /// The next review, after continue or change.
    public var nextReviewOn: Day?

    public init(
        day: Day, staffID: StaffMember.ID, partnerView: String, decision: ReviewDecision, note: String? = nil,
        figures: PartnerFigures, nextReviewOn: Day? = nil
    ) {
        self.day = day
        self.staffID = staffID
        self.partnerView = partnerView
        self.decision = decision
        self.note = note
        self.figures = figures
        self.nextReviewOn = nextReviewOn
    }
}

extension Partner {
    /// When the partnership is to be reviewed next: after the last review its next day, else the agreement's
    /// review day; nil without an agreement, after a review that ended it, and for an ended partnership.
    public var nextReview: Day? {
        guard endedOn == nil, let partnership, let agreement = partnership.agreement else { return nil }
        if let last = partnership.reviews.last { return last.decision == .end ? nil : last.nextReviewOn }
        return agreement.reviewOn
    }
}

extension Outreach {
    /// Records what was agreed with `partner`. Touches partners.json.
    @discardableResult
    public static func agree(
        _ partner: Partner.ID, _ agreement: PartnershipAgreement, today: Day, in data: inout LibraryData
    ) throws(Refusal) -> Partner {
        guard let index = data.partners.firstIndex(where: { $0.id == partner }) else {
            throw Refusal(.partner, .unknownPartner(.none(partner.rawValue)))
        }
        guard agreement.agreedOn <= today else { throw Refusal(.day, .inTheFuture(agreement.agreedOn, today: today)) }
        guard agreement.reviewOn > agreement.agreedOn else {
            throw Refusal(.reviewOn, .notAfter(agreement.reviewOn, agreement.agreedOn))
        }
        if let visits = agreement.readingVisits, !(0...100).contains(visits) {
            throw Refusal(.readingVisits, .childrenOutOfRange(visits))
        }
        var record = data.partners[index]
        var partnership =
            record.partnership
            ?? Partnership(state: record.partnershipState == .ended ? .active : record.partnershipState)
        partnership.agreement = agreement
        record.partnership = partnership
        if let period = agreement.loanPeriod { record.loanPeriod = period }
        data.partners[index] = record
        return record
    }

    /// Logs a review of `partner` on `day` (given, never assumed): the figures since the agreement or the last
    /// review, the kindergarten's view and the decision. End ends the partnership on `day`; continue and change
    /// take the next review day (`next`, else a year on). Touches partners.json.
    @discardableResult
    public static func review(
        _ partner: Partner.ID, on day: Day?, by staff: StaffMember.ID, view: String, decision: ReviewDecision?,
        note: String? = nil, next: Day? = nil, today: Day, in data: inout LibraryData
    ) throws(Refusal) -> PartnershipReview {
        guard let index = data.partners.firstIndex(where: { $0.id == partner }) else {
            throw Refusal(.partner, .unknownPartner(.none(partner.rawValue)))
        }
        guard let day else { throw Refusal(.day, .missing) }
        guard let decision else { throw Refusal(.decision, .missing) }
        guard day <= today else { throw Refusal(.day, .inTheFuture(day, today: today)) }
        guard data.staff.contains(where: { $0.id == staff }) else {
            throw Refusal(.staff, .unknownStaff(staff.rawValue))
        }
        let view = view.trimmingSpaces
        guard !view.isEmpty else { throw Refusal(.view, .missing) }
        var record = data.partners[index]
        guard var partnership = record.partnership, let agreement = partnership.agreement else {
            throw Refusal(.partner, .noAgreement)
        }
        let from = partnership.reviews.last.map { $0.day.adding(days: 1) } ?? agreement.agreedOn
        guard day >= from else { throw Refusal(.day, .notAfter(day, from.adding(days: -1))) }
        if let next, next <= day { throw Refusal(.next, .notAfter(next, day)) }
        if decision == .change, (note ?? "").trimmingSpaces.isEmpty { throw Refusal(.note, .missing) }
        let figures = PartnerFigures.of(partner, from: from, to: day, in: data, today: today)
        let review = PartnershipReview(
            day: day, staffID: staff, partnerView: view, decision: decision, note: note?.trimmingSpaces.nilIfBlank,
            figures: figures, nextReviewOn: decision == .end ? nil : (next ?? day.adding(months: 12)))
        partnership.reviews.append(review)
        record.partnership = partnership
        if decision == .end { record.endedOn = day }
        data.partners[index] = record
        return review
    }

    /// The partners whose review is due on or before `until`, soonest first.
    public static func reviewsDue(until: Day, in data: LibraryData) -> [(partner: Partner, day: Day)] {
        data.partners.compactMap { partner in partner.nextReview.flatMap { $0 <= until ? (partner, $0) : nil } }
            .sorted { ($0.day, $0.partner.id) < ($1.day, $1.partner.id) }
    }
}

extension Outreach {
    /// A partnership's agreement, its figures since the agreement or the last review (to `today`), and its
    /// reviews, as text for the terminal.
    public static func reviewText(_ partner: Partner, in data: LibraryData, today: Day, language: Language) -> String {
        let book = TextBook(language)
        let days = DayText(language)
        func number(_ value: Int) -> String { NumberText.whole(value, in: language) }
        let staff = Dictionary(data.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var lines = [
            "\(partner.name) (\(partner.id)), \(book[PartnershipText.stateKey(partner.partnershipState)])", "",
        ]
        guard let partnership = partner.partnership, let agreement = partnership.agreement else {
            lines.append(book[OutreachText.noAgreementYet])
            return lines.joined(separator: "\n") + "\n"
        }
        func figures(_ figures: PartnerFigures) -> String {
            book.format(
                OutreachText.figuresLine, days.long(figures.from), days.long(figures.to),
                number(figures.deposits),
                number(figures.booksLent), number(figures.booksLost), NumberText.amount(figures.waived, in: language),
                number(figures.exchangesMade), number(figures.exchangesMissed))
        }
        lines.append(book[OutreachText.agreementHeading] + ":")
        lines.append(
            "  " + book.format(OutreachText.agreementLine, days.long(agreement.agreedOn), days.long(agreement.reviewOn))
        )
        lines.append("  " + book.format(OutreachText.agreementLoan, data.settings.loanPeriod(for: partner).description))
        if !agreement.themes.isEmpty {
            lines.append("  " + book.format(OutreachText.agreementThemes, agreement.themes.joined(separator: ", ")))
        }
        if !agreement.ageGroups.isEmpty {
            lines.append(
                "  "
                    + book.format(
                        OutreachText.agreementAgeGroups, agreement.ageGroups.map(\.rawValue).joined(separator: ", ")))
        }
        if let visits = agreement.readingVisits {
            lines.append("  " + book.format(OutreachText.agreementVisits, number(visits)))
        }
        lines.append("")
        lines.append(book[OutreachText.figuresHeading] + ":")
        let from = partnership.reviews.last.map { $0.day.adding(days: 1) } ?? agreement.agreedOn
        if from > today {
            lines.append("  " + book[ReachText.none])
        } else {
            lines += TextWrap.lines(
                figures(PartnerFigures.of(partner.id, from: from, to: today, in: data, today: today)), width: 78,
                indent: "    "
            ).map { "  " + $0 }
        }
        if !partnership.reviews.isEmpty {
            lines.append("")
            lines.append(book[OutreachText.reviewsHeading] + ":")
            for review in partnership.reviews {
                let line = book.format(
                    OutreachText.reviewLine, days.long(review.day), staff[review.staffID] ?? review.staffID.rawValue,
                    book[OutreachText.decisionKey(review.decision)], review.partnerView)
                lines += TextWrap.lines(line, width: 78, indent: "    ").map { "  " + $0 }
                if let note = review.note { lines += TextWrap.lines(note, width: 76, indent: "").map { "    " + $0 } }
                lines += TextWrap.lines(figures(review.figures), width: 76, indent: "  ").map { "    " + $0 }
            }
        }
        if let next = partner.nextReview {
            lines.append("")
            lines.append(book.format(OutreachText.nextReview, days.long(next)))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate var nilIfBlank: String? { isEmpty ? nil : self }
}
