import DepotCore

/// A line of the Events tab's detail pane that the cursor can stop on: a task (space ticks it off) or a
/// competition round (`s` scores it, `k` ranks it, `p` prints it).
enum EventsTarget: Hashable, Sendable {
    case task(Int)
    case round(Int)
}

/// The detail pane's text, with the lines the cursor can stop on. Long values and lines are wrapped to the pane.
struct EventsDetailText {
    struct Line {
        var label: String
        var value: String
        var style: Style
        var target: EventsTarget?
        /// A wrapped value's further line, drawn in the value column.
        var continuesValue = false
        /// A wrapped line's further line, highlighted with it.
        var continuesLine = false
    }

    /// The columns of the labels; values start one further.
    static let labelWidth = 12

    /// The width of the pane's inside.
    let width: Int
    var lines: [Line] = []

    init(width: Int) {
        self.width = max(20, width)
    }

    /// The targets in the order they appear.
    var targets: [EventsTarget] { lines.compactMap(\.target) }

    mutating func add(_ label: String, _ value: String?, style: Style = .plain) {
        guard let value, !value.isEmpty else { return }
        let parts = EventsDetailText.wrap(value, width: width - EventsDetailText.labelWidth - 1, indent: "")
        for (index, part) in parts.enumerated() {
            lines.append(
                Line(label: index == 0 ? label : "", value: part, style: style, target: nil, continuesValue: index > 0))
        }
    }

    mutating func heading(_ text: String) {
        lines.append(Line(label: "", value: "", style: .plain, target: nil))
        lines.append(Line(label: text, value: "", style: Palette.heading, target: nil))
    }

    /// A line wrapped to the pane, its further lines indented two more than its own leading spaces.
    mutating func line(_ text: String, style: Style = .plain, target: EventsTarget? = nil) {
        let lead = String(text.prefix { $0 == " " })
        let wrapped = EventsDetailText.wrap(text, width: width, indent: lead + "  ")
        for (index, part) in wrapped.enumerated() {
            lines.append(
                Line(
                    label: "", value: part, style: style, target: index == 0 ? target : nil,
                    continuesLine: index > 0))
        }
    }

    /// Splits `text` into lines of at most `width` columns at spaces, keeping its leading spaces; later lines start
    /// with `indent`.
    static func wrap(_ text: String, width: Int, indent: String) -> [String] {
        let lead = String(text.prefix { $0 == " " })
        var result: [String] = []
        var current = lead
        var currentHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = currentHasWord ? current + " " + word : current + word
            if displayWidth(of: candidate) <= width || !currentHasWord {
                current = candidate
            } else {
                result.append(current)
                current = indent + word
            }
            currentHasWord = true
        }
        if currentHasWord { result.append(current) }
        return result.isEmpty ? [""] : result
    }

    /// The line the target `index` (into `targets`) is on.
    func lineIndex(ofTarget index: Int) -> Int? {
        var seen = 0
        for (position, line) in lines.enumerated() where line.target != nil {
            if seen == index { return position }
            seen += 1
        }
        return nil
    }

    /// The lines of the target `index`: its first line and the wrapped lines after it.
    func lines(ofTarget index: Int) -> ClosedRange<Int>? {
        guard let first = lineIndex(ofTarget: index) else { return nil }
        var last = first
        while last + 1 < lines.count, lines[last + 1].continuesLine { last += 1 }
        return first...last
    }

    /// Draws the lines from `offset`; the lines of `cursor` are shown reversed.
    func render(into grid: inout CellGrid, area: Rect, offset: Int, cursor: ClosedRange<Int>?) {
        guard !area.isEmpty else { return }
        let valueX = area.x + EventsDetailText.labelWidth + 1
        for (row, line) in lines.enumerated().dropFirst(offset).prefix(area.height) {
            let y = area.y + row - offset
            let isCursor = cursor?.contains(row) ?? false
            if isCursor { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .reverse) }
            let base: Style = isCursor ? .reverse : .plain
            if line.value.isEmpty {
                grid.put(line.label, x: area.x, y: y, style: base.patched(with: line.style), maxWidth: area.width)
                continue
            }
            if !line.label.isEmpty {
                grid.put(
                    line.label, x: area.x, y: y, style: base.patched(with: .dim),
                    maxWidth: EventsDetailText.labelWidth)
            }
            let x = line.label.isEmpty && !line.continuesValue ? area.x : valueX
            grid.put(line.value, x: x, y: y, style: base.patched(with: line.style), maxWidth: max(0, area.maxX - x))
        }
    }
}

/// What the detail pane says about an event or a team.
enum EventsDetail {
    static let overdueStyle = Style(foreground: .red, attributes: .bold)

    static func event(_ event: Event, _ context: AppContext, width: Int) -> EventsDetailText {
        let strings = context.strings
        let data = context.data
        var text = EventsDetailText(width: width)
        text.add(strings[EventsText.detailKind], strings.eventKindLong(event.kind))
        if let teamID = event.teamID {
            text.add(strings[EventsText.detailTeam], data.teams.first { $0.id == teamID }?.name ?? teamID.rawValue)
        }
        text.add(strings[EventsText.detailVenue], event.venue)
        var when = strings.days.weekdayName(event.startsOn.weekday) + " " + strings.days.long(event.startsOn)
        if let time = event.startsAt, !time.isEmpty { when += " " + strings.format(EventsText.atTime, time) }
        if let end = event.endsOn, end != event.startsOn { when += " – " + strings.days.long(end) }
        text.add(strings[EventsText.detailWhen], when)
        let partners = event.partnerIDs.map { id -> String in
            guard let partner = data.partners.first(where: { $0.id == id }) else { return id.rawValue }
            return "\(partner.name) (\(strings.label(partner.kind).lowercased()))"
        }
        text.add(strings[EventsText.detailPartners], partners.joined(separator: ", "))
        text.add(strings[EventsText.detailExpected], event.expected.map { attendance($0, strings) })
        text.add(strings[EventsText.detailActual], event.actual.map { attendance($0, strings) })
        text.add(strings[EventsText.detailNotes], event.notes)
        text.add(strings[EventsText.detailOutcome], event.outcomeNotes)
        if event.kind == .meeting {
            // The printout's sections, each under a heading of the pane.
            for line in MeetingText.body(event, data: data, language: strings.language) where !line.isEmpty {
                if !line.hasPrefix(" "), line.hasSuffix(":") {
                    text.heading(String(line.dropLast()))
                } else {
                    text.line(line)
                }
            }
        }
        tasks(event.tasks, removed: event.removedTasks, context, into: &text)
        if let competition = event.competition {
            self.competition(competition, event: event, context, into: &text)
        }
        log(event.log, context, into: &text)
        return text
    }

    static func team(_ team: PartnershipTeam, _ context: AppContext, width: Int) -> EventsDetailText {
        let strings = context.strings
        let data = context.data
        var text = EventsDetailText(width: width)
        let coordinator = data.staff.first { $0.id == team.coordinatorID }
        text.add(strings[EventsText.detailCoordinator], coordinator?.name ?? team.coordinatorID.rawValue)
        if let review = team.reviewOn {
            let days = context.today.days(until: review)
            let note =
                days >= 0
                ? strings.format(EventsText.reviewIn, days) : strings.format(EventsText.reviewPassed, -days)
            text.add(
                strings[EventsText.detailReview], "\(strings.days.long(review)) (\(note))",
                style: days < 0 ? overdueStyle : .plain)
        }
        text.heading(strings.format(EventsText.headingMembers, team.memberIDs.count))
        for id in team.memberIDs {
            guard let member = data.staff.first(where: { $0.id == id }) else {
                text.line(strings.format(EventsText.unknownStaff, id.rawValue), style: overdueStyle)
                continue
            }
            var line = "\(member.name) – \(strings.label(member.affiliation.kind)), \(member.affiliation.institution)"
            if id == team.coordinatorID { line += " (\(strings[EventsText.coordinatorMark]))" }
            text.line(line, style: member.endedOn == nil ? .plain : .dim)
        }
        if !team.aims.isEmpty {
            text.heading(strings[EventsText.headingAims])
            for aim in team.aims { text.line("• " + aim) }
        }
        if !team.targets.isEmpty {
            // What the season so far has reached, counted as the outcome report counts it.
            let season = data.settings.season(containing: context.today)
            let report = OutcomeReport.build(data, team: team.id, season: season, today: context.today)
            text.heading(strings.format(EventsText.headingTargets, season))
            for (index, target) in team.targets.enumerated() {
                let percent = target.unit == .percent
                let shown = { (value: Int) in
                    percent ? strings.book.format(ReportText.percent, value) : String(value)
                }
                var line = "\(target.description): \(shown(target.target)) – "
                line += target.measure.map { strings.targetMeasure($0) } ?? strings[EventsText.measureByTeam]
                var style = Style.plain
                if let lines = report?.targets, lines.indices.contains(index), let achieved = lines[index].achieved {
                    line += " · " + strings.format(EventsText.achieved, shown(achieved))
                    if achieved >= target.target { style = Style(foreground: .green) }
                }
                text.line(line, style: style)
            }
        }
        let events = data.events.filter { $0.teamID == team.id }.sorted { $0.startsOn < $1.startsOn }
        if !events.isEmpty {
            text.heading(strings.format(EventsText.headingEvents, events.count))
            for event in events { text.line("\(strings.date(event.startsOn))  \(event.title)") }
        }
        tasks(team.tasks, removed: team.removedTasks, context, into: &text)
        log(team.log, context, into: &text)
        return text
    }

    static func attendance(_ attendance: Attendance, _ strings: Strings) -> String {
        strings.format(EventsText.attendance, attendance.children, attendance.adults)
    }

    private static func tasks(
        _ tasks: [EventTask], removed: [EventTask] = [], _ context: AppContext, into text: inout EventsDetailText
    ) {
        let strings = context.strings
        let open = tasks.filter { !$0.isDone }.count
        let overdue = tasks.filter { $0.isOverdue(on: context.today) }.count
        var heading = strings.format(
            EventsText.headingTasks, strings.count(open, EventsText.nounOpen), tasks.count)
        if overdue > 0 { heading += " – " + strings.format(EventsText.overdueCount, overdue) }
        text.heading(heading)
        if tasks.isEmpty { text.line(strings[EventsText.noTasks], style: .dim) }
        for (index, task) in tasks.enumerated() {
            let owner = context.data.staff.first { $0.id == task.ownerID }?.name ?? task.ownerID.rawValue
            var line =
                "\(task.isDone ? "[x]" : "[ ]") \(index + 1). \(task.title) – \(owner), \(context.strings.date(task.dueOn))"
            var style = Style.plain
            if let done = task.doneOn {
                line += " (" + strings.format(EventsText.doneOn, strings.date(done)) + ")"
                style = .dim
            } else if task.isOverdue(on: context.today) {
                line += " – " + strings.format(EventsText.overdueBy, task.dueOn.days(until: context.today))
                style = overdueStyle
            }
            text.line(line, style: style, target: .task(index))
            // Who ticked it off, opened it again or changed it, and when: the latest step, as a colleague asks.
            if let step = task.history.last(where: { $0.action != .added }) ?? task.history.last {
                text.line(
                    "      " + step.text(strings.book, staff: context.data.staff) { strings.date($0) }, style: .dim)
            }
        }
        if !removed.isEmpty {
            text.heading(strings[TeamText.showRemovedTasks])
            for task in removed {
                text.line("    \(task.title)", style: .dim)
                if let step = task.history.last {
                    text.line(
                        "      " + step.text(strings.book, staff: context.data.staff) { strings.date($0) }, style: .dim)
                }
            }
        }
    }

    private static func log(_ log: [LogNote], _ context: AppContext, into text: inout EventsDetailText) {
        let strings = context.strings
        text.heading(strings.format(EventsText.headingLog, log.count))
        if log.isEmpty { text.line(strings[EventsText.noNotes], style: .dim) }
        // Newest first: what was agreed last is what a colleague needs first.
        for note in log.reversed() {
            let author =
                note.authorID.map { id in context.data.staff.first { $0.id == id }?.name ?? id.rawValue }
                ?? strings[EventsText.depotAuthor]
            // A note of several lines keeps them: each wrapped to the pane, the further ones indented.
            let lines = note.text.split(separator: "\n", omittingEmptySubsequences: false)
            text.line("\(context.strings.date(note.on)) \(author): \(lines.first ?? "")")
            for line in lines.dropFirst() { text.line("    " + line) }
        }
    }

    private static func competition(
        _ competition: Competition, event: Event, _ context: AppContext, into text: inout EventsDetailText
    ) {
        let strings = context.strings
        let format = competition.format
        var title = strings.format(EventsText.headingCompetition, format.name)
        if let grade = format.grade { title += " (\(grade))" }
        text.heading(title)
        text.line(
            strings.format(
                EventsText.competitionSummary, strings.count(competition.readers.count, EventsText.nounReader),
                strings.tieRule(format.tieRule)))
        if let purged = competition.anonymisedOn {
            text.line(strings.format(EventsText.anonymisedOn, strings.date(purged)), style: .dim)
        }
        for (index, round) in format.rounds.enumerated() {
            let state = competition.round(index)
            var line = "\(index + 1). \(round.name)"
            if let day = state.day { line += " " + strings.date(day) }
            line +=
                ": "
                + strings.format(
                    EventsText.roundCounts, strings.count(state.readerIDs.count, EventsText.nounReader),
                    strings.count(state.judges.count, EventsText.nounJudge)) + " – "
                + roundStatus(competition, round: index, strings)
            let status = roundState(competition, round: index)
            text.line(
                line, style: status == .readOffNeeded ? overdueStyle : .plain, target: .round(index))
            jury(competition, round: index, context, into: &text)
        }
        if let rule = format.overtimePenalty {
            text.line(
                strings.format(JuryText.overtimeRuleLine, count: rule.points, rule.points, rule.perSeconds), style: .dim
            )
        }
    }

    /// Under a round: each heat's day, venue and jury (or the round's jury), a judge from a reader's own school
    /// flagged and an absent judge marked; the withdrawn readers; the seed of a drawn running order.
    private static func jury(
        _ competition: Competition, round: Int, _ context: AppContext, into text: inout EventsDetailText
    ) {
        let strings = context.strings
        let words = CompetitionWords(strings.language)
        let state = competition.round(round)
        func line(_ judges: [Judge]) {
            guard !judges.isEmpty else { return }
            var flagged = false
            let names = judges.map { judge -> String in
                var name = words.judge(judge, in: competition)
                if !competition.ownSchoolReaders(of: judge.id, round: round).isEmpty {
                    name += " " + strings[JuryText.ownSchoolMark]
                    if judge.acceptedConflict != nil {
                        name += " (" + strings[JuryText.acceptedMark] + ")"
                    } else {
                        flagged = true
                    }
                }
                return name
            }
            text.line(
                strings.format(JuryText.juryLine, names.joined(separator: ", ")),
                style: flagged ? overdueStyle : .dim)
        }
        if state.heats.isEmpty {
            line(state.judges)
        } else {
            for heat in state.heats {
                text.line("   " + words.heatHeading(heat))
                line(state.judges.filter { heat.judgeIDs.contains($0.id) })
            }
        }
        let withdrawn = state.readerIDs.compactMap { competition.reader($0) }.filter(\.isWithdrawn)
        if !withdrawn.isEmpty {
            text.line(
                strings.format(JuryText.withdrawnLine, withdrawn.map(\.label).joined(separator: ", ")), style: .dim)
        }
        if let seed = state.drawSeed { text.line(strings.format(JuryText.drawnLine, seed), style: .dim) }
    }

    /// How far a round has come.
    enum RoundState: Hashable {
        case noReaders, noJudges, notScored, scoresMissing, complete, readOffNeeded
    }

    static func roundState(_ competition: Competition, round: Int) -> RoundState {
        let state = competition.round(round)
        if state.readerIDs.isEmpty { return .noReaders }
        if state.judges.isEmpty { return .noJudges }
        if !state.hasScores { return .notScored }
        let ranking = competition.ranking(round: round)
        if ranking.contains(where: \.needsReadOff) { return .readOffNeeded }
        return ranking.allSatisfy(\.isComplete) ? .complete : .scoresMissing
    }

    static func roundStatus(_ competition: Competition, round: Int, _ strings: Strings) -> String {
        switch roundState(competition, round: round) {
        case .noReaders: return strings[EventsText.roundNoReaders]
        case .noJudges: return strings[EventsText.roundNoJudges]
        case .notScored: return strings[EventsText.roundNotScored]
        case .scoresMissing:
            let missing = competition.ranking(round: round).filter { !$0.isComplete }.count
            return strings.format(EventsText.roundScoresMissing, missing)
        case .complete: return strings[EventsText.roundComplete]
        case .readOffNeeded: return strings[EventsText.roundReadOff]
        }
    }
}
