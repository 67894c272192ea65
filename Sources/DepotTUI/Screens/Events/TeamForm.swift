import DepotCore
import Foundation

/// The form of a partnership team: its name, members, coordinator (tovholder), aims, the outcome targets both sides
/// agreed and the day the team decides whether to go on. Tasks and the notes log are kept as they are.
///
/// Lists are typed on one line: members separated by commas (names or ids), aims by semicolons, and targets by
/// semicolons as "250 børn i salen [børn]": the target is the number the text starts with, and in brackets what
/// Depot counts for it (children, adults, schools, events, tasks, meetings); without brackets the team records the result.
/// A number followed by "%" ("90 % af opgaverne løst til tiden [opgaver]") is a percentage: of the tasks, or as the
/// team records it.
enum TeamForm {
    private enum Field: Int, CaseIterable {
        case name, members, coordinator, aims, targets, review
    }

    static func new(_ context: AppContext) -> FormState {
        form(
            PartnershipTeam(id: PartnershipTeam.ID(""), name: "", memberIDs: [], coordinatorID: StaffMember.ID("")),
            isNew: true, context)
    }

    static func edit(_ team: PartnershipTeam, _ context: AppContext) -> FormState {
        form(team, isNew: false, context)
    }

    private static func form(_ team: PartnershipTeam, isNew: Bool, _ context: AppContext) -> FormState {
        let strings = context.strings
        let data = context.data
        let staff = StaffChoice(data, preferring: team.memberIDs, keeping: isNew ? nil : team.coordinatorID)
        let memberNames = team.memberIDs.map { id in data.staff.first { $0.id == id }?.name ?? id.rawValue }
        let fields = Field.allCases.map { field -> FormField in
            switch field {
            case .name:
                return FormField(strings[EventsText.fieldTeamName], team.name) {
                    $0.isEmpty ? strings[.fieldRequired] : nil
                }
            case .members:
                return FormField(
                    strings[EventsText.fieldMembers], memberNames.joined(separator: ", "),
                    hint: strings[EventsText.hintMembers]
                ) { text in
                    if case .failure(let failure) = members(text, data) { return message(failure, strings) }
                    return nil
                }
            case .coordinator:
                return FormField(
                    strings[EventsText.fieldCoordinator], staff.label(for: isNew ? nil : team.coordinatorID),
                    kind: .choice(staff.options))
            case .aims:
                return FormField(
                    strings[EventsText.fieldAims], team.aims.joined(separator: "; "), hint: strings[EventsText.hintAims]
                )
            case .targets:
                return FormField(
                    strings[EventsText.fieldTargets],
                    team.targets.map { targetText($0, strings) }.joined(separator: "; "),
                    hint: strings[EventsText.hintTargets]
                ) { text in
                    if case .failure(let problem) = targets(text, keeping: team.targets, strings) {
                        return problem.message
                    }
                    return nil
                }
            case .review:
                return FormField(strings[EventsText.fieldReview], team.reviewOn?.description ?? "") { text in
                    text.isEmpty || DayInput.parse(text, today: context.today).isSuccess ? nil : strings[.fieldDate]
                }
            }
        }
        let title = isNew ? strings[EventsText.formNewTeam] : strings.format(EventsText.formEditTeam, team.name)
        return FormState(title: title, fields: fields) { values in
            func failure(_ field: Field, _ message: String) -> Result<Change, FormState.FieldFailure> {
                .failure(.init(field: field.rawValue, message: message))
            }
            var updated = team
            updated.name = values[Field.name.rawValue]
            switch members(values[Field.members.rawValue], data) {
            case .success(let ids): updated.memberIDs = ids
            case .failure(let problem): return failure(.members, message(problem, strings))
            }
            guard let coordinator = staff.id(for: values[Field.coordinator.rawValue]) else {
                return failure(.coordinator, strings[.fieldRequired])
            }
            updated.coordinatorID = coordinator
            // The tovholder is a member of the team, whether typed among the members or not.
            if !updated.memberIDs.contains(coordinator) { updated.memberIDs.insert(coordinator, at: 0) }
            updated.aims = values[Field.aims.rawValue].split(separator: ";")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            switch targets(values[Field.targets.rawValue], keeping: team.targets, strings) {
            case .success(let parsed): updated.targets = parsed
            case .failure(let problem): return failure(.targets, problem.message)
            }
            let review = values[Field.review.rawValue]
            if review.isEmpty {
                updated.reviewOn = nil
            } else if case .success(let day) = DayInput.parse(review, today: context.today) {
                updated.reviewOn = day
            } else {
                return failure(.review, strings[.fieldDate])
            }
            if isNew { updated.id = nextTeamID(updated.name, data) }
            let saved = updated
            let change = Change(summary: strings.format(EventsText.savedTeam, saved.name), files: [.teams]) { data in
                data.teams.upsert(saved)
            }
            return .success(change)
        }
    }

    /// Staff named by id or name, separated by commas, each once.
    static func members(_ text: String, _ data: LibraryData) -> Result<[StaffMember.ID], StaffLookup.Failure> {
        NamedList.ids(text, find: { StaffLookup.find($0, in: data.staff) }, id: \.id)
    }

    private static func message(_ failure: StaffLookup.Failure, _ strings: Strings) -> String {
        switch failure {
        case .none(let text): return strings.format(EventsText.staffUnknown, text)
        case .ambiguous(let text, let names): return strings.format(EventsText.staffAmbiguous, text, names.count)
        }
    }

    /// Why the targets as typed were not understood.
    struct TargetProblem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// A target as it is typed: "250 børn i salen [børn]".
    static func targetText(_ target: PartnershipTeam.OutcomeTarget, _ strings: Strings) -> String {
        let number = String(target.target)
        let text = target.description.hasPrefix(number) ? target.description : "\(number) \(target.description)"
        return target.measure.map { "\(text) [\(strings[measureWord($0)])]" } ?? text
    }

    /// Targets separated by semicolons. A target whose text is unchanged keeps the result the team recorded.
    static func targets(
        _ text: String, keeping old: [PartnershipTeam.OutcomeTarget], _ strings: Strings
    ) -> Result<[PartnershipTeam.OutcomeTarget], TargetProblem> {
        var parsed: [PartnershipTeam.OutcomeTarget] = []
        for part in text.split(separator: ";") {
            var rest = part.trimmingCharacters(in: .whitespaces)
            guard !rest.isEmpty else { continue }
            let digits = rest.prefix(while: \.isNumber)
            guard let number = Int(digits) else {
                return .failure(TargetProblem(strings.format(EventsText.targetNumber, rest)))
            }
            var measure: PartnershipTeam.OutcomeTarget.Measure?
            if rest.hasSuffix("]"), let open = rest.lastIndex(of: "[") {
                let word = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
                    .trimmingCharacters(in: .whitespaces).lowercased()
                guard
                    let found = PartnershipTeam.OutcomeTarget.Measure.allCases.first(where: { candidate in
                        Language.allCases.contains { Strings($0)[measureWord(candidate)] == word }
                    })
                else { return .failure(TargetProblem(strings.format(EventsText.targetMeasureUnknown, word))) }
                measure = found
                rest = rest[..<open].trimmingCharacters(in: .whitespaces)
            }
            guard !rest.isEmpty else {
                return .failure(TargetProblem(strings.format(EventsText.targetNumber, String(part))))
            }
            let unit: PartnershipTeam.OutcomeTarget.Unit =
                PartnershipTeam.OutcomeTarget.saysPercent(rest, target: number) ? .percent : .count
            let achieved = old.first { $0.description == rest && $0.measure == measure }?.achieved
            let target = PartnershipTeam.OutcomeTarget(
                description: rest, target: number, measure: measure, achieved: achieved, unit: unit)
            guard target.isCountable else {
                return .failure(TargetProblem(strings.format(EventsText.targetPercentMeasure, String(part))))
            }
            parsed.append(target)
        }
        return .success(parsed)
    }

    private static func measureWord(_ measure: PartnershipTeam.OutcomeTarget.Measure) -> EventsText {
        switch measure {
        case .schoolsTakingPart: return .measureWordSchools
        case .childrenReached: return .measureWordChildren
        case .adultsReached: return .measureWordAdults
        case .eventsHeld: return .measureWordEvents
        case .tasksDoneOnTime: return .measureWordTasks
        case .meetingsHeld: return .measureWordMeetings
        }
    }

    /// A short id from the name ("Læselyst i Rønde" → "laeselyst-i-roende"), numbered when taken.
    static func nextTeamID(_ name: String, _ data: LibraryData) -> PartnershipTeam.ID {
        PartnershipTeam.ID(
            Slug.unique(name, separator: "-", fallback: "team", taken: Set(data.teams.map(\.id.rawValue))))
    }
}
