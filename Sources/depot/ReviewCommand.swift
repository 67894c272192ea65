import ArgumentParser
import DepotCore
import Foundation

/// `depot review`: a partnership's agreement, its figures, the kindergarten's view and the decision, dated.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: helpText(.reviewAbstract),
        subcommands: [
            ReviewDueCommand.self, ReviewAgreeCommand.self, ReviewShowCommand.self, ReviewLogCommand.self,
        ],
        defaultSubcommand: ReviewDueCommand.self)
}

private func refusedReview(_ refusal: Outreach.Refusal, _ words: Words, options: [Outreach.Field: String]) -> ExitCode {
    failure("\(options[refusal.field] ?? refusal.field.rawValue): \(refusal.text(in: words.language)).")
}

private func reviewPartner(_ text: String, in data: LibraryData, _ words: Words) throws -> Partner {
    switch PartnerLookup.find(text, in: data.partners) {
    case .success(let partner): return partner
    case .failure(let problem): throw failure("PARTNER: \(problem.text(in: words.language)).")
    }
}

private func reviewDay(
    _ text: String?, option: String, today: Day, reading: DayInput.Reading = .ahead, _ words: Words
) throws -> Day? {
    guard let text else { return nil }
    switch DayInput.parse(text, today: today, reading: reading) {
    case .success(let day): return day
    case .failure: throw failure(words.format(.isNotADayWrite, option, TerminalSafe.quote(text)))
    }
}

struct ReviewAgreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agree",
        abstract: helpText(.reviewAgreeAbstract))

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: ArgumentHelp(helpText(.closureOwnerPartner), valueName: "PARTNER"))
    var partner: String

    @Option(name: .customLong("review-on"), help: ArgumentHelp(helpText(.reviewAgreeReviewOn), valueName: "DAY"))
    var reviewOn: String?

    @Option(
        name: .customLong("loan-period"),
        help: ArgumentHelp(helpText(.reviewAgreeLoanPeriod), valueName: "PERIOD"))
    var loanPeriod: String?

    @Option(help: ArgumentHelp(helpText(.reviewAgreeThemes), valueName: "THEMES"))
    var themes: String?

    @Option(
        name: .customLong("age-groups"),
        help: ArgumentHelp(helpText(.reviewAgreeAgeGroups), valueName: "BANDS"))
    var ageGroups: String?

    @Option(
        name: .customLong("reading-visits"), help: ArgumentHelp(helpText(.reviewAgreeReadingVisits), valueName: "N"))
    var readingVisits: Int?

    @Option(
        help: ArgumentHelp(helpText(.reviewAgreeOn), valueName: "DAY"))
    var on: String?

    @OptionGroup var lang: LanguageOption

    static let options: [Outreach.Field: String] = [
        .partner: "PARTNER", .reviewOn: "--review-on", .loanPeriod: "--loan-period", .ageGroups: "--age-groups",
        .readingVisits: "--reading-visits", .day: "--on",
    ]

    func run() throws {
        let words = lang.words
        let today = Day.today()
        let agreedOn = try reviewDay(on, option: "--on", today: today, reading: .back, words) ?? today
        guard let review = try reviewDay(reviewOn, option: "--review-on", today: today, words) else {
            throw refusedReview(Outreach.Refusal(.reviewOn, .missing), words, options: Self.options)
        }
        var period: CalendarPeriod?
        if let loanPeriod {
            guard let found = CalendarPeriod(loanPeriod), found.loanPeriodProblem == nil else {
                throw refusedReview(
                    Outreach.Refusal(.loanPeriod, .notUnderstood(loanPeriod)), words, options: Self.options)
            }
            period = found
        }
        var bands: [AgeBand] = []
        for part in (ageGroups ?? "").split(separator: ",") {
            let text = part.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "–", with: "-")
            guard let band = AgeBand(rawValue: text) else {
                throw refusedReview(Outreach.Refusal(.ageGroups, .notUnderstood(text)), words, options: Self.options)
            }
            bands.append(band)
        }
        let themeList = (themes ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let store = try explainingErrors { try openLibrary(libraryOptions.folder, forWriting: true) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        try identify(store, in: data, libraryOptions, today: today)
        let found = try reviewPartner(partner, in: data, words)
        let agreement = PartnershipAgreement(
            agreedOn: agreedOn, loanPeriod: period, themes: themeList, ageGroups: bands, readingVisits: readingVisits,
            reviewOn: review)
        do {
            try Outreach.agree(found.id, agreement, today: today, in: &data)
        } catch {
            throw refusedReview(error, words, options: Self.options)
        }
        try explainingErrors { try store.save(data, files: [.partners]) }
        printError(words.book.format(OutreachText.agreed, found.name, DayText(words.language).long(review)))
    }
}

struct ReviewLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: helpText(.reviewLogAbstract),
        discussion: helpText(.reviewLogDiscussion))

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: ArgumentHelp(helpText(.closureOwnerPartner), valueName: "PARTNER"))
    var partner: String

    @Option(help: ArgumentHelp(helpText(.reviewLogOn), valueName: "DAY"))
    var on: String?

    @Option(help: ArgumentHelp(helpText(.reviewLogDecision), valueName: "DECISION"))
    var decision: String?

    @Option(help: ArgumentHelp(helpText(.reviewLogView), valueName: "TEXT"))
    var view: String?

    @Option(help: ArgumentHelp(helpText(.reviewLogNote), valueName: "TEXT"))
    var note: String?

    @Option(help: ArgumentHelp(helpText(.reviewLogNext), valueName: "DAY"))
    var next: String?

    @Option(
        help: ArgumentHelp(
            helpText(.reviewLogBy), valueName: "STAFF"))
    var by: String?

    @OptionGroup var lang: LanguageOption

    static let options: [Outreach.Field: String] = [
        .partner: "PARTNER", .day: "--on", .decision: "--decision", .view: "--view", .note: "--note",
        .next: "--next", .staff: "--by",
    ]

    func run() throws {
        let words = lang.words
        let today = Day.today()
        let day = try reviewDay(on, option: "--on", today: today, reading: .back, words)
        let nextDay = try reviewDay(next, option: "--next", today: today, words)
        var chosen: ReviewDecision?
        if let decision {
            guard let found = ReviewDecision(rawValue: decision.lowercased()) else {
                throw refusedReview(
                    Outreach.Refusal(.decision, .unknownDecision(decision)), words, options: Self.options)
            }
            chosen = found
        }
        let store = try explainingErrors { try openLibrary(libraryOptions.folder, forWriting: true) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        try identify(store, in: data, libraryOptions, today: today)
        let found = try reviewPartner(partner, in: data, words)
        let staffID: StaffMember.ID
        if let by {
            switch StaffLookup.find(by, in: data.staff) {
            case .success(let member): staffID = member.id
            case .failure:
                throw refusedReview(Outreach.Refusal(.staff, .unknownStaff(by)), words, options: Self.options)
            }
        } else if let author = store.author {
            staffID = author
        } else {
            throw refusedReview(Outreach.Refusal(.staff, .missing), words, options: Self.options)
        }
        let review: PartnershipReview
        do {
            review = try Outreach.review(
                found.id, on: day, by: staffID, view: view ?? "", decision: chosen, note: note, next: nextDay,
                today: today, in: &data)
        } catch {
            throw refusedReview(error, words, options: Self.options)
        }
        try explainingErrors { try store.save(data, files: [.partners]) }
        let days = DayText(words.language)
        if review.decision == .end {
            printError(words.book.format(OutreachText.reviewEnded, found.name, days.long(review.day)))
        } else {
            printError(
                words.book.format(
                    OutreachText.reviewed, found.name, words.book[OutreachText.decisionKey(review.decision)],
                    review.nextReviewOn.map(days.long) ?? "–"))
        }
    }
}

struct ReviewShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: helpText(.reviewShowAbstract))

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: ArgumentHelp(helpText(.closureOwnerPartner), valueName: "PARTNER"))
    var partner: String

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let words = lang.words
        let today = Day.today()
        let data = try loadLibrary(libraryOptions)
        let found = try reviewPartner(partner, in: data, words)
        try emitText(Outreach.reviewText(found, in: data, today: today, language: words.language), to: nil)
    }
}

struct ReviewDueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due", abstract: helpText(.reviewDueAbstract))

    @OptionGroup var libraryOptions: LibraryOptions

    @Option(help: ArgumentHelp(helpText(.reviewDueWithin), valueName: "PERIOD"))
    var within: String?

    @Option(help: ArgumentHelp(helpText(.reviewDueFormat)))
    var format: TextOrJSON = .text

    @OptionGroup var lang: LanguageOption

    struct Row: Encodable {
        var partnerID: String
        var partner: String
        var state: String
        var reviewOn: String
        var overdue: Bool
    }

    func run() throws {
        let words = lang.words
        let today = Day.today()
        var until = today
        if let within {
            guard let period = CalendarPeriod(within), period.loanPeriodProblem == nil else {
                throw failure("--within: \(Outreach.Refusal(.day, .notUnderstood(within)).text(in: words.language)).")
            }
            until = period.after(today)
        }
        let data = try loadLibrary(libraryOptions)
        let due = Outreach.reviewsDue(until: until, in: data)
        switch format {
        case .json:
            try emit(
                try JSONOutput.text(
                    due.map {
                        Row(
                            partnerID: $0.partner.id.rawValue, partner: $0.partner.name,
                            state: $0.partner.partnershipState.rawValue, reviewOn: $0.day.description,
                            overdue: $0.day < today)
                    }), to: nil)
        case .text:
            guard !due.isEmpty else { return try emitText(words.book[OutreachText.reviewsDueNone] + "\n", to: nil) }
            let lines = due.map {
                words.book.format(
                    OutreachText.reviewDueLine, $0.day, $0.partner.id, $0.partner.name,
                    words.book[PartnershipText.stateKey($0.partner.partnershipState)])
            }
            try emitText(lines.joined(separator: "\n") + "\n", to: nil)
        }
    }
}
