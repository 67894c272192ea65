import DepotCore

/// The ranking of a round across the judges: place, reader, each judge's total and the total. Readers with the same
/// total are shown as needing a read-off until the result of the read-off (`o`) or of the lot (`l`) is recorded;
/// `a` moves the top readers on to the next round after a question, and `p` prints the results.
struct RankingOverlay: Overlay {
    enum Phase: Equatable {
        case browsing
        /// Recording a tie between more than two readers: `order` holds those placed so far, best first.
        case deciding(method: CompetitionFormat.TieRule, tied: [Reader.ID], order: [Reader.ID])
        /// Asking before `readers` move on to the next round.
        case confirmingAdvance(readers: [Reader.ID])
    }

    let eventID: Event.ID
    /// An index into the competition's rounds.
    let round: Int
    /// The selected reader's position in the ranking.
    private(set) var selection = 0
    private(set) var phase = Phase.browsing

    /// Readers placed in a tie of more than two, not saved until the last place is settled.
    var hasUnsavedInput: Bool {
        if case .deciding(_, _, let order) = phase { return !order.isEmpty }
        return false
    }

    /// Why the last key was refused, shown in red until the next key.
    private(set) var refusal: String?

    init(eventID: Event.ID, round: Int, context: AppContext) {
        self.eventID = eventID
        self.round = round
        if let competition = Scoring.competition(eventID, context)?.competition {
            selection = competition.ranking(round: round).firstIndex(where: \.needsReadOff) ?? 0
        }
    }

    // MARK: Input

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        guard let (event, competition) = Scoring.competition(eventID, context),
            competition.format.rounds.indices.contains(round)
        else { return .close }
        guard case .key(let key) = input else { return .stay }
        refusal = nil
        let ranking = competition.ranking(round: round)
        selection = min(selection, max(0, ranking.count - 1))
        switch phase {
        case .confirmingAdvance(let readers):
            phase = .browsing
            guard [.character("j"), .character("y"), .character("J"), .character("Y")].contains(key) else {
                return .stay
            }
            return advance(readers, competition, context)
        case .deciding(let method, let tied, let order):
            switch key {
            case .escape:
                phase = .browsing
                return .stay
            case .up, .character("k"): selection = max(0, selection - 1)
            case .down, .character("j"): selection = min(max(0, ranking.count - 1), selection + 1)
            case .enter, .character("o"), .character("l"):
                let chosen = ranking[selection].readerID
                guard tied.contains(chosen), !order.contains(chosen) else {
                    refusal = context.strings.format(
                        ScoringText.pickAmongTied,
                        Scoring.names(
                            tied.filter { !order.contains($0) }, in: competition,
                            context.strings))
                    return .message(refusal!, beep: true)
                }
                return place(chosen, method: method, tied: tied, order: order, competition, context)
            default: break
            }
            return .stay
        case .browsing:
            break
        }
        switch key {
        case .escape, .character("q"): return .close
        case .up, .character("k"): selection = max(0, selection - 1)
        case .down, .character("j"): selection = min(max(0, ranking.count - 1), selection + 1)
        case .pageUp: selection = max(0, selection - 10)
        case .pageDown: selection = min(max(0, ranking.count - 1), selection + 10)
        case .home: selection = 0
        case .end: selection = max(0, ranking.count - 1)
        case .character("o"), .character("l"):
            guard ranking.indices.contains(selection) else { return .stay }
            let entry = ranking[selection]
            guard case .readOffNeeded(let others) = entry.tie else {
                refusal = context.strings.format(
                    ScoringText.notTied, Scoring.reader(entry.readerID, in: competition))
                return .message(refusal!, beep: true)
            }
            let method: CompetitionFormat.TieRule = key == .character("o") ? .readOff : .lot
            let tied = ranking.map(\.readerID).filter { $0 == entry.readerID || others.contains($0) }
            return place(entry.readerID, method: method, tied: tied, order: [], competition, context)
        case .character("a"):
            var copy = competition
            do {
                let readers = try copy.advance(round: round)
                phase = .confirmingAdvance(readers: readers)
            } catch {
                refusal = error.message(in: context.strings.language)
                return .message(refusal!, beep: true)
            }
        case .character("p"), .character("P"):
            let text = CompetitionResults.text(
                event: event, competition: competition, round: round, language: context.strings.language)
            return .print(
                PrintJob(
                    name: context.strings.format(ScoringText.printName, event.id, round + 1), text: text))
        default: break
        }
        return .stay
    }

    /// `reader` takes the best place still open among `tied`; once one reader is left the decision is saved.
    private mutating func place(
        _ reader: Reader.ID, method: CompetitionFormat.TieRule, tied: [Reader.ID], order: [Reader.ID],
        _ competition: Competition, _ context: AppContext
    ) -> OverlayOutcome {
        var order = order + [reader]
        let left = tied.filter { !order.contains($0) }
        if left.count > 1 {
            phase = .deciding(method: method, tied: tied, order: order)
            selection = competition.ranking(round: round).firstIndex { left.contains($0.readerID) } ?? selection
            return .stay
        }
        order += left
        phase = .browsing
        var working = competition
        do {
            try working.decideTie(round: round, order: order, by: method, on: context.today)
        } catch {
            refusal = error.message(in: context.strings.language)
            return .message(refusal!, beep: true)
        }
        let strings = context.strings
        let placed = order.enumerated().map { "\($0 + 1). \(Scoring.reader($1, in: competition))" }
        let summary = strings.format(
            method == .readOff ? ScoringText.decidedByReadOff : ScoringText.decidedByLot,
            placed.joined(separator: ", "))
        // The log says how the tie was decided, as `depot competition tie` writes it.
        let words = CompetitionWords(strings.language)
        let labels = order.enumerated().map { "\($0 + 1). \(competition.reader($1)?.label ?? $1.rawValue)" }
        let log = words.book.format(
            method == .readOff ? CompetitionText.logTieReadOff : CompetitionText.logTieLot,
            competition.format.rounds[round].name, labels.joined(separator: ", "))
        return .save(Scoring.change(eventID, to: working, summary: summary, log: log, context), close: false)
    }

    private mutating func advance(
        _ readers: [Reader.ID], _ competition: Competition, _ context: AppContext
    ) -> OverlayOutcome {
        var working = competition
        do {
            let moved = try working.advance(round: round)
            let next = Scoring.roundName(working.format.rounds[round + 1], context.strings)
            let words = CompetitionWords(context.strings.language)
            let summary = context.strings.format(ScoringText.advanced, words.readers(moved, in: working), next)
            // The log names who went on, as `depot competition advance` writes it.
            let log = words.book.format(
                CompetitionText.logAdvanced, working.format.rounds[round].name,
                context.strings.count(moved.count, EventsText.nounReader), working.format.rounds[round + 1].name,
                words.readers(moved, in: working))
            return .save(Scoring.change(eventID, to: working, summary: summary, log: log, context), close: false)
        } catch {
            refusal = error.message(in: context.strings.language)
            return .message(refusal!, beep: true)
        }
    }

    // MARK: Drawing

    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        grid.fill(area, style: .plain)
        guard let (event, competition) = Scoring.competition(eventID, context),
            competition.format.rounds.indices.contains(round)
        else { return }
        let format = competition.format.rounds[round]
        let state = competition.round(round)
        let title = strings.format(ScoringText.rankingTitle, Scoring.roundName(format, strings), event.title)
        let inner = Border(title: title, style: .bold).render(into: &grid, area: area)
        guard inner.height >= 6 else { return }
        let judges = state.judges.enumerated().map { number, judge in
            strings.format(ScoringText.judgeShort, number + 1) + " " + judge.name
                + (judge.isAbsent ? " (" + strings[JuryText.absentMark] + ")" : "")
        }
        grid.put(
            strings.format(ScoringText.judgesLine, judges.joined(separator: " · ")), x: inner.x, y: inner.y,
            style: .plain, maxWidth: inner.width)
        grid.put(rulesLine(competition, strings), x: inner.x, y: inner.y + 1, style: .dim, maxWidth: inner.width)
        // With a judge absent, a line of its own says the points are the average over the judges present.
        var top = inner.y + 2
        let absent = competition.absentJudges(round: round)
        if !absent.isEmpty {
            let present = state.judges.count - absent.count
            let line = strings.format(
                JuryText.averagedLine, count: present, present, absent.map(\.name).joined(separator: ", "))
            grid.put(line, x: inner.x, y: top, style: .bold, maxWidth: inner.width)
            top += 1
        }
        renderPrompt(competition, into: &grid, at: Rect(x: inner.x, y: top, width: inner.width, height: 1), strings)
        renderTable(
            competition, into: &grid,
            area: Rect(x: inner.x, y: top + 1, width: inner.width, height: inner.maxY - top - 1),
            strings)
    }

    /// "1 pr. skole går videre til Finale · lige point: omlæsning".
    private func rulesLine(_ competition: Competition, _ strings: Strings) -> String {
        let format = competition.format.rounds[round]
        var parts: [String] = []
        if let advancing = format.advancing, competition.format.rounds.indices.contains(round + 1) {
            let next = Scoring.roundName(competition.format.rounds[round + 1], strings)
            parts.append(
                strings.format(
                    format.perSchool ? ScoringText.advancingPerSchool : ScoringText.advancing, advancing, next))
        } else {
            parts.append(strings[ScoringText.lastRound])
        }
        parts.append(
            strings[competition.format.tieRule == .readOff ? ScoringText.tieRuleReadOff : ScoringText.tieRuleLot])
        return parts.joined(separator: " · ")
    }

    private func renderPrompt(_ competition: Competition, into grid: inout CellGrid, at line: Rect, _ strings: Strings)
    {
        if let refusal {
            grid.put("! " + refusal, x: line.x, y: line.y, style: FormView.errorStyle, maxWidth: line.width)
            return
        }
        switch phase {
        case .browsing:
            let ranking = competition.ranking(round: round)
            if !competition.round(round).hasScores {
                grid.put(strings[ScoringText.noScores], x: line.x, y: line.y, style: .dim, maxWidth: line.width)
            } else if ranking.indices.contains(selection), case .readOffNeeded(let others) = ranking[selection].tie {
                let id = ranking[selection].readerID
                let text = strings.format(
                    ScoringText.tieHint, Scoring.names([id] + others, in: competition, strings),
                    competition.reader(id)?.firstName ?? id.rawValue)
                grid.put(
                    text, x: line.x, y: line.y, style: Style(foreground: .yellow, attributes: .bold),
                    maxWidth: line.width)
            }
        case .deciding(let method, let tied, let order):
            let left = tied.filter { !order.contains($0) }
            let text = strings.format(
                ScoringText.pickNext, strings[method == .readOff ? ScoringText.methodReadOff : ScoringText.methodLot],
                order.count + 1, Scoring.names(left, in: competition, strings))
            grid.put(text, x: line.x, y: line.y, style: .reverse.adding(.bold), maxWidth: line.width)
        case .confirmingAdvance(let readers):
            let next = Scoring.roundName(competition.format.rounds[round + 1], strings)
            // The readers with class and school as far as the line has room (a long list falls back to less).
            let text = CompetitionWords(strings.language).sentence(
                naming: readers, in: competition, width: line.width
            ) { strings.format(ScoringText.confirmAdvance, $0, next) }
            grid.put(text, x: line.x, y: line.y, style: .reverse.adding(.bold), maxWidth: line.width)
        }
    }

    private func renderTable(_ competition: Competition, into grid: inout CellGrid, area: Rect, _ strings: Strings) {
        let state = competition.round(round)
        let format = competition.format.rounds[round]
        let ranking = competition.ranking(round: round)
        let hasScores = state.hasScores
        let nextReaders = Set(competition.round(round + 1).readerIDs)
        let nextName =
            competition.format.rounds.indices.contains(round + 1)
            ? Scoring.roundName(competition.format.rounds[round + 1], strings) : ""
        // Columns: place, reader (first name and class), school (takes what is left), each judge, total, note.
        let judgeCount = state.judges.count
        let widths = [5, 12, 0] + Array(repeating: 4, count: judgeCount) + [5, 24]
        let fixed = widths.reduce(0, +) + widths.count - 1
        var columns: [(x: Int, width: Int)] = []
        var x = area.x
        for (index, width) in widths.enumerated() {
            let width = index == 2 ? max(0, area.width - fixed) : width
            columns.append((x, width))
            x += width + 1
        }
        columns[columns.count - 1].width = max(0, area.maxX - columns[columns.count - 1].x)
        func put(_ text: String, _ column: Int, y: Int, right: Bool = false, style: Style) {
            let (x, width) = columns[column]
            guard width > 0 else { return }
            let text = truncate(text, toWidth: width)
            grid.put(text, x: x + (right ? width - displayWidth(of: text) : 0), y: y, style: style, maxWidth: width)
        }
        let judgeColumns = 3..<(3 + judgeCount)
        let totalColumn = 3 + judgeCount
        put(strings[ScoringText.columnPlace], 0, y: area.y, right: true, style: .bold)
        put(strings[ScoringText.columnReader], 1, y: area.y, style: .bold)
        put(strings[ScoringText.columnSchool], 2, y: area.y, style: .bold)
        for (number, column) in judgeColumns.enumerated() {
            put(strings.format(ScoringText.judgeShort, number + 1), column, y: area.y, right: true, style: .bold)
        }
        put(strings[ScoringText.columnTotal], totalColumn, y: area.y, right: true, style: .bold)

        // The lines: a heading per school when the round is ranked per school, then its readers.
        enum Line {
            case group(String)
            case reader(Int)
        }
        var lines: [Line] = []
        var lastGroup: String?
        for (index, entry) in ranking.enumerated() {
            if let group = entry.group, group != lastGroup {
                lines.append(.group(group))
                lastGroup = group
            }
            lines.append(.reader(index))
        }
        let visible = max(0, area.height - 1)
        let selectedLine =
            lines.firstIndex { if case .reader(selection) = $0 { return true } else { return false } } ?? 0
        let first = max(0, min(selectedLine - visible / 2, lines.count - visible))
        for (offset, line) in lines.enumerated().dropFirst(first).prefix(visible) {
            let y = area.y + 1 + offset - first
            switch line {
            case .group(let name):
                grid.put(name, x: area.x, y: y, style: Palette.heading, maxWidth: area.width)
            case .reader(let index):
                let entry = ranking[index]
                let isSelected = index == selection
                let style: Style = isSelected ? .reverse : .plain
                if isSelected { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
                let reader = competition.reader(entry.readerID)
                let scored = Scoring.isScored(entry.readerID, in: state)
                put(scored ? "\(entry.place)." : "–", 0, y: y, right: true, style: style)
                put(Scoring.reader(entry.readerID, in: competition), 1, y: y, style: style)
                put(reader?.school ?? "", 2, y: y, style: style)
                for (judge, column) in zip(state.judges, judgeColumns) {
                    let total = Scoring.judgeTotal(judge.id, reader: entry.readerID, in: state)
                    let shown = judge.isAbsent ? strings[JuryText.absentColumn] : total.map(String.init) ?? "·"
                    put(shown, column, y: y, right: true, style: judge.isAbsent ? style.adding(.dim) : style)
                }
                put(
                    scored ? entry.score.text(in: strings.language) : "", totalColumn, y: y, right: true,
                    style: style.adding(.bold))
                let (note, noteStyle) = self.note(
                    entry, format: format, hasScores: hasScores, advanced: nextReaders.contains(entry.readerID),
                    next: nextName, strings)
                put(note, totalColumn + 1, y: y, style: isSelected ? style.adding(.bold) : noteStyle)
            }
        }
    }

    private func note(
        _ entry: RankedReader, format: RoundFormat, hasScores: Bool, advanced: Bool, next: String, _ strings: Strings
    ) -> (String, Style) {
        if advanced { return (strings.format(ScoringText.noteAdvanced, next), Style(foreground: .green)) }
        guard hasScores else { return ("", .plain) }
        if !entry.isComplete { return (strings[ScoringText.noteMissing], .dim) }
        switch entry.tie {
        case .readOffNeeded:
            return (strings[ScoringText.noteReadOffNeeded], Style(foreground: .yellow, attributes: .bold))
        case .decided(let rule):
            if let advancing = format.advancing, entry.place <= advancing {
                let text = rule == .readOff ? ScoringText.noteAdvancesAfterReadOff : ScoringText.noteAdvancesAfterLot
                return (strings[text], .plain)
            }
            return (strings[rule == .readOff ? ScoringText.noteDecidedReadOff : ScoringText.noteDecidedLot], .plain)
        case .none, .shared:
            var notes: [String] = []
            if entry.sharesPlace { notes.append(CompetitionWords(strings.language).jointPlacement(entry.place)) }
            if let advancing = format.advancing, entry.place <= advancing {
                notes.append(strings[ScoringText.noteAdvances])
            }
            return (notes.joined(separator: ", "), .plain)
        }
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        switch phase {
        case .deciding:
            return [
                KeyHint("↑↓", strings[ScoringText.keyMove]), KeyHint("Enter", strings[ScoringText.keyPick]),
                KeyHint("Esc", strings[ScoringText.keyCancel]),
            ]
        case .confirmingAdvance:
            return [KeyHint("j", strings[ScoringText.keyYes]), KeyHint("n", strings[ScoringText.keyNo])]
        case .browsing:
            return [
                KeyHint("o", strings[ScoringText.keyReadOff]), KeyHint("l", strings[ScoringText.keyLot]),
                KeyHint("a", strings[ScoringText.keyAdvance]), KeyHint("p", strings[ScoringText.keyPrint]),
                KeyHint("Esc", strings[ScoringText.keyClose]),
            ]
        }
    }
}
