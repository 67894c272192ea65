/// The words of the competition printouts, in Danish or English; the commands share them.
public struct CompetitionWords: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public var dayText: DayText { DayText(language) }

    /// The competition's words from the language files.
    public var book: TextBook { TextBook(language) }

    /// "Alma, Clara og Storm" / "Alma, Clara and Storm".
    public func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " \(book[CompetitionText.and]) " + names.last!
    }

    /// "Lene Ebbesen (bibliotekar, Rønde Skole)", "Sanne Østergaard (lærer, fraværende)".
    public func judge(_ judge: Judge, in competition: Competition) -> String {
        var parts = [role(judge.role)]
        if let school = judge.schoolID.flatMap({ id in competition.schools.first { $0.id == id } }) {
            parts.append(school.name)
        } else if let organisation = judge.organisation {
            parts.append(organisation)
        }
        if judge.isAbsent { parts.append(book[CompetitionText.absent]) }
        return "\(judge.name) (\(parts.joined(separator: ", ")))"
    }

    /// The lines under a round's judges: that points are averaged, and the judges from a reader's own school.
    public func juryNotes(_ competition: Competition, round: Int) -> [String] {
        var lines: [String] = []
        let absent = competition.absentJudges(round: round)
        if !absent.isEmpty {
            let present = competition.round(round).judges.count - absent.count
            lines.append(
                book.format(CompetitionText.averaged, count: present, present, list(absent.map(\.name))))
        }
        for judge in competition.round(round).judges where !judge.isAbsent {
            lines += ownSchool(judge, in: competition, round: round)
        }
        if let rule = competition.format.overtimePenalty, !competition.round(round).overtimes.isEmpty {
            lines.append(book.format(CompetitionText.overtimeRule, count: rule.points, rule.points, rule.perSeconds))
        }
        return lines
    }

    /// "! Egen skole: Lene Ebbesen er fra Rønde Skole ligesom Alma, Clara og Storm." and the chair's note; empty
    /// when the judge judges no reader of the judge's school.
    public func ownSchool(_ judge: Judge, in competition: Competition, round: Int) -> [String] {
        let readers = competition.ownSchoolReaders(of: judge.id, round: round)
        guard let first = readers.first else { return [] }
        var lines = [
            book.format(
                CompetitionText.ownSchoolFlag, judge.name, first.school,
                list(readers.map { "\($0.firstName) (\($0.className))" }))
        ]
        if let accepted = judge.acceptedConflict {
            lines.append(book.format(CompetitionText.ownSchoolAccepted, dayText.long(accepted.on), accepted.note))
        }
        return lines
    }

    /// "Heat Rønde Skole – torsdag 18. februar 2027, Rønde Skole".
    public func heatHeading(_ heat: Heat) -> String {
        var text = book.format(CompetitionText.heatHeading, heat.name)
        if let day = heat.day { text += " – \(dayText.weekdayName(day.weekday)) \(dayText.long(day))" }
        if let venue = heat.venue { text += ", \(venue)" }
        return text
    }

    /// "Dommere: Lene Ebbesen (bibliotekar), …" for the jury of `heat`.
    public func heatJury(_ heat: Heat, in competition: Competition, round: Int) -> String {
        let judges = competition.round(round).judges.filter { heat.judgeIDs.contains($0.id) }
        let names = judges.map { judge($0, in: competition) }.joined(separator: ", ")
        return book.format(CompetitionText.heatJury, names.isEmpty ? book[CompetitionText.heatNoJury] : names)
    }

    /// The lines under a round's heading that present its heats: each heat's heading and jury.
    func heatLines(_ competition: Competition, round: Int) -> [(heading: String, jury: String)] {
        competition.round(round).heats.map {
            (heatHeading($0), heatJury($0, in: competition, round: round))
        }
    }

    /// "delt 5. plads" / "joint 5th place".
    public func jointPlacement(_ place: Int) -> String { book.format(CompetitionText.jointPlace, placement(place)) }

    public func round(_ round: RoundFormat) -> String {
        guard language == .english else { return round.name }
        switch round.stage {
        case .classHeat: return "Class heat"
        case .schoolHeat: return "School heat"
        case .districtHeat: return "District heat"
        case .semiFinal: return "Semi-final"
        case .final: return "Final"
        }
    }

    func criterion(_ criterion: Criterion) -> String {
        switch (criterion.id, language) {
        case ("technique", .english): return "Reading technique"
        case ("interpretation", .english): return "Interpretation"
        case ("passage", .english): return "Choice and understanding of the passage"
        default: return criterion.name
        }
    }

    /// A column heading of at most 9 characters.
    func criterionShort(_ criterion: Criterion) -> String {
        switch (criterion.id, language) {
        case ("technique", .danish): return "Teknik"
        case ("technique", .english): return "Technique"
        case ("interpretation", .danish): return "Fortolkn."
        case ("interpretation", .english): return "Interpr."
        case ("passage", .danish): return "Tekst"
        case ("passage", .english): return "Passage"
        default: return String(criterion.name.prefix(9))
        }
    }

    public func role(_ role: Judge.Role) -> String {
        switch role {
        case .storyteller: return book[CompetitionPrintText.storyteller]
        case .schoolConsultant: return book[CompetitionPrintText.schoolConsultant]
        case .librarian: return book[CompetitionPrintText.librarian]
        case .teacher: return book[CompetitionPrintText.teacher]
        case .other: return book[CompetitionPrintText.judge]
        }
    }

    /// "forberedt tekst, 3 min. (heraf højst 1 min. bogpræsentation)".
    public func reading(_ reading: Reading) -> String {
        let kind =
            reading.kind == .prepared ? book[CompetitionPrintText.preparedText] : book[CompetitionPrintText.unseenText]
        var text = "\(kind), \(duration(reading.limitSeconds))"
        if let intro = reading.introductionSeconds {
            text += book.format(CompetitionPrintText.introductionAtMost, duration(intro))
        }
        return text
    }

    public func duration(_ seconds: Int) -> String {
        if seconds % 60 == 0 { return book.format(CompetitionPrintText.minutes, seconds / 60) }
        return book.format(CompetitionPrintText.minutesAndSeconds, seconds / 60, seconds % 60)
    }

    /// "1. plads" / "1st place".
    public func placement(_ place: Int) -> String {
        guard language == .english else { return "\(place). plads" }
        let suffix: String
        switch (place % 10, place % 100) {
        case (1, let h) where h != 11: suffix = "st"
        case (2, let h) where h != 12: suffix = "nd"
        case (3, let h) where h != 13: suffix = "rd"
        default: suffix = "th"
        }
        return "\(place)\(suffix) place"
    }

    var readOffNeeded: String { book[CompetitionPrintText.readOffNeeded] }
    func decided(_ rule: CompetitionFormat.TieRule) -> String {
        rule == .readOff
            ? book[CompetitionPrintText.decidedByReadOff] : book[CompetitionPrintText.decidedByLot]
    }

    /// "går videre (omlæsning)": advances, after a tie decided by `rule`.
    func advancesAfter(_ rule: CompetitionFormat.TieRule) -> String {
        rule == .readOff
            ? book[CompetitionPrintText.advancesReadOff] : book[CompetitionPrintText.advancesLot]
    }

    /// "Ida, 5.a".
    public func reader(_ reader: Reader) -> String { "\(reader.firstName), \(reader.className)" }

    /// How much of a reader a sentence names.
    public enum ReaderDetail: CaseIterable, Sendable {
        /// "Noah (5.a, Hornslet Skole)".
        case classAndSchool
        /// "Noah (5.a)".
        case classOnly
        /// "Noah".
        case firstName
    }

    /// Readers for a sentence, each with class and school: "Noah (5.a, Hornslet Skole) og Alma (5.a, Rønde Skole)";
    /// with less when `detail` says so (a line that has no room for more).
    public func readers(
        _ ids: [Reader.ID], in competition: Competition, detail: ReaderDetail = .classAndSchool
    ) -> String {
        list(
            ids.map { id in
                guard let reader = competition.reader(id) else { return id.rawValue }
                switch detail {
                case .classAndSchool: return reader.label
                case .classOnly: return "\(reader.firstName) (\(reader.className))"
                case .firstName: return reader.firstName
                }
            })
    }

    /// `sentence` filled with the readers named as fully as fits in `width` characters (class and school, else the
    /// class, else first names only).
    public func sentence(
        naming ids: [Reader.ID], in competition: Competition, width: Int, _ sentence: (String) -> String
    ) -> String {
        for detail in ReaderDetail.allCases {
            let text = sentence(readers(ids, in: competition, detail: detail))
            if text.count <= width || detail == .firstName { return text }
        }
        return sentence(readers(ids, in: competition, detail: .firstName))
    }

    /// The heading of a round: "Finale – torsdag 18. marts 2027, Rønde Bibliotek".
    func roundHeading(_ competition: Competition, round: Int, event: Event) -> String {
        let state = competition.round(round)
        let day = state.day ?? (round == competition.format.rounds.count - 1 ? event.startsOn : nil)
        var text = self.round(competition.format.rounds[round])
        if let day { text += " – \(dayText.weekdayName(day.weekday)) \(dayText.long(day))" }
        if let venue = state.venue ?? (round == competition.format.rounds.count - 1 ? event.venue : nil) {
            text += ", \(venue)"
        }
        return text
    }
}

/// Fixed-width columns for plain-text printouts: cells are cut with "…" so that a line never passes its width.
struct FixedColumns {
    var widths: [Int]
    /// Columns aligned to the right (numbers).
    var right: Set<Int> = []

    func line(_ cells: [String]) -> String {
        var parts: [String] = []
        for (index, width) in widths.enumerated() {
            var cell = index < cells.count ? cells[index] : ""
            if cell.count > width { cell = String(cell.prefix(max(0, width - 1))) + "…" }
            let padding = String(repeating: " ", count: width - cell.count)
            parts.append(right.contains(index) ? padding + cell : cell + padding)
        }
        return String(parts.joined(separator: " ").reversed().drop { $0 == " " }.reversed())
    }
}

/// Text of at most `width` characters: cut with "…".
func fitted(_ text: String, _ width: Int) -> String {
    text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
}
