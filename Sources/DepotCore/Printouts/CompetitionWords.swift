/// The words of the competition printouts, in Danish or English.
struct CompetitionWords {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    /// `da` in Danish, `en` in English.
    func pick(_ da: String, _ en: String) -> String { language == .danish ? da : en }

    var dayText: DayText { DayText(language) }

    func round(_ round: RoundFormat) -> String {
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

    func role(_ role: Judge.Role) -> String {
        switch role {
        case .storyteller: return pick("fortæller", "storyteller")
        case .schoolConsultant: return pick("skolekonsulent", "school consultant")
        case .librarian: return pick("bibliotekar", "librarian")
        case .teacher: return pick("lærer", "teacher")
        case .other: return pick("dommer", "judge")
        }
    }

    /// "forberedt tekst, 3 min. (heraf højst 1 min. bogpræsentation)".
    func reading(_ reading: Reading) -> String {
        let kind =
            reading.kind == .prepared ? pick("forberedt tekst", "prepared text") : pick("ukendt tekst", "unseen text")
        var text = "\(kind), \(duration(reading.limitSeconds))"
        if let intro = reading.introductionSeconds {
            text += pick(
                " (heraf højst \(duration(intro)) bogpræsentation)",
                " (at most \(duration(intro)) of book introduction)")
        }
        return text
    }

    func duration(_ seconds: Int) -> String {
        if seconds % 60 == 0 { return pick("\(seconds / 60) min.", "\(seconds / 60) min") }
        return pick("\(seconds / 60) min. \(seconds % 60) sek.", "\(seconds / 60) min \(seconds % 60) s")
    }

    /// "1. plads" / "1st place".
    func placement(_ place: Int) -> String {
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

    var readOffNeeded: String { pick("omlæsning nødvendig", "read-off needed") }
    func decided(_ rule: CompetitionFormat.TieRule) -> String {
        rule == .readOff
            ? pick("afgjort ved omlæsning", "decided by read-off") : pick("afgjort ved lod", "decided by lot")
    }

    /// "går videre (omlæsning)": advances, after a tie decided by `rule`.
    func advancesAfter(_ rule: CompetitionFormat.TieRule) -> String {
        rule == .readOff
            ? pick("går videre (omlæsning)", "advances (read-off)") : pick("går videre (lod)", "advances (lot)")
    }

    /// "Ida, 5.a".
    func reader(_ reader: Reader) -> String { "\(reader.firstName), \(reader.className)" }

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
