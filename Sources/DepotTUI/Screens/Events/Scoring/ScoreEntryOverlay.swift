import DepotCore

/// Entering the judges' scores on the evening of a competition, one judge's sheet at a time: the readers in running
/// order down, the criteria across. A digit is the points for the cell under the cursor; it is checked against the
/// criterion's range as it is typed, saved at once (a crash mid-evening loses nothing), and the cursor moves on to
/// the next cell. Changing a score already entered is kept as a correction in the judge's sheet. Each reader's total
/// from this judge, the total across the judges and the live place are shown beside the sheet.
struct ScoreEntryOverlay: Overlay {
    let eventID: Event.ID
    /// An index into the competition's rounds.
    let round: Int
    private(set) var judgeIndex = 0
    /// The reader's position in the running order.
    private(set) var row = 0
    /// The criterion's position in the round's criteria.
    private(set) var column = 0
    /// Digits typed for a criterion worth 10 points or more, not yet saved.
    private(set) var pending = ""
    /// Why the last key was refused, shown in red until the next key.
    private(set) var refusal: String?
    /// While `t` records overtime for the reader under the cursor: the reading (from 0) and the seconds typed.
    private(set) var overtime: (reading: Int, seconds: String)?

    init(eventID: Event.ID, round: Int, context: AppContext) {
        self.eventID = eventID
        self.round = round
        guard let competition = Scoring.competition(eventID, context)?.competition else { return }
        let judges = Self.judges(in: competition, round: round)
        judgeIndex = judges.indices.first { firstEmptyCell(in: competition, judge: $0) != nil } ?? 0
        if let cell = firstEmptyCell(in: competition, judge: judgeIndex) { (row, column) = cell }
    }

    /// Digits typed for a cell and not entered yet (every entered score is saved at once).
    var hasUnsavedInput: Bool { !pending.isEmpty || overtime != nil }

    /// The judges whose sheets are entered: those of the round who are present (an absent judge's sheet is left out).
    static func judges(in competition: Competition, round: Int) -> [Judge] {
        competition.round(round).judges.filter { !$0.isAbsent }
    }

    /// The readers on the sheet of the judge `index`: those the judge judges (the judge's heat), in running order,
    /// without the withdrawn.
    private func readers(in competition: Competition, judge index: Int) -> [Reader.ID] {
        let judges = Self.judges(in: competition, round: round)
        guard judges.indices.contains(index) else { return [] }
        return competition.readers(judgedBy: judges[index].id, round: round).filter {
            competition.reader($0)?.isWithdrawn != true
        }
    }

    // MARK: Input

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        guard let competition = Scoring.competition(eventID, context)?.competition,
            competition.format.rounds.indices.contains(round)
        else { return .close }
        refusal = nil
        var working = competition
        var summary: String?
        if overtime != nil { return handleOvertime(input, &working, competition, context) }
        switch input {
        case .scanned(let code):
            // Digits typed in a quick burst arrive together, as from a scanner: each is still one cell.
            for character in code {
                guard refusal == nil else { break }
                if let text = press(.character(character), &working, context) { summary = text }
            }
            if refusal == nil, let text = press(.enter, &working, context) { summary = text }
        case .key(let key):
            if key == .escape {
                if pending.isEmpty { return .close }
                pending = ""
                return .stay
            }
            summary = press(key, &working, context)
        }
        if working != competition, let summary {
            return .save(Scoring.change(eventID, to: working, summary: summary), close: false)
        }
        if let refusal { return .message(refusal, beep: true) }
        return .stay
    }

    /// Handles one key on `working`; returns the summary of a score entered, corrected or cleared.
    private mutating func press(_ key: Key, _ working: inout Competition, _ context: AppContext) -> String? {
        let criteria = working.format.rounds[round].criteria
        let readerCount = readers(in: working, judge: judgeIndex).count
        let judgeCount = Self.judges(in: working, round: round).count
        switch key {
        case .character("t") where pending.isEmpty:
            guard let cell = cell(in: working) else { return nil }
            overtime = (0, Self.seconds(of: cell.reader, reading: 0, in: working, round: round))
            return nil
        case .character(let character) where character.isASCII && character.isNumber:
            return type(character.wholeNumberValue ?? 0, &working, context)
        case .enter:
            if !pending.isEmpty { return commitPending(&working, context) }
            moveToNextCell(criteria: criteria.count, readers: readerCount)
        case .backspace, .delete:
            if !pending.isEmpty {
                pending.removeLast()
                return nil
            }
            return clear(&working, context)
        case .tab, .backTab:
            guard judgeCount > 0 else { return nil }
            let summary = commitPending(&working, context)
            judgeIndex = (judgeIndex + (key == .tab ? 1 : judgeCount - 1)) % judgeCount
            if let cell = firstEmptyCell(in: working, judge: judgeIndex) {
                (row, column) = cell
            } else {
                row = min(row, max(0, readers(in: working, judge: judgeIndex).count - 1))
            }
            return summary
        case .up, .down, .left, .right, .home, .end, .pageUp, .pageDown:
            let summary = commitPending(&working, context)
            move(key, criteria: criteria.count, readers: readerCount)
            return summary
        default:
            break
        }
        return nil
    }

    private mutating func move(_ key: Key, criteria: Int, readers: Int) {
        switch key {
        case .up: row = max(0, row - 1)
        case .down: row = min(max(0, readers - 1), row + 1)
        case .left: column = max(0, column - 1)
        case .right: column = min(max(0, criteria - 1), column + 1)
        case .home: column = 0
        case .end: column = max(0, criteria - 1)
        case .pageUp: row = max(0, row - 10)
        case .pageDown: row = min(max(0, readers - 1), row + 10)
        default: break
        }
    }

    /// Right along the row, then to the first criterion of the next reader; the last cell stays put.
    private mutating func moveToNextCell(criteria: Int, readers: Int) {
        if column + 1 < criteria {
            column += 1
        } else if row + 1 < readers {
            column = 0
            row += 1
        }
    }

    /// A digit typed into the cell: saved at once unless a further digit could still follow (criteria of 10 or more).
    private mutating func type(_ digit: Int, _ working: inout Competition, _ context: AppContext) -> String? {
        guard let cell = cell(in: working) else { return nil }
        let text = pending + String(digit)
        let points = Int(text) ?? digit
        if points > cell.criterion.maxPoints {
            pending = ""
            refusal = context.strings.format(
                ScoringText.outOfRange, Scoring.criterionName(cell.criterion, context.strings),
                cell.criterion.maxPoints, points)
            return nil
        }
        if points != 0, points * 10 <= cell.criterion.maxPoints {
            pending = text
            return nil
        }
        pending = ""
        return enter(points, at: cell, &working, context)
    }

    private mutating func commitPending(_ working: inout Competition, _ context: AppContext) -> String? {
        guard !pending.isEmpty, let points = Int(pending), let cell = cell(in: working) else {
            pending = ""
            return nil
        }
        pending = ""
        return enter(points, at: cell, &working, context)
    }

    private mutating func enter(
        _ points: Int, at cell: Cell, _ working: inout Competition, _ context: AppContext
    ) -> String? {
        let strings = context.strings
        let criteria = working.format.rounds[round].criteria
        let readers = readers(in: working, judge: judgeIndex).count
        do {
            let correction = try working.enter(
                points, reader: cell.reader, criterion: cell.criterion.id, judge: cell.judge.id, round: round, by: nil,
                on: context.today)
            moveToNextCell(criteria: criteria.count, readers: readers)
            let reader = Scoring.reader(cell.reader, in: working)
            let criterion = Scoring.criterionName(cell.criterion, strings)
            if let correction {
                return strings.format(
                    ScoringText.corrected, reader, criterion, correction.oldPoints, points, cell.judge.name)
            }
            return strings.format(ScoringText.saved, reader, criterion, points, cell.judge.name)
        } catch {
            refusal = error.message(in: strings.language)
            return nil
        }
    }

    private mutating func clear(_ working: inout Competition, _ context: AppContext) -> String? {
        guard let cell = cell(in: working) else { return nil }
        let strings = context.strings
        do {
            guard
                let correction = try working.clearScore(
                    reader: cell.reader, criterion: cell.criterion.id, judge: cell.judge.id, round: round, by: nil,
                    on: context.today)
            else { return nil }
            return strings.format(
                ScoringText.cleared, Scoring.reader(cell.reader, in: working),
                Scoring.criterionName(cell.criterion, strings), correction.oldPoints, cell.judge.name)
        } catch {
            refusal = error.message(in: strings.language)
            return nil
        }
    }

    // MARK: Cells

    private struct Cell {
        var judge: Judge
        var reader: Reader.ID
        var criterion: Criterion
    }

    /// The cell under the cursor, when the round has judges, readers and criteria.
    private func cell(in competition: Competition) -> Cell? {
        let judges = Self.judges(in: competition, round: round)
        let readers = readers(in: competition, judge: judgeIndex)
        let criteria = competition.format.rounds[round].criteria
        guard judges.indices.contains(judgeIndex), readers.indices.contains(row), criteria.indices.contains(column)
        else { return nil }
        return Cell(judge: judges[judgeIndex], reader: readers[row], criterion: criteria[column])
    }

    /// The first cell, row by row, that the judge has not scored yet.
    private func firstEmptyCell(in competition: Competition, judge: Int) -> (row: Int, column: Int)? {
        guard competition.format.rounds.indices.contains(round) else { return nil }
        let state = competition.round(round)
        let judges = Self.judges(in: competition, round: round)
        guard judges.indices.contains(judge) else { return nil }
        let sheet = state.sheet(of: judges[judge].id)
        let criteria = competition.format.rounds[round].criteria
        for (row, reader) in readers(in: competition, judge: judge).enumerated() {
            for (column, criterion) in criteria.enumerated()
            where sheet?.points(reader: reader, criterion: criterion.id) == nil {
                return (row, column)
            }
        }
        return nil
    }

    // MARK: Drawing

    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        grid.fill(area, style: .plain)
        guard let (event, competition) = Scoring.competition(eventID, context),
            competition.format.rounds.indices.contains(round)
        else { return }
        let format = competition.format.rounds[round]
        let roundName = Scoring.roundName(format, strings)
        let title = strings.format(ScoringText.entryTitle, roundName, event.title)
        let inner = Border(title: title, style: .bold).render(into: &grid, area: area)
        guard inner.height >= 6 else { return }
        let judges = Self.judges(in: competition, round: round)
        guard judges.indices.contains(judgeIndex) else {
            grid.put(
                strings.format(ScoringText.noJudges, roundName), x: inner.x, y: inner.y, style: .bold,
                maxWidth: inner.width)
            return
        }
        guard !readers(in: competition, judge: judgeIndex).isEmpty, !format.criteria.isEmpty else {
            grid.put(
                strings.format(ScoringText.noReaders, roundName), x: inner.x, y: inner.y, style: .bold,
                maxWidth: inner.width)
            return
        }
        let judge = judges[judgeIndex]
        let heats = competition.round(round).heats.filter { $0.judgeIDs.contains(judge.id) }
        renderJudgeLine(judge, count: judges.count, heats: heats, into: &grid, inner: inner, strings)
        renderMessageLine(competition, into: &grid, inner: inner, strings)
        let table = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 3)
        renderSheet(competition, judge: judge, into: &grid, area: table, strings)
        renderFooter(competition, judge: judge, into: &grid, inner: inner, strings)
    }

    private func renderJudgeLine(
        _ judge: Judge, count: Int, heats: [Heat], into grid: inout CellGrid, inner: Rect, _ strings: Strings
    ) {
        let label = strings.format(ScoringText.judgeLabel, judgeIndex + 1, count)
        var x = inner.x + grid.put(label, x: inner.x, y: inner.y, style: .bold, maxWidth: inner.width)
        let name = " \(judge.name) (\(Scoring.role(judge.role, strings))) "
        x += grid.put(name, x: x, y: inner.y, style: .reverse.adding(.bold), maxWidth: inner.maxX - x)
        // The judge's heat, so the sheet's readers (the heat's) are not taken for the round's.
        if !heats.isEmpty {
            let book = CompetitionWords(strings.language).book
            let text = " " + heats.map { book.format(CompetitionText.heatHeading, $0.name) }.joined(separator: ", ")
            x += grid.put(text, x: x, y: inner.y, style: .bold, maxWidth: inner.maxX - x)
        }
        if count > 1 {
            grid.put(
                "  " + strings[ScoringText.judgeSwitch], x: x, y: inner.y, style: .dim, maxWidth: inner.maxX - x)
        }
    }

    /// What the cursor is on and its range, or why the last key was refused.
    private func renderMessageLine(
        _ competition: Competition, into grid: inout CellGrid, inner: Rect, _ strings: Strings
    ) {
        let y = inner.y + 1
        if let refusal {
            grid.put("! " + refusal, x: inner.x, y: y, style: FormView.errorStyle, maxWidth: inner.width)
            return
        }
        guard let cell = cell(in: competition), let reader = competition.reader(cell.reader) else { return }
        if let overtime {
            let readings = competition.format.rounds[round].readings.count
            var text = strings.format(
                JuryText.overtimePrompt, "\(reader.firstName), \(reader.className)", overtime.reading + 1, readings,
                overtime.seconds.isEmpty ? "_" : overtime.seconds + "_")
            text += " · " + penaltyText(Int(overtime.seconds) ?? 0, competition, strings)
            grid.put(text, x: inner.x, y: y, style: .reverse.adding(.bold), maxWidth: inner.width)
            return
        }
        var text = strings.format(
            ScoringText.cellPrompt, "\(reader.firstName), \(reader.className)", reader.school,
            Scoring.criterionName(cell.criterion, strings), cell.criterion.maxPoints)
        if !pending.isEmpty { text += " · " + strings.format(ScoringText.pending, pending) }
        let over = competition.overtimes(of: cell.reader, round: round).reduce(0) { $0 + $1.seconds }
        if over > 0 {
            let points = competition.penalty(of: cell.reader, round: round)
            text += " · " + strings.format(JuryText.overtimeShown, count: points, over, points)
        }
        grid.put(text, x: inner.x, y: y, style: .plain, maxWidth: inner.width)
    }

    private func renderFooter(
        _ competition: Competition, judge: Judge, into grid: inout CellGrid, inner: Rect, _ strings: Strings
    ) {
        let state = competition.round(round)
        let criteria = competition.format.rounds[round].criteria
        let sheet = state.sheet(of: judge.id)
        let readers = readers(in: competition, judge: judgeIndex)
        let filled = readers.reduce(0) { sum, reader in
            sum + criteria.filter { sheet?.points(reader: reader, criterion: $0.id) != nil }.count
        }
        var parts = [
            strings.format(ScoringText.progress, filled, readers.count * criteria.count),
            strings.format(ScoringText.corrections, sheet?.corrections.count ?? 0),
            strings[ScoringText.tieLegend],
        ]
        if competition.format.rounds[round].perSchool { parts.append(strings[ScoringText.placePerSchool]) }
        let absent = competition.absentJudges(round: round)
        if !absent.isEmpty {
            // Next to the progress, so it shows at 80 columns: whose sheet is left out.
            parts.insert(
                strings.format(JuryText.judgeAbsentSkipped, absent.map(\.name).joined(separator: ", ")), at: 1)
        }
        grid.put(parts.joined(separator: " · "), x: inner.x, y: inner.maxY - 1, style: .dim, maxWidth: inner.width)
    }

    private func renderSheet(
        _ competition: Competition, judge: Judge, into grid: inout CellGrid, area: Rect, _ strings: Strings
    ) {
        let state = competition.round(round)
        let criteria = competition.format.rounds[round].criteria
        let sheet = state.sheet(of: judge.id)
        let ranking = Dictionary(
            competition.ranking(round: round).map { ($0.readerID, $0) }, uniquingKeysWith: { first, _ in first })
        // Columns: number, reader, school (takes what is left), the criteria, this judge's sum, total, place.
        let numberWidth = 2
        let readerWidth = 13
        let criterionWidth = max(5, min(9, (area.width - 44) / max(1, criteria.count) - 1))
        let sumWidth = 4
        let totalWidth = 5
        let placeWidth = 5
        let fixed =
            numberWidth + readerWidth + criteria.count * (criterionWidth + 1) + sumWidth + totalWidth
            + placeWidth + 6
        let schoolWidth = max(0, area.width - fixed)
        var x = area.x
        var columns: [(x: Int, width: Int)] = []
        for width in [numberWidth, readerWidth, schoolWidth] + Array(repeating: criterionWidth, count: criteria.count)
            + [sumWidth, totalWidth, placeWidth]
        {
            columns.append((x, width))
            x += width + (width == 0 ? 0 : 1)
        }
        let criterionColumns = columns[3..<(3 + criteria.count)]
        let tail = Array(columns.suffix(3))

        // Two heading rows: names, then the range of each criterion.
        func heading(_ text: String, _ column: (x: Int, width: Int), row: Int, right: Bool, style: Style = .bold) {
            guard column.width > 0 else { return }
            let text = truncate(text, toWidth: column.width)
            let offset = right ? column.width - displayWidth(of: text) : 0
            grid.put(text, x: column.x + offset, y: area.y + row, style: style, maxWidth: column.width)
        }
        heading(strings[ScoringText.columnNumber], columns[0], row: 0, right: true)
        heading(strings[ScoringText.columnReader], columns[1], row: 0, right: false)
        heading(strings[ScoringText.columnSchool], columns[2], row: 0, right: false)
        for (criterion, column) in zip(criteria, criterionColumns) {
            heading(Scoring.criterionHeading(criterion, width: column.width, strings), column, row: 0, right: true)
            heading(
                strings.format(ScoringText.range, criterion.maxPoints), column, row: 1, right: true, style: .dim)
        }
        heading(strings[ScoringText.columnJudgeSum], tail[0], row: 0, right: true)
        heading(
            strings.format(ScoringText.range, competition.format.rounds[round].maximumPerJudge), tail[0], row: 1,
            right: true, style: .dim)
        heading(strings[ScoringText.columnTotal], tail[1], row: 0, right: true)
        heading(strings[ScoringText.columnPlace], tail[2], row: 0, right: true)

        let visible = max(0, area.height - 2)
        let readers = readers(in: competition, judge: judgeIndex)
        let count = readers.count
        let first = max(0, min(row - visible / 2, count - visible))
        for (offset, readerID) in readers.enumerated().dropFirst(first).prefix(visible) {
            let y = area.y + 2 + offset - first
            let isCurrent = offset == row
            let rowStyle: Style = isCurrent ? .bold : .plain
            func cell(_ text: String, _ column: (x: Int, width: Int), right: Bool, style: Style) {
                guard column.width > 0 else { return }
                let text = truncate(text, toWidth: column.width)
                let offset = right ? column.width - displayWidth(of: text) : 0
                grid.put(text, x: column.x + offset, y: y, style: style, maxWidth: column.width)
            }
            let reader = competition.reader(readerID)
            cell("\(offset + 1)", columns[0], right: true, style: rowStyle)
            cell(Scoring.reader(readerID, in: competition), columns[1], right: false, style: rowStyle)
            cell(reader?.school ?? "", columns[2], right: false, style: isCurrent ? .bold : .dim)
            for (index, (criterion, column)) in zip(criteria, criterionColumns).enumerated() {
                let points = sheet?.points(reader: readerID, criterion: criterion.id)
                let isCursor = isCurrent && index == self.column
                var text = points.map(String.init) ?? "·"
                if isCursor, !pending.isEmpty { text = pending + "_" }
                let style: Style = isCursor ? .reverse.adding(.bold) : (points == nil ? .dim : rowStyle)
                if isCursor {
                    grid.fill(Rect(x: column.x, y: y, width: column.width, height: 1), style: style)
                }
                cell(text, column, right: true, style: style)
            }
            let judgeSum = Scoring.judgeTotal(judge.id, reader: readerID, in: state)
            cell(judgeSum.map(String.init) ?? "", tail[0], right: true, style: rowStyle)
            let entry = ranking[readerID]
            let scored = Scoring.isScored(readerID, in: state)
            cell(
                scored ? entry.map { $0.score.text(in: strings.language) } ?? "0" : "", tail[1], right: true,
                style: rowStyle)
            var place = scored ? "\(entry?.place ?? 0)" : ""
            if entry?.needsReadOff == true { place += "=" } else if scored { place += " " }
            let placeStyle: Style =
                entry?.needsReadOff == true ? Style(foreground: .yellow, attributes: .bold) : rowStyle
            cell(place, tail[2], right: true, style: placeStyle)
        }
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [
            KeyHint("0–9", strings[ScoringText.keyPoints]), KeyHint("Tab", strings[ScoringText.keyJudge]),
            KeyHint("⌫", strings[ScoringText.keyClear]), KeyHint("t", strings[JuryText.keyOvertime]),
            KeyHint("Esc", strings[ScoringText.keyClose]),
        ]
    }

    // MARK: Overtime

    /// The seconds recorded over the limit for `reader`'s reading, as text ("" for none).
    private static func seconds(of reader: Reader.ID, reading: Int, in competition: Competition, round: Int) -> String {
        competition.overtimes(of: reader, round: round).first { $0.reading == reading }.map { String($0.seconds) }
            ?? ""
    }

    /// "−2 point" by the format's rule, or that the format takes none off.
    private func penaltyText(_ seconds: Int, _ competition: Competition, _ strings: Strings) -> String {
        guard let rule = competition.format.overtimePenalty else { return strings[JuryText.overtimeNoRule] }
        let points = rule.points(forSecondsOver: seconds)
        return strings.format(JuryText.overtimePenalty, count: points, points)
    }

    /// Keys while recording overtime: digits are the seconds over, ←/→ the reading, Enter saves (0 or nothing takes a
    /// record back), Esc leaves it.
    private mutating func handleOvertime(
        _ input: AppInput, _ working: inout Competition, _ competition: Competition, _ context: AppContext
    ) -> OverlayOutcome {
        guard var current = overtime, let cell = cell(in: competition) else {
            overtime = nil
            return .stay
        }
        let readings = competition.format.rounds[round].readings.count
        var keys: [Key] = []
        switch input {
        case .scanned(let code): keys = code.map { Key.character($0) } + [.enter]
        case .key(let key): keys = [key]
        }
        for key in keys {
            switch key {
            case .escape:
                overtime = nil
                return .stay
            case .character(let character) where character.isASCII && character.isNumber:
                if current.seconds.count < 4 { current.seconds.append(character) }
            case .backspace, .delete:
                if !current.seconds.isEmpty { current.seconds.removeLast() }
            case .left, .right:
                let reading = (current.reading + (key == .right ? 1 : readings - 1)) % max(1, readings)
                current = (reading, Self.seconds(of: cell.reader, reading: reading, in: competition, round: round))
            case .enter:
                overtime = nil
                let seconds = Int(current.seconds) ?? 0
                let strings = context.strings
                do {
                    try working.recordOvertime(
                        reader: cell.reader, reading: current.reading, seconds: seconds, round: round,
                        by: context.deskStaffID, on: context.today)
                } catch {
                    refusal = strings.format(ScoringText.outOfRange, strings[JuryText.keyOvertime], 3_600, seconds)
                    return .message(refusal!, beep: true)
                }
                guard working != competition else { return .stay }
                let reader = Scoring.reader(cell.reader, in: working)
                let summary =
                    seconds == 0
                    ? strings.format(JuryText.overtimeCleared, reader, current.reading + 1)
                    : strings.format(
                        JuryText.overtimeSaved, reader, current.reading + 1, seconds,
                        penaltyText(seconds, working, strings))
                return .save(Scoring.change(eventID, to: working, summary: summary), close: false)
            default:
                break
            }
        }
        overtime = current
        return .stay
    }
}
