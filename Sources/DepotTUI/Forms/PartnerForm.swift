import DepotCore

/// The form for a new partner or for correcting one.
enum PartnerForm {
    private enum Field: Int, CaseIterable {
        case name, kind, street, postalCode, city, contact, phone, email, deliveryNotes, ageGroups, children
        case crateMix, childrenByBand, route
        case depositKind, loanPeriod, closures, recurringClosures, finePolicy, endedOn, notes
    }

    static func new(_ context: AppContext) -> FormState {
        let blank = Partner(
            id: nextID(context.data), name: "", kind: .kindergarten,
            address: Address(street: "", postalCode: "", city: ""),
            contact: Contact(name: ""), ageGroups: [.preschool], routeID: context.data.settings.routes.first?.id)
        return form(for: blank, isNew: true, context)
    }

    static func edit(_ partner: Partner, _ context: AppContext) -> FormState {
        form(for: partner, isNew: false, context)
    }

    /// P001, P002...: one more than the highest number in use.
    static func nextID(_ data: LibraryData) -> Partner.ID {
        let number = String(
            NextNumber.after(data.partners.compactMap { Int($0.id.rawValue.drop(while: { !$0.isNumber })) }))
        return Partner.ID("P" + String(repeating: "0", count: max(0, 3 - number.count)) + number)
    }

    private static func form(for partner: Partner, isNew: Bool, _ context: AppContext) -> FormState {
        let strings = context.strings
        let kinds = Partner.Kind.allCases.map(strings.label)
        let depositKinds = DepositKind.allCases.map(strings.label)
        let routes = context.data.settings.routes
        let routeNames = ["–"] + routes.map(\.name)
        let required: (String) -> String? = { $0.isEmpty ? strings[.fieldRequired] : nil }
        // The loan terms as shown; a field left as shown keeps the partner's value exactly.
        let loanPeriodText = partner.loanPeriod?.description ?? ""
        let closuresText = ClosureText.format(partner.closures, today: context.today, language: strings.language)
        let recurringText = RecurringClosureText.listText(partner.recurringClosures ?? [], language: strings.language)
        let fineText = LoanTermsText.fineText(partner.finePolicy, strings)
        let crateMixText = bandCountsText(partner.crateMix ?? [], \.crates, strings)
        let childrenText = bandCountsText(partner.crateMix ?? [], \.children, strings)
        var fields: [FormField] = []
        for field in Field.allCases {
            switch field {
            case .name: fields.append(FormField(strings[.fieldName], partner.name, validate: required))
            case .kind:
                fields.append(FormField(strings[.fieldKind], strings.label(partner.kind), kind: .choice(kinds)))
            case .street: fields.append(FormField(strings[.fieldStreet], partner.address.street, validate: required))
            case .postalCode:
                fields.append(
                    FormField(strings[.fieldPostalCode], partner.address.postalCode) { text in
                        text.count == 4 && text.allSatisfy(\.isNumber) ? nil : strings[.fieldNumber] + " (4)"
                    })
            case .city: fields.append(FormField(strings[.fieldCity], partner.address.city, validate: required))
            case .contact:
                // An institution not yet a partner may be known by its name alone (registered with `p` or
                // `depot prospect add`); a partner needs someone to call.
                let optional = partner.partnershipState.isProspective
                fields.append(
                    FormField(
                        strings[.fieldContact], partner.contact.name, validate: optional ? { _ in nil } : required))
            case .phone: fields.append(FormField(strings[.fieldPhone], partner.contact.phone ?? ""))
            case .email:
                fields.append(
                    FormField(strings[.fieldEmail], partner.contact.email ?? "") { text in
                        text.isEmpty || (text.contains("@") && !text.contains(" ")) ? nil : strings[.fieldEmailHint]
                    })
            case .deliveryNotes: fields.append(FormField(strings[.fieldDeliveryNotes], partner.deliveryNotes ?? ""))
            case .ageGroups:
                fields.append(
                    FormField(strings[.fieldAgeBands], partner.ageGroups.map(strings.label).joined(separator: " ")) {
                        text in
                        ageGroups(text, strings) == nil ? strings[.fieldAgeGroups] : nil
                    })
            case .children:
                fields.append(
                    FormField(strings[.fieldChildren], partner.childCount.map(String.init) ?? "") { text in
                        text.isEmpty || (Int(text).map(Limits.childCount.contains) ?? false)
                            ? nil : strings[.fieldNumber]
                    })
            case .crateMix:
                fields.append(
                    FormField(
                        strings[PartnerFormText.fieldCrateMix], crateMixText,
                        hint: strings[PartnerFormText.crateMixHint]
                    ) {
                        text in
                        bandCounts(text, limit: Limits.cratesPerVisit, strings).failure
                    })
            case .childrenByBand:
                fields.append(
                    FormField(
                        strings[PartnerFormText.fieldChildrenByBand], childrenText,
                        hint: strings[PartnerFormText.childrenByBandHint]
                    ) { text in
                        bandCounts(text, limit: Limits.childCount, strings).failure
                    })
            case .route:
                let name = partner.routeID.flatMap { id in routes.first { $0.id == id }?.name } ?? "–"
                fields.append(FormField(strings[.fieldRouteLabel], name, kind: .choice(routeNames)))
            case .depositKind:
                fields.append(
                    FormField(
                        strings[.fieldDepositKind], strings.label(partner.depositKind), kind: .choice(depositKinds)))
            case .loanPeriod:
                let periods = context.data.settings.loanPeriods
                fields.append(
                    FormField(
                        strings[PartnerFormText.fieldLoanPeriod], loanPeriodText,
                        hint: strings.format(
                            PartnerFormText.loanPeriodHint, periods[.deposit], periods[.kindergartenLibrary])
                    ) { text in
                        if case .failure(let failure) = LoanTermsText.loanPeriod(text, strings) {
                            return failure.message
                        }
                        return nil
                    })
            case .closures:
                fields.append(
                    FormField(
                        strings[PartnerFormText.fieldClosures], closuresText,
                        hint: strings[PartnerFormText.closuresHint]
                    ) {
                        text in
                        do throws(ClosureText.Problem) {
                            _ = try ClosureText.parse(text, today: context.today)
                            return nil
                        } catch {
                            return error.message(strings)
                        }
                    })
            case .recurringClosures:
                // Every year the same weeks or days (the summer weeks, Christmas): the planner keeps them each season.
                fields.append(
                    FormField(
                        strings[PartnerFormText.fieldRecurringClosures], recurringText,
                        hint: strings[PartnerFormText.recurringClosuresHint]
                    ) { text in
                        if case .failure(let refusal) = RecurringClosureText.parseList(
                            text, today: context.today, language: strings.language)
                        {
                            return refusal.message
                        }
                        return nil
                    })
            case .finePolicy:
                let usual = context.data.settings.defaultFinePolicy
                fields.append(
                    FormField(
                        strings[PartnerFormText.fieldFinePolicy], fineText,
                        hint: strings.format(
                            PartnerFormText.finePolicyHint,
                            usual.mode == .exempt
                                ? strings[PartnerFormText.exemptWord]
                                : strings.format(
                                    .fineCharged, strings.money(usual.finePerOverdueDay), strings.money(usual.fineCap)))
                    ) { text in
                        LoanTermsText.fineChoice(text) == nil ? strings[PartnerFormText.finePolicyBad] : nil
                    })
            case .endedOn:
                fields.append(
                    FormField(strings[.fieldEndedOn], partner.endedOn?.description ?? "") { text in
                        text.isEmpty || DayInput.parse(text, today: context.today).isSuccess ? nil : strings[.fieldDate]
                    })
            case .notes: fields.append(FormField(strings[.fieldNotes], partner.notes ?? ""))
            }
        }
        let title = strings[isNew ? .formNewPartner : .formEditPartner]
        return FormState(title: title, fields: fields) { values in
            func value(_ field: Field) -> String { values[field.rawValue] }
            var updated = partner
            updated.name = value(.name)
            updated.kind = Partner.Kind.allCases[kinds.firstIndex(of: value(.kind)) ?? 0]
            updated.address = Address(street: value(.street), postalCode: value(.postalCode), city: value(.city))
            updated.contact = Contact(
                name: value(.contact), phone: value(.phone).nilIfEmpty, email: value(.email).nilIfEmpty)
            updated.deliveryNotes = value(.deliveryNotes).nilIfEmpty
            updated.ageGroups = ageGroups(value(.ageGroups), strings) ?? partner.ageGroups
            updated.childCount = Int(value(.children))
            if value(.crateMix) != crateMixText || value(.childrenByBand) != childrenText {
                // Checked by the fields' own validation; a failure here cannot happen.
                let crates = (try? bandCounts(value(.crateMix), limit: Limits.cratesPerVisit, strings).get()) ?? []
                let children = (try? bandCounts(value(.childrenByBand), limit: Limits.childCount, strings).get()) ?? []
                var mix: [CrateMix] = []
                for band in AgeBand.allCases {
                    let crate = crates.last { $0.band == band }?.count
                    let child = children.last { $0.band == band }?.count
                    if crate != nil || child != nil { mix.append(CrateMix(band: band, crates: crate, children: child)) }
                }
                updated.crateMix = mix.isEmpty ? nil : mix
            }
            updated.routeID = routes.first { $0.name == value(.route) }?.id
            updated.depositKind = DepositKind.allCases[depositKinds.firstIndex(of: value(.depositKind)) ?? 0]
            if value(.loanPeriod) != loanPeriodText {
                switch LoanTermsText.loanPeriod(value(.loanPeriod), strings) {
                case .success(let period): updated.loanPeriod = period
                case .failure(let failure):
                    return .failure(.init(field: Field.loanPeriod.rawValue, message: failure.message))
                }
            }
            if value(.closures) != closuresText {
                do throws(ClosureText.Problem) {
                    updated.closures = try ClosureText.parse(value(.closures), today: context.today)
                } catch {
                    return .failure(.init(field: Field.closures.rawValue, message: error.message(strings)))
                }
            }
            if value(.recurringClosures) != recurringText {
                switch RecurringClosureText.parseList(
                    value(.recurringClosures), today: context.today, language: strings.language)
                {
                case .success(let closures): updated.recurringClosures = closures.isEmpty ? nil : closures
                case .failure(let refusal):
                    return .failure(.init(field: Field.recurringClosures.rawValue, message: refusal.message))
                }
            }
            if value(.finePolicy) != fineText {
                guard let choice = LoanTermsText.fineChoice(value(.finePolicy)) else {
                    return .failure(
                        .init(field: Field.finePolicy.rawValue, message: strings[PartnerFormText.finePolicyBad]))
                }
                updated.finePolicy = LoanTermsText.finePolicy(
                    choice, had: partner.finePolicy, settings: context.data.settings)
            }
            updated.notes = value(.notes).nilIfEmpty
            updated.endedOn = try? DayInput.parse(value(.endedOn), today: context.today).get()
            if isNew, context.data.partners.contains(where: { $0.name.lowercased() == updated.name.lowercased() }) {
                return .failure(.init(field: Field.name.rawValue, message: strings.format(.fieldUnique, updated.name)))
            }
            let change = Change(
                summary: strings.format(.formSaved, updated.name), files: [.partners], reveal: .partner(updated.id)
            ) { data in
                data.partners.upsert(updated)
            }
            return .success(change)
        }
    }

    /// "0-3:1 3-6:2", "0–3: 12, 3–6: 40": a number per age band, each within `limit`; empty for none. The failure is
    /// the message to show.
    static func bandCounts(_ text: String, limit: NumberLimit, _ strings: Strings)
        -> Result<[(band: AgeBand, count: Int)], BandCountsProblem>
    {
        let normal = text.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "=", with: ":")
            .replacingOccurrences(of: ": ", with: ":").replacingOccurrences(of: " :", with: ":")
        let words = normal.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map(String.init)
        var found: [(band: AgeBand, count: Int)] = []
        for word in words {
            let parts = word.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let band = ageGroups(parts[0], strings)?.first, let count = Int(parts[1]),
                limit.contains(count)
            else {
                return .failure(
                    BandCountsProblem(
                        message: strings.format(
                            PartnerFormText.bandCountsBad, word, limit.range.lowerBound, limit.range.upperBound)))
            }
            found.append((band, count))
        }
        return .success(found)
    }

    struct BandCountsProblem: Error {
        let message: String
    }

    /// The numbers of the crate mix as the form shows them: "0-3:1 3-6:2".
    static func bandCountsText(_ mix: [CrateMix], _ number: KeyPath<CrateMix, Int?>, _ strings: Strings) -> String {
        mix.compactMap { entry in entry[keyPath: number].map { "\(strings.label(entry.band)):\($0)" } }
            .joined(separator: " ")
    }

    /// "0-3 3-6", "3-6, skole": the age bands named, or nil when a word is not one.
    static func ageGroups(_ text: String, _ strings: Strings) -> [AgeBand]? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard !words.isEmpty else { return nil }
        var bands: [AgeBand] = []
        for word in words {
            guard
                let band = AgeBand(rawValue: word) ?? AgeBand.allCases.first(where: { strings.label($0) == word })
                    ?? (word == "school" || word == "skole" ? .school : nil)
            else { return nil }
            if !bands.contains(band) { bands.append(band) }
        }
        return bands.sorted()
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}

extension Result where Failure == PartnerForm.BandCountsProblem {
    /// The message of a failure, nil on success: what a form field's validation returns.
    var failure: String? {
        if case .failure(let problem) = self { return problem.message }
        return nil
    }
}
