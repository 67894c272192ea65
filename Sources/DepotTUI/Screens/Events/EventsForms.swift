import DepotCore

/// Staff members to choose from in a form: the team's members first, then everyone else still working. A name
/// that two members share is shown with the id.
struct StaffChoice {
    private(set) var options: [String] = []
    private(set) var ids: [StaffMember.ID] = []

    init(_ data: LibraryData, preferring: [StaffMember.ID], keeping: StaffMember.ID? = nil) {
        let byID = Dictionary(data.staff.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var chosen: [StaffMember] = preferring.compactMap { byID[$0] }.filter { $0.endedOn == nil }
        let rest = data.staff.filter { $0.endedOn == nil && !preferring.contains($0.id) }
        chosen += rest.sorted { DanishSortKey($0.name) < DanishSortKey($1.name) }
        if let keeping, !chosen.contains(where: { $0.id == keeping }), let member = byID[keeping] {
            chosen.insert(member, at: 0)
        }
        let names = chosen.map(\.name)
        options = chosen.map { member in
            names.filter { $0 == member.name }.count > 1 ? "\(member.name) (\(member.id))" : member.name
        }
        ids = chosen.map(\.id)
    }

    func id(for label: String) -> StaffMember.ID? {
        options.firstIndex(of: label).map { ids[$0] }
    }

    func label(for id: StaffMember.ID?) -> String {
        guard let id, let index = ids.firstIndex(of: id) else { return options.first ?? "" }
        return options[index]
    }
}

/// The forms of the Events tab: an event, a task, a note (a reader and a judge: `JuryForms`).
enum EventsForms {
    private enum EventField: Hashable {
        case kind, title, team, venue, date, time, partners, expectedChildren, expectedAdults
        case actualChildren, actualAdults, outcome, notes, format
    }

    static func newEvent(_ context: AppContext) -> FormState {
        let blank = Event(
            id: Event.ID(""), kind: .readingCompetition, title: "", startsOn: context.today,
            teamID: context.data.teams.first?.id)
        return eventForm(blank, isNew: true, context)
    }

    static func editEvent(_ event: Event, _ context: AppContext) -> FormState {
        eventForm(event, isNew: false, context)
    }

    private static func eventForm(_ event: Event, isNew: Bool, _ context: AppContext) -> FormState {
        let strings = context.strings
        let data = context.data
        let kinds = Event.Kind.allCases.map { strings.eventKindLong($0) }
        let teams = data.teams
        let teamNames = ["–"] + teams.map(\.name)
        let formats = CompetitionFormat.readyMade
        let formatNames = ["–"] + formats.map(\.name)
        let required: (String) -> String? = { $0.isEmpty ? strings[.fieldRequired] : nil }
        let count: (String) -> String? = { text in
            text.isEmpty || (Int(text).map(Limits.attendance.contains) ?? false) ? nil : strings[.fieldNumber]
        }
        var order: [EventField] = [.kind, .title, .team, .venue, .date, .time, .partners]
        order += [.expectedChildren, .expectedAdults]
        if !isNew { order += [.actualChildren, .actualAdults, .outcome] }
        order.append(.notes)
        if event.competition == nil { order.append(.format) }
        let partnerText = event.partnerIDs.map { id in data.partners.first { $0.id == id }?.name ?? id.rawValue }
        let fields = order.map { field -> FormField in
            switch field {
            case .kind:
                return FormField(strings[EventsText.fieldKind], strings.eventKindLong(event.kind), kind: .choice(kinds))
            case .title: return FormField(strings[EventsText.fieldTitle], event.title, validate: required)
            case .team:
                let name = event.teamID.flatMap { id in teams.first { $0.id == id }?.name } ?? "–"
                return FormField(strings[EventsText.fieldTeam], name, kind: .choice(teamNames))
            case .venue: return FormField(strings[EventsText.fieldVenue], event.venue ?? "")
            case .date:
                return FormField(strings[EventsText.fieldDate], event.startsOn.description) { text in
                    DayInput.parse(text, today: context.today).isSuccess ? nil : strings[.fieldDate]
                }
            case .time:
                return FormField(strings[EventsText.fieldTime], event.startsAt ?? "") { text in
                    text.isEmpty || isTime(text) ? nil : strings[EventsText.fieldTimeHint]
                }
            case .partners:
                return FormField(strings[EventsText.fieldPartners], partnerText.joined(separator: ", ")) { text in
                    if case .failure(let failure) = partners(text, data) { return message(failure, strings) }
                    return nil
                }
            case .expectedChildren:
                return FormField(
                    strings[EventsText.fieldExpectedChildren], event.expected.map { String($0.children) } ?? "",
                    validate: count)
            case .expectedAdults:
                return FormField(
                    strings[EventsText.fieldExpectedAdults], event.expected.map { String($0.adults) } ?? "",
                    validate: count)
            case .actualChildren:
                return FormField(
                    strings[EventsText.fieldActualChildren], event.actual.map { String($0.children) } ?? "",
                    validate: count)
            case .actualAdults:
                return FormField(
                    strings[EventsText.fieldActualAdults], event.actual.map { String($0.adults) } ?? "",
                    validate: count)
            case .outcome: return FormField(strings[EventsText.fieldOutcome], event.outcomeNotes ?? "")
            case .notes: return FormField(strings[EventsText.fieldNotes], event.notes ?? "")
            case .format: return FormField(strings[EventsText.fieldFormat], "–", kind: .choice(formatNames))
            }
        }
        let title = isNew ? strings[EventsText.formNewEvent] : strings.format(EventsText.formEditEvent, event.title)
        return FormState(title: title, fields: fields) { values in
            func value(_ field: EventField) -> String { order.firstIndex(of: field).map { values[$0] } ?? "" }
            func failure(_ field: EventField, _ message: String) -> Result<Change, FormState.FieldFailure> {
                .failure(.init(field: order.firstIndex(of: field) ?? 0, message: message))
            }
            var updated = event
            updated.kind = Event.Kind.allCases[kinds.firstIndex(of: value(.kind)) ?? 0]
            updated.title = value(.title)
            updated.teamID = teams.first { $0.name == value(.team) }?.id
            updated.venue = value(.venue).nilIfEmpty
            guard case .success(let day) = DayInput.parse(value(.date), today: context.today) else {
                return failure(.date, strings[.fieldDate])
            }
            updated.startsOn = day
            if let end = updated.endsOn, end < day { updated.endsOn = nil }
            updated.startsAt = value(.time).nilIfEmpty
            switch partners(value(.partners), data) {
            case .success(let ids): updated.partnerIDs = ids
            case .failure(let problem): return failure(.partners, message(problem, strings))
            }
            updated.expected = attendance(value(.expectedChildren), value(.expectedAdults))
            if !isNew {
                updated.actual = attendance(value(.actualChildren), value(.actualAdults))
                updated.outcomeNotes = value(.outcome).nilIfEmpty
            }
            updated.notes = value(.notes).nilIfEmpty
            if order.contains(.format), let chosen = formats.first(where: { $0.name == value(.format) }) {
                guard updated.kind == .readingCompetition else {
                    return failure(.format, strings[EventsText.formatNeedsCompetition])
                }
                updated.competition = Competition(format: chosen)
            }
            if updated.competition == nil, updated.kind == .readingCompetition, order.contains(.format) {
                return failure(.format, strings[EventsText.formatNeeded])
            }
            if updated.competition != nil, updated.kind != .readingCompetition {
                return failure(.kind, strings[EventsText.competitionKindKept])
            }
            if isNew {
                updated.id = data.nextEventID(year: day.year)
            }
            let saved = updated
            let change = Change(summary: strings.format(EventsText.savedEvent, saved.title), files: [.events]) {
                data in
                data.events.upsert(saved)
            }
            return .success(change)
        }
    }

    /// "9.30", "19:00", "9": a time as people write it.
    static func isTime(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "." || $0 == ":" }).map(String.init)
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), (0...23).contains(hour) else { return false }
        if parts.count == 2 {
            guard parts[1].count == 2, let minute = Int(parts[1]), (0...59).contains(minute) else { return false }
        }
        return text.allSatisfy { $0.isNumber || $0 == "." || $0 == ":" }
    }

    /// Partners named by id or name, separated by commas.
    static func partners(_ text: String, _ data: LibraryData) -> Result<[Partner.ID], PartnerLookup.Failure> {
        NamedList.ids(text, find: { PartnerLookup.find($0, in: data.partners) }, id: \.id)
    }

    /// Why a partner's name was not understood, in the screen's language.
    static func message(_ failure: PartnerLookup.Failure, _ strings: Strings) -> String {
        switch failure {
        case .none(let text): return strings.format(EventsText.partnerUnknown, text)
        case .ambiguous(let text, let names): return strings.format(EventsText.partnerAmbiguous, text, names.count)
        }
    }

    private static func attendance(_ children: String, _ adults: String) -> Attendance? {
        if children.isEmpty, adults.isEmpty { return nil }
        return Attendance(children: Int(children) ?? 0, adults: Int(adults) ?? 0)
    }

    // MARK: Tasks

    /// A new task at `place`, owned by default by the team's coordinator.
    /// A new task at `place`, or task `editing` (its index and the task) corrected: title, owner, due day. A task
    /// corrected keeps whether and when it was done.
    static func taskForm(at place: WorkPlace, editing: (index: Int, task: EventTask)? = nil, _ context: AppContext)
        -> FormState
    {
        let strings = context.strings
        let data = context.data
        let team = EventsForms.team(of: place, data)
        let owner = editing?.task.ownerID ?? team?.coordinatorID
        let staff = StaffChoice(data, preferring: team?.memberIDs ?? [], keeping: editing?.task.ownerID)
        let required: (String) -> String? = { $0.isEmpty ? strings[.fieldRequired] : nil }
        let fields = [
            FormField(strings[EventsText.fieldTaskTitle], editing?.task.title ?? "", validate: required),
            FormField(strings[EventsText.fieldOwner], staff.label(for: owner), kind: .choice(staff.options)),
            FormField(strings[EventsText.fieldDue], editing?.task.dueOn.description ?? "") { text in
                DayInput.parse(text, today: context.today).isSuccess ? nil : strings[.fieldDate]
            },
        ]
        let title =
            editing.map { strings.format(EventsText.formEditTask, $0.task.title) }
            ?? strings.format(EventsText.formNewTask, data.placeName(place))
        return FormState(title: title, fields: fields) { values in
            guard let owner = staff.id(for: values[1]) else {
                return .failure(.init(field: 1, message: strings[.fieldRequired]))
            }
            guard case .success(let due) = DayInput.parse(values[2], today: context.today) else {
                return .failure(.init(field: 2, message: strings[.fieldDate]))
            }
            let task = EventTask(title: values[0], ownerID: owner, dueOn: due, doneOn: editing?.task.doneOn)
            let desk = context.deskStaffID
            let today = context.today
            if let refusal = refusal(of: desk, context) { return .failure(.init(field: 1, message: refusal)) }
            let change = Change(
                summary: strings.format(EventsText.savedTask, task.title), files: [LibraryData.file(of: place)]
            ) { data in
                if let editing {
                    _ = try? data.replaceTask(editing.index, at: place, with: task, by: desk, on: today)
                } else {
                    _ = try? data.addTask(task, at: place, by: desk, on: today)
                }
            }
            return .success(change)
        }
    }

    // MARK: Notes

    /// A note for the log at `place`, signed by the member chosen in the form and dated today. The author offered
    /// first is whoever wrote the latest note today (the person at the desk), else the team's coordinator.
    static func newNote(at place: WorkPlace, _ context: AppContext) -> FormState {
        let strings = context.strings
        let data = context.data
        let team = EventsForms.team(of: place, data)
        let today = context.today
        let writtenToday = (data.events.flatMap(\.log) + data.teams.flatMap(\.log)).filter { $0.on == today }
        let author =
            context.deskStaffID ?? writtenToday.last(where: { $0.authorID != nil })?.authorID ?? team?.coordinatorID
        let staff = StaffChoice(data, preferring: team?.memberIDs ?? [])
        let fields = [
            FormField(strings[EventsText.fieldAuthor], staff.label(for: author), kind: .choice(staff.options)),
            FormField(strings[EventsText.fieldNote], "", hint: strings[JuryText.hintNoteLines]) {
                $0.isEmpty ? strings[.fieldRequired] : nil
            },
        ]
        let title = strings.format(EventsText.formNewNote, data.placeName(place), today.description)
        return FormState(title: title, fields: fields) { values in
            guard let author = staff.id(for: values[0]) else {
                return .failure(.init(field: 0, message: strings[.fieldRequired]))
            }
            // "\n" typed starts a new line, as `depot events note` reads it; the core tidies the lines.
            let note = LogNote(on: today, authorID: author, text: values[1].replacingOccurrences(of: "\\n", with: "\n"))
            let change = Change(
                summary: strings.format(EventsText.savedNote, values[0]), files: [LibraryData.file(of: place)]
            ) { data in
                _ = try? data.addNote(note, at: place)
            }
            return .success(change)
        }
    }

    /// Why the staff member at the desk may not act (their employment ended before today), or nil.
    static func refusal(of desk: StaffMember.ID?, _ context: AppContext) -> String? {
        guard let desk else { return nil }
        do throws(EventEditError) {
            _ = try context.data.currentStaff(desk, on: context.today)
            return nil
        } catch {
            return error.text(in: context.strings.language)
        }
    }

    static func team(of place: WorkPlace, _ data: LibraryData) -> PartnershipTeam? {
        switch place {
        case .team(let id): return data.teams.first { $0.id == id }
        case .event(let id):
            guard let teamID = data.events.first(where: { $0.id == id })?.teamID else { return nil }
            return data.teams.first { $0.id == teamID }
        }
    }
}
