import DepotCore

/// The forms of the outreach on the Partners tab: register a prospect, move a partnership to another state, log a
/// contact, record the agreement and log a review. Each one checks with the same rules as `depot prospect` and
/// `depot review` (`Outreach`): the change is tried on a copy of the library, and a refusal is shown at the field it
/// names, with nothing saved.
enum PartnershipForms {
    /// The form field that shows the refused `Outreach.Field`, by the fields' order in the form.
    private static func failure(
        _ refusal: Outreach.Refusal, _ fields: [Outreach.Field], _ strings: Strings
    ) -> FormState.FieldFailure {
        let index = fields.firstIndex(of: refusal.field) ?? 0
        return FormState.FieldFailure(field: index, message: refusal.text(in: strings.language))
    }

    /// A day as typed ("i dag", "1/12", "2026-11-20"), or the message for the field.
    /// A day that happened (`past`) is read back from today: "20/11" typed on 23 November is this year's.
    private static func day(_ text: String, past: Bool, _ context: AppContext) -> Result<Day, FieldMessage> {
        switch DayInput.parse(text, today: context.today, reading: past ? .back : .ahead) {
        case .success(let day): return .success(day)
        case .failure: return .failure(FieldMessage(text: context.strings[.fieldDate]))
        }
    }

    private struct FieldMessage: Error {
        var text: String
    }

    /// A field for a day, empty allowed when `optional`; a day after today is refused at once when `past`.
    private static func dayField(
        _ label: String, _ text: String, optional: Bool = false, past: Bool, _ context: AppContext
    ) -> FormField {
        FormField(label, text, hint: context.strings[past ? PartnershipFormText.dayHint : .dayAnyHint]) { text in
            if text.isEmpty {
                return optional ? nil : Outreach.Refusal(.day, .missing).text(in: context.strings.language)
            }
            switch day(text, past: past, context) {
            case .failure(let message): return message.text
            case .success(let day):
                guard past, day > context.today else { return nil }
                return Outreach.Refusal(.day, .inTheFuture(day, today: context.today))
                    .text(in: context.strings.language)
            }
        }
    }

    // MARK: Prospect

    /// A new institution of the municipality, not a partner yet: name, kind, address and children.
    static func newProspect(_ context: AppContext) -> FormState {
        let strings = context.strings
        let language = strings.language
        let kinds = Partner.Kind.allCases
        let kindLabels = kinds.map(strings.label)
        let order: [Outreach.Field] = [.name, .kind, .address, .postcode, .town, .children]
        let fields = [
            FormField(strings[.fieldName], "") { text in
                text.isEmpty ? Outreach.Refusal(.name, .missing).text(in: language) : nil
            },
            FormField(strings[.fieldKind], kindLabels[0], kind: .choice(kindLabels)),
            FormField(strings[.fieldStreet], "") { text in
                text.isEmpty ? Outreach.Refusal(.address, .missing).text(in: language) : nil
            },
            FormField(strings[.fieldPostalCode], "") { text in Outreach.postcodeRefusal(text)?.text(in: language) },
            FormField(strings[.fieldCity], "") { text in
                text.isEmpty ? Outreach.Refusal(.town, .missing).text(in: language) : nil
            },
            FormField(strings[.fieldChildren], "", hint: strings[PartnershipFormText.childrenHint]) { text in
                if case .failure(let refusal) = Outreach.children(text) { return refusal.text(in: language) }
                return nil
            },
        ]
        return FormState(title: strings[PartnershipFormText.formNewProspect], fields: fields) { values in
            let children: Int?
            switch Outreach.children(values[5]) {
            case .success(let count): children = count
            case .failure(let refusal): return .failure(failure(refusal, order, strings))
            }
            let new = Outreach.NewProspect(
                name: values[0], kind: kinds[kindLabels.firstIndex(of: values[1]) ?? 0], street: values[2],
                postcode: values[3], town: values[4], children: children)
            var copy = context.data
            let partner: Partner
            do throws(Outreach.Refusal) {
                partner = try Outreach.addProspect(new, today: context.today, in: &copy)
            } catch {
                return .failure(failure(error, order, strings))
            }
            let change = Change(
                summary: TextBook(language).format(OutreachText.prospectAdded, partner.name, partner.id),
                files: [.partners], reveal: .partner(partner.id)
            ) { data in
                data.partners.upsert(partner)
            }
            return .success(change)
        }
    }

    // MARK: State

    /// The state a partnership usually goes to next, offered first in the form.
    static func suggestedState(after state: PartnershipState) -> PartnershipState {
        switch state {
        case .prospect: return .contacted
        case .contacted: return .offered
        case .offered: return .active
        case .declined: return .contacted
        case .active: return .paused
        case .paused, .ended: return .active
        }
    }

    /// Moves `partner` to another state on a day: with offered what was offered, with active (or any state) its
    /// route. Active is one step: the partner then takes crates, routes and plans as any other.
    static func changeState(_ partner: Partner, _ context: AppContext) -> FormState {
        let strings = context.strings
        let language = strings.language
        let states = PartnershipState.allCases
        let stateLabels = states.map { strings[PartnershipText.stateKey($0)] }
        let offers = DepositKind.allCases
        let offerLabels = ["–"] + offers.map { strings[PartnershipText.offerKey($0)] }
        let routes = context.data.settings.routes
        let routeLabels = ["–"] + routes.map(\.name)
        let currentRoute = partner.routeID.flatMap { id in routes.first { $0.id == id }?.name } ?? "–"
        let currentOffer = partner.partnership?.offer.map { strings[PartnershipText.offerKey($0)] } ?? "–"
        let suggested = suggestedState(after: partner.partnershipState)
        let order: [Outreach.Field] = [.state, .day, .offer, .route]
        let fields = [
            FormField(
                strings[PartnershipFormText.fieldState], stateLabels[states.firstIndex(of: suggested) ?? 0],
                kind: .choice(stateLabels), hint: strings[PartnershipFormText.stateHint]),
            dayField(strings[PartnershipFormText.fieldDay], context.today.description, past: true, context),
            FormField(
                strings[PartnershipFormText.fieldOffer], currentOffer, kind: .choice(offerLabels),
                hint: strings[PartnershipFormText.offerHint]),
            FormField(
                strings[.fieldRouteLabel], currentRoute, kind: .choice(routeLabels),
                hint: strings[PartnershipFormText.routeHint]),
        ]
        let title = strings.format(PartnershipFormText.formState, partner.name)
        return FormState(title: title, fields: fields) { values in
            let state = states[stateLabels.firstIndex(of: values[0]) ?? 0]
            let day: Day
            switch Self.day(values[1], past: true, context) {
            case .success(let found): day = found
            case .failure(let message): return .failure(.init(field: 1, message: message.text))
            }
            var offer: DepositKind?
            if values[2] != currentOffer, let index = offerLabels.firstIndex(of: values[2]), index > 0 {
                guard state == .offered else {
                    return .failure(.init(field: 2, message: strings[PartnershipFormText.offerOnlyWhenOffered]))
                }
                offer = offers[index - 1]
            }
            let route = values[3] == currentRoute ? nil : routes.first { $0.name == values[3] }?.id
            var copy = context.data
            let record: Partner
            do throws(Outreach.Refusal) {
                record = try Outreach.setState(
                    partner.id, to: state, on: day, today: context.today, offer: offer, route: route, in: &copy)
            } catch {
                return .failure(failure(error, order, strings))
            }
            var summary = TextBook(language).format(
                OutreachText.stateSet, record.name, strings[PartnershipText.stateKey(record.partnershipState)],
                DayText(language).long(day))
            if state == .active, record.routeID == nil {
                summary += " " + strings[PartnershipFormText.activeWithoutRoute]
            }
            let change = Change(summary: summary, files: [.partners], reveal: .partner(record.id)) { data in
                data.partners.upsert(record)
            }
            return .success(change)
        }
    }

    // MARK: Contact

    /// Logs a contact with `partner`: on which day (not after today), who of the library, whom at the institution,
    /// and what was said or agreed. A prospect becomes contacted.
    static func logContact(_ partner: Partner, desk: StaffMember.ID?, _ context: AppContext) -> FormState {
        let strings = context.strings
        let language = strings.language
        let last = partner.partnership?.contactLog.last
        let staff = StaffChoice(context.data, preferring: [desk, last?.staffID].compactMap { $0 })
        let order: [Outreach.Field] = [.day, .staff, .person, .note]
        let fields = [
            dayField(strings[PartnershipFormText.fieldDay], context.today.description, past: true, context),
            FormField(
                strings[PartnershipFormText.fieldBy], staff.label(for: desk ?? last?.staffID),
                kind: .choice(staff.options)),
            FormField(
                strings[PartnershipFormText.fieldPerson], last?.person ?? "",
                hint: strings[PartnershipFormText.personHint]
            ) { text in
                text.isEmpty ? Outreach.Refusal(.person, .missing).text(in: language) : nil
            },
            FormField(strings[PartnershipFormText.fieldAgreed], "") { text in
                text.isEmpty ? Outreach.Refusal(.note, .missing).text(in: language) : nil
            },
        ]
        let title = strings.format(PartnershipFormText.formContact, partner.name)
        return FormState(title: title, fields: fields) { values in
            let day: Day
            switch Self.day(values[0], past: true, context) {
            case .success(let found): day = found
            case .failure(let message): return .failure(.init(field: 0, message: message.text))
            }
            guard let by = staff.id(for: values[1]) else {
                return .failure(failure(Outreach.Refusal(.staff, .missing), order, strings))
            }
            var copy = context.data
            let record: Partner
            do throws(Outreach.Refusal) {
                record = try Outreach.logContact(
                    partner.id, by: by, person: values[2], note: values[3], on: day, today: context.today, in: &copy)
            } catch {
                return .failure(failure(error, order, strings))
            }
            let summary = TextBook(language).format(
                OutreachText.contactLogged, record.name, strings[PartnershipText.stateKey(record.partnershipState)])
            let change = Change(summary: summary, files: [.partners], reveal: .partner(record.id)) { data in
                data.partners.upsert(record)
            }
            return .success(change)
        }
    }

    // MARK: Agreement

    /// What both sides agree at the start (or anew): the day, the first review day, the loan period, themes, age
    /// groups and reading-aloud visits.
    static func agree(_ partner: Partner, _ context: AppContext) -> FormState {
        let strings = context.strings
        let language = strings.language
        let agreement = partner.partnership?.agreement
        // No refusal names the themes; `.note` stands in for their place.
        let order: [Outreach.Field] = [.day, .reviewOn, .loanPeriod, .note, .ageGroups, .readingVisits]
        let fields = [
            dayField(
                strings[PartnershipFormText.fieldAgreedOn], (agreement?.agreedOn ?? context.today).description,
                past: true, context),
            dayField(
                strings[PartnershipFormText.fieldReviewOn], agreement?.reviewOn.description ?? "", past: false,
                context),
            FormField(
                strings[PartnerFormText.fieldLoanPeriod], agreement?.loanPeriod?.description ?? "",
                hint: strings[PartnershipFormText.loanPeriodHint]
            ) { text in
                guard !text.isEmpty else { return nil }
                guard let period = CalendarPeriod(text), period.loanPeriodProblem == nil else {
                    return Outreach.Refusal(.loanPeriod, .notUnderstood(text)).text(in: language)
                }
                return nil
            },
            FormField(
                strings[PartnershipFormText.fieldThemes], agreement?.themes.joined(separator: ", ") ?? "",
                hint: strings[PartnershipFormText.themesHint]),
            FormField(
                strings[.fieldAgeBands], agreement?.ageGroups.map(strings.label).joined(separator: " ") ?? ""
            ) { text in
                text.isEmpty || PartnerForm.ageGroups(text, strings) != nil ? nil : strings[.fieldAgeGroups]
            },
            FormField(
                strings[PartnershipFormText.fieldReadingVisits], agreement?.readingVisits.map(String.init) ?? ""
            ) { text in
                text.isEmpty || Int(text) != nil ? nil : strings[.fieldNumber]
            },
        ]
        let title = strings.format(PartnershipFormText.formAgreement, partner.name)
        return FormState(title: title, fields: fields) { values in
            let agreedOn: Day
            switch day(values[0], past: true, context) {
            case .success(let found): agreedOn = found
            case .failure(let message): return .failure(.init(field: 0, message: message.text))
            }
            guard !values[1].isEmpty else {
                return .failure(failure(Outreach.Refusal(.reviewOn, .missing), order, strings))
            }
            let reviewOn: Day
            switch day(values[1], past: false, context) {
            case .success(let found): reviewOn = found
            case .failure(let message): return .failure(.init(field: 1, message: message.text))
            }
            var period: CalendarPeriod?
            if !values[2].isEmpty {
                guard let found = CalendarPeriod(values[2]), found.loanPeriodProblem == nil else {
                    return .failure(failure(Outreach.Refusal(.loanPeriod, .notUnderstood(values[2])), order, strings))
                }
                period = found
            }
            let themes = values[3].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            let bands = values[4].isEmpty ? [] : (PartnerForm.ageGroups(values[4], strings) ?? [])
            let visits = values[5].isEmpty ? nil : Int(values[5])
            let agreement = PartnershipAgreement(
                agreedOn: agreedOn, loanPeriod: period, themes: themes, ageGroups: bands, readingVisits: visits,
                reviewOn: reviewOn)
            var copy = context.data
            let record: Partner
            do throws(Outreach.Refusal) {
                record = try Outreach.agree(partner.id, agreement, today: context.today, in: &copy)
            } catch {
                return .failure(failure(error, order, strings))
            }
            let summary = TextBook(language).format(OutreachText.agreed, record.name, DayText(language).long(reviewOn))
            let change = Change(summary: summary, files: [.partners], reveal: .partner(record.id)) { data in
                data.partners.upsert(record)
            }
            return .success(change)
        }
    }

    // MARK: Review

    /// Logs a review of `partner`: the day (given, never assumed), the decision, the kindergarten's own view, a
    /// note (what changes), the next review day and who held it. The figures are kept with it.
    static func review(_ partner: Partner, desk: StaffMember.ID?, _ context: AppContext) -> FormState {
        let strings = context.strings
        let language = strings.language
        let decisions = ReviewDecision.allCases
        let decisionLabels = decisions.map { strings[OutreachText.decisionKey($0)] }
        let staff = StaffChoice(context.data, preferring: [desk].compactMap { $0 })
        let order: [Outreach.Field] = [.day, .decision, .view, .note, .next, .staff]
        let fields = [
            dayField(strings[PartnershipFormText.fieldReviewDay], "", past: true, context),
            FormField(
                strings[PartnershipFormText.fieldDecision], decisionLabels[0], kind: .choice(decisionLabels),
                hint: strings[PartnershipFormText.decisionHint]),
            FormField(
                strings[PartnershipFormText.fieldView], "", hint: strings[PartnershipFormText.viewHint]
            ) { text in
                text.isEmpty ? Outreach.Refusal(.view, .missing).text(in: language) : nil
            },
            FormField(strings[.fieldNotes], "", hint: strings[PartnershipFormText.reviewNoteHint]),
            dayField(strings[PartnershipFormText.fieldNextReview], "", optional: true, past: false, context),
            FormField(strings[PartnershipFormText.fieldHeldBy], staff.label(for: desk), kind: .choice(staff.options)),
        ]
        let title = strings.format(PartnershipFormText.formReview, partner.name)
        return FormState(title: title, fields: fields) { values in
            var day: Day?
            if !values[0].isEmpty {
                switch Self.day(values[0], past: true, context) {
                case .success(let found): day = found
                case .failure(let message): return .failure(.init(field: 0, message: message.text))
                }
            }
            var next: Day?
            if !values[4].isEmpty {
                switch Self.day(values[4], past: false, context) {
                case .success(let found): next = found
                case .failure(let message): return .failure(.init(field: 4, message: message.text))
                }
            }
            guard let by = staff.id(for: values[5]) else {
                return .failure(failure(Outreach.Refusal(.staff, .missing), order, strings))
            }
            let decision = decisionLabels.firstIndex(of: values[1]).map { decisions[$0] }
            var copy = context.data
            let review: PartnershipReview
            do throws(Outreach.Refusal) {
                review = try Outreach.review(
                    partner.id, on: day, by: by, view: values[2], decision: decision, note: values[3], next: next,
                    today: context.today, in: &copy)
            } catch {
                return .failure(failure(error, order, strings))
            }
            guard let record = copy.partners.first(where: { $0.id == partner.id }) else {
                return .failure(failure(Outreach.Refusal(.partner, .missing), order, strings))
            }
            let book = TextBook(language)
            let days = DayText(language)
            let summary =
                review.decision == .end
                ? book.format(OutreachText.reviewEnded, record.name, days.long(review.day))
                : book.format(
                    OutreachText.reviewed, record.name, book[OutreachText.decisionKey(review.decision)],
                    review.nextReviewOn.map(days.long) ?? "–")
            let change = Change(summary: summary, files: [.partners], reveal: .partner(record.id)) { data in
                data.partners.upsert(record)
            }
            return .success(change)
        }
    }
}

/// The words of the outreach forms on the Partners tab.
enum PartnershipFormText: String, TextCatalogue {
    case formNewProspect, formState, formContact, formAgreement, formReview
    case fieldState, fieldDay, fieldOffer, fieldBy, fieldPerson, fieldAgreed, fieldAgreedOn, fieldReviewOn
    case fieldThemes, fieldReadingVisits, fieldReviewDay, fieldDecision, fieldView, fieldNextReview, fieldHeldBy
    case dayHint, dayAnyHint, childrenHint, stateHint, offerHint, routeHint, personHint, loanPeriodHint, themesHint
    case decisionHint, viewHint, reviewNoteHint
    case offerOnlyWhenOffered, activeWithoutRoute, noAgreementYet
    case keyProspect, keyContact, keyState, keyAgreement, keyReview
    case helpProspect, helpContact, helpState, helpAgreement, helpReview

    static let placeholders: [PartnershipFormText: [String]] = [
        .formState: ["name"], .formContact: ["name"], .formAgreement: ["name"], .formReview: ["name"],
        .noAgreementYet: ["name"],
    ]
}
