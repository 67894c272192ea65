import DepotCore

/// The forms and questions of a championship as the juries run it: a reader from any school (a new one is made
/// after a question), a judge with role, school or organisation and heat (a judge from a reader's own school needs
/// the chair's note), an absent judge, a withdrawn reader and the drawn running order. Each runs the core's rule
/// (`Competition.addReader`, `addJudge`, `markAbsent`, `withdraw`, `drawRunningOrder`) on a copy first, so a refusal
/// saves nothing, and again on the library as it is when saving.
enum JuryForms {
    // MARK: Readers

    /// A reader for the first round of the competition of `event`: first name, class, school (one of the
    /// competition's schools, a school partner, or a name typed freely, which becomes a school after a question),
    /// the heat when the round has several, and the book.
    static func newReader(for event: Event, _ context: AppContext) -> FormState? {
        guard let competition = event.competition, !competition.format.rounds.isEmpty else { return nil }
        let round = 0
        let strings = context.strings
        let partners = context.data.partners.filter { $0.kind == .school && $0.endedOn == nil }
            .sorted { DanishSortKey($0.name) < DanishSortKey($1.name) }
        var names = competition.schools.map(\.name)
        for partner in partners where competition.school(named: partner.name) == nil { names.append(partner.name) }
        // Readers' schools from before schools were records: offered, and made records when chosen.
        for reader in competition.readers where !names.contains(reader.school) { names.append(reader.school) }
        let heats = competition.round(round).heats
        let heatNames = heats.map(\.name)
        let lastSchool = competition.readers.last?.school ?? names.first ?? ""
        let required: (String) -> String? = { $0.isEmpty ? strings[.fieldRequired] : nil }
        var fields = [
            FormField(strings[EventsText.fieldFirstName], "", validate: required),
            FormField(strings[EventsText.fieldClass], "", validate: required),
            FormField(
                strings[EventsText.fieldSchool], lastSchool, kind: .suggestions(names),
                hint: strings[JuryText.hintSchool],
                validate: required),
        ]
        let heatField: Int? = heats.count > 1 ? fields.count : nil
        if heats.count > 1 {
            fields.append(
                FormField(strings[JuryText.fieldHeat], heatNames[heatNames.count - 1], kind: .choice(heatNames)))
        }
        let bookField = fields.count
        fields += [
            FormField(strings[EventsText.fieldBookTitle], ""),
            FormField(strings[EventsText.fieldBookAuthor], ""),
        ]
        let roundName = competition.format.rounds[round].name
        let eventID = event.id
        var form = FormState(title: strings.format(EventsText.formNewReader, roundName), fields: fields) { values in
            let heat = heatField.flatMap { index in heats.first { $0.name == values[index] }?.id }
            let book =
                values[bookField].isEmpty
                ? nil : Reader.Book(title: values[bookField], author: values[bookField + 1])
            let isNew = competition.school(named: values[2]) == nil
            var trial = competition
            let reader: Reader
            do throws(ReaderError) {
                reader = try register(
                    &trial, values: values, heat: heat, book: book, round: round, partners: partners)
            } catch {
                switch error {
                case .emptyField("class"): return .failure(.init(field: 1, message: strings[.fieldRequired]))
                case .emptyField("school"): return .failure(.init(field: 2, message: strings[.fieldRequired]))
                case .roundStarted(let name):
                    return .failure(.init(field: 0, message: strings.format(JuryText.readerRoundStarted, name)))
                default: return .failure(.init(field: 0, message: strings[.fieldRequired]))
                }
            }
            let summary =
                isNew
                ? strings.format(JuryText.savedReaderNewSchool, reader.label, reader.school)
                : strings.format(EventsText.savedReader, reader.firstName, reader.school)
            return .success(
                Change(summary: summary, files: [.events]) { data in
                    guard let index = data.events.firstIndex(where: { $0.id == eventID }),
                        var working = data.events[index].competition
                    else { return }
                    guard
                        (try? register(
                            &working, values: values, heat: heat, book: book, round: round, partners: partners))
                            != nil
                    else { return }
                    data.events[index].competition = working
                })
        }
        form.question = { values in
            let school = values[2].trimmingCharacters(in: .whitespaces)
            return competition.school(named: school) == nil ? strings.format(JuryText.askNewSchool, school) : nil
        }
        return form
    }

    /// Registers the reader by the core's rule; a school partner named that is no school yet becomes one, linked.
    private static func register(
        _ competition: inout Competition, values: [String], heat: Heat.ID?, book: Reader.Book?, round: Int,
        partners: [Partner]
    ) throws(ReaderError) -> Reader {
        let school = values[2].trimmingCharacters(in: .whitespaces)
        guard !values[0].isEmpty else { throw .emptyField("name") }
        guard !values[1].isEmpty else { throw .emptyField("class") }
        if !school.isEmpty, competition.school(named: school) == nil,
            let partner = partners.first(where: { $0.name.lowercased() == school.lowercased() })
        {
            competition.addSchool(named: partner.name, partnerID: partner.id)
        }
        let reader = try competition.addReader(
            firstName: values[0], className: values[1], school: school, round: round, newSchool: true, heat: heat)
        guard let book, let index = competition.readers.firstIndex(where: { $0.id == reader.id }) else { return reader }
        competition.readers[index].book = book
        return competition.readers[index]
    }

    // MARK: Judges

    /// A judge for round `round`: name, role, where the judge comes from (a school of the competition, else an
    /// organisation), the heat when the round has several, and the chair's note when the judge is from the school
    /// of a reader the judge judges: without a note such a judge is refused with the readers named (the chair
    /// swaps the judge or accepts it by writing why).
    static func newJudge(for event: Event, round: Int, _ context: AppContext) -> FormState? {
        guard let competition = event.competition, competition.format.rounds.indices.contains(round) else {
            return nil
        }
        let strings = context.strings
        let roles = Judge.Role.allCases.map { strings.judgeRole($0) }
        let heats = competition.round(round).heats
        let heatNames = heats.map(\.name)
        var fields = [
            FormField(strings[EventsText.fieldJudgeName], "") { $0.isEmpty ? strings[.fieldRequired] : nil },
            FormField(strings[EventsText.fieldJudgeRole], roles[0], kind: .choice(roles)),
            FormField(
                strings[JuryText.fieldJudgeFrom], "", kind: .suggestions(competition.schools.map(\.name)),
                hint: strings[JuryText.hintJudgeFrom]),
        ]
        let heatField: Int? = heats.count > 1 ? fields.count : nil
        if heats.count > 1 {
            fields.append(FormField(strings[JuryText.fieldHeat], heatNames[0], kind: .choice(heatNames)))
        }
        let noteField = fields.count
        fields.append(
            FormField(strings[JuryText.fieldConflictNote], "", hint: strings[JuryText.hintConflictNote]))
        let roundName = competition.format.rounds[round].name
        let eventID = event.id
        let desk = context.deskStaffID
        let today = context.today
        let words = CompetitionWords(strings.language)
        return FormState(title: strings.format(EventsText.formNewJudge, roundName), fields: fields) { values in
            let role = Judge.Role.allCases[roles.firstIndex(of: values[1]) ?? 0]
            let heat = heatField.flatMap { index in heats.first { $0.name == values[index] }?.id }
            let note = values[noteField]
            var trial = competition
            let added: (judge: Judge, own: [Reader])
            do throws(JudgeError) {
                added = try addJudge(
                    &trial, name: values[0], role: role, from: values[2], heat: heat, note: note, round: round,
                    by: desk, on: today)
            } catch {
                return .failure(.init(field: 0, message: strings[.fieldRequired]))
            }
            if let first = added.own.first, note.isEmpty {
                let readers = words.list(added.own.map { "\($0.firstName) (\($0.className))" })
                return .failure(
                    .init(
                        field: noteField,
                        message: strings.format(JuryText.ownSchoolNeedsNote, added.judge.name, first.school, readers)))
            }
            let summary =
                added.own.isEmpty
                ? strings.format(EventsText.savedJudge, added.judge.name, strings.judgeRole(role))
                : strings.format(JuryText.savedJudgeAccepted, added.judge.name, roundName, note)
            return .success(
                Change(summary: summary, files: [.events]) { data in
                    guard let index = data.events.firstIndex(where: { $0.id == eventID }),
                        var working = data.events[index].competition,
                        let done = try? addJudge(
                            &working, name: values[0], role: role, from: values[2], heat: heat, note: note,
                            round: round, by: desk, on: today)
                    else { return }
                    data.events[index].competition = working
                    if !done.own.isEmpty {
                        data.events[index].log.append(
                            LogNote(
                                on: today, authorID: desk,
                                text: words.book.format(
                                    CompetitionText.logConflictAccepted, roundName, done.judge.name, done.judge.id,
                                    words.list(done.own.map(\.label)), note)))
                    }
                })
        }
    }

    /// Adds the judge by the core's rule and, when the judge judges readers of the judge's own school and the chair
    /// wrote a note, records the chair's acceptance. Returns the judge and those readers.
    private static func addJudge(
        _ competition: inout Competition, name: String, role: Judge.Role, from: String, heat: Heat.ID?, note: String,
        round: Int, by desk: StaffMember.ID?, on day: Day
    ) throws(JudgeError) -> (judge: Judge, own: [Reader]) {
        let isSchool = competition.school(named: from) != nil
        let judge = try competition.addJudge(
            name: name, role: role, round: round, school: isSchool ? from : nil,
            organisation: isSchool ? nil : from, heat: heat)
        let own = competition.ownSchoolReaders(of: judge.id, round: round)
        if !own.isEmpty, !note.isEmpty {
            try competition.acceptConflict(judge.id, round: round, note: note, by: desk, on: day)
        }
        return (competition.judge(judge.id, round: round) ?? judge, own)
    }

    // MARK: Absent judges

    /// Chooses a judge of round `round` who is present, then asks before recording the judge absent: the judge's
    /// sheet is left out and the points become the average over the judges present.
    static func absentJudge(for event: Event, round: Int, _ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        guard let competition = event.competition, competition.format.rounds.indices.contains(round) else {
            return .message(strings[EventsText.notACompetition])
        }
        let roundName = competition.format.rounds[round].name
        let present = competition.round(round).judges.filter { !$0.isAbsent }
        guard !present.isEmpty else { return .message(strings.format(JuryText.noJudgePresent, roundName)) }
        let words = CompetitionWords(strings.language)
        let labels = present.map { words.judge($0, in: competition) }
        let eventID = event.id
        let desk = context.deskStaffID
        let today = context.today
        var form = FormState(
            title: strings.format(JuryText.formAbsent, roundName),
            fields: [FormField(strings[JuryText.fieldAbsentJudge], labels[0], kind: .choice(labels))]
        ) { values in
            let judge = present[labels.firstIndex(of: values[0]) ?? 0]
            var trial = competition
            do throws(JudgeError) {
                try trial.markAbsent(judge.id, round: round, on: today)
            } catch {
                return .failure(
                    .init(field: 0, message: words.book.format(CompetitionText.judgeAlreadyAbsent, judge.name)))
            }
            let left = trial.round(round).judges.filter { !$0.isAbsent }.count
            let summary = words.book.format(
                CompetitionText.judgeMarkedAbsent, count: left, judge.name, judge.id, roundName, left)
            return .success(
                Change(summary: summary, files: [.events]) { data in
                    guard let index = data.events.firstIndex(where: { $0.id == eventID }),
                        var working = data.events[index].competition,
                        (try? working.markAbsent(judge.id, round: round, on: today)) != nil
                    else { return }
                    data.events[index].competition = working
                    data.events[index].log.append(
                        LogNote(
                            on: today, authorID: desk,
                            text: words.book.format(CompetitionText.logAbsent, roundName, judge.name, judge.id)))
                })
        }
        form.question = { values in
            let judge = present[labels.firstIndex(of: values[0]) ?? 0]
            return strings.format(JuryText.askAbsent, judge.name, roundName)
        }
        return .openForm(form)
    }

    // MARK: Withdrawn readers

    /// Chooses a reader of round `round` who has not withdrawn, then asks before withdrawing the reader: kept on
    /// record with the scores, left out of every ranking.
    static func withdrawReader(for event: Event, round: Int, _ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        guard let competition = event.competition, competition.format.rounds.indices.contains(round) else {
            return .message(strings[EventsText.notACompetition])
        }
        let roundName = competition.format.rounds[round].name
        let readers = competition.round(round).readerIDs.compactMap { competition.reader($0) }.filter {
            !$0.isWithdrawn
        }
        guard !readers.isEmpty else { return .message(strings.format(JuryText.noReaderToWithdraw, roundName)) }
        let labels = readers.map(\.label)
        let eventID = event.id
        let desk = context.deskStaffID
        let today = context.today
        let words = CompetitionWords(strings.language)
        var form = FormState(
            title: strings.format(JuryText.formWithdraw, roundName),
            fields: [FormField(strings[JuryText.fieldWithdrawReader], labels[0], kind: .choice(labels))]
        ) { values in
            let reader = readers[labels.firstIndex(of: values[0]) ?? 0]
            var trial = competition
            do throws(ReaderError) {
                try trial.withdraw(reader.id, on: today)
            } catch {
                return .failure(.init(field: 0, message: strings[.fieldRequired]))
            }
            return .success(
                Change(summary: strings.format(JuryText.savedWithdrawn, reader.label), files: [.events]) { data in
                    guard let index = data.events.firstIndex(where: { $0.id == eventID }),
                        var working = data.events[index].competition,
                        (try? working.withdraw(reader.id, on: today)) != nil
                    else { return }
                    data.events[index].competition = working
                    data.events[index].log.append(
                        LogNote(
                            on: today, authorID: desk,
                            text: words.book.format(CompetitionText.logWithdrawn, reader.label, reader.id)))
                })
        }
        form.question = { values in
            strings.format(JuryText.askWithdraw, readers[labels.firstIndex(of: values[0]) ?? 0].label)
        }
        return .openForm(form)
    }

    // MARK: The draw

    /// Asks, then draws the running order of round `round` (each heat apart) from `seed`, which the status line
    /// and the detail show, so the same order can be drawn again to check it. Refused once the round has scores.
    static func draw(for event: Event, round: Int, seed: UInt64, _ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        guard let competition = event.competition, competition.format.rounds.indices.contains(round) else {
            return .message(strings[EventsText.notACompetition])
        }
        let roundName = competition.format.rounds[round].name
        var trial = competition
        do throws(HeatError) {
            try trial.drawRunningOrder(round: round, seed: seed)
        } catch {
            return .message(strings.format(JuryText.drawRefused, roundName))
        }
        let eventID = event.id
        let desk = context.deskStaffID
        let today = context.today
        let words = CompetitionWords(strings.language)
        let change = Change(summary: strings.format(JuryText.savedDraw, roundName, seed), files: [.events]) { data in
            guard let index = data.events.firstIndex(where: { $0.id == eventID }),
                var working = data.events[index].competition,
                (try? working.drawRunningOrder(round: round, seed: seed)) != nil
            else { return }
            data.events[index].competition = working
            data.events[index].log.append(
                LogNote(on: today, authorID: desk, text: words.book.format(CompetitionText.logDrawn, roundName, seed)))
        }
        return .confirm(Confirmation(question: strings.format(JuryText.askDraw, roundName), change: change))
    }
}
