import DepotCore

/// What the scoring overlays share: finding the competition of an event, turning a changed copy of it into a change
/// to save, and the short names of readers, judges and criteria.
enum Scoring {
    /// The event with `eventID` and its competition, when both exist.
    static func competition(_ eventID: Event.ID, _ context: AppContext) -> (event: Event, competition: Competition)? {
        guard let event = context.data.events.first(where: { $0.id == eventID }),
            let competition = event.competition
        else { return nil }
        return (event, competition)
    }

    /// A change that puts `competition` into the event `eventID`; only `events.json` is written. A `log` line is
    /// written to the event's log, dated today and signed by the staff member at the desk (as the commands do).
    static func change(
        _ eventID: Event.ID, to competition: Competition, summary: String, log: String? = nil,
        _ context: AppContext? = nil
    ) -> Change {
        let note = log.flatMap { text in context.map { LogNote(on: $0.today, authorID: $0.deskStaffID, text: text) } }
        return Change(summary: summary, files: [.events]) { data in
            guard let index = data.events.firstIndex(where: { $0.id == eventID }) else { return }
            data.events[index].competition = competition
            if let note { data.events[index].log.append(note) }
        }
    }

    /// "Alma, 5.a".
    static func reader(_ id: Reader.ID, in competition: Competition) -> String {
        guard let reader = competition.reader(id) else { return id.rawValue }
        return "\(reader.firstName), \(reader.className)"
    }

    /// Readers by first name for a sentence: "Alma og Noah" / "Alma and Noah".
    static func names(_ ids: [Reader.ID], in competition: Competition, _ strings: Strings) -> String {
        let names = ids.map { competition.reader($0)?.firstName ?? $0.rawValue }
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " \(strings[ScoringText.and]) " + names.last!
    }

    static func role(_ role: Judge.Role, _ strings: Strings) -> String {
        switch role {
        case .storyteller: return strings[ScoringText.roleStoryteller]
        case .schoolConsultant: return strings[ScoringText.roleSchoolConsultant]
        case .librarian: return strings[ScoringText.roleLibrarian]
        case .teacher: return strings[ScoringText.roleTeacher]
        case .other: return strings[ScoringText.roleOther]
        }
    }

    /// The round's name; the ready-made rounds in English by their stage.
    static func roundName(_ round: RoundFormat, _ strings: Strings) -> String {
        guard strings.language == .english else { return round.name }
        switch round.stage {
        case .classHeat: return strings[ScoringText.stageClassHeat]
        case .schoolHeat: return strings[ScoringText.stageSchoolHeat]
        case .districtHeat: return strings[ScoringText.stageDistrictHeat]
        case .semiFinal: return strings[ScoringText.stageSemiFinal]
        case .final: return strings[ScoringText.stageFinal]
        }
    }

    /// The criterion's full name: the organisers' own, or the ready-made criteria in the screen's language.
    static func criterionName(_ criterion: Criterion, _ strings: Strings) -> String {
        switch criterion.id {
        case Criterion.technique.id: return strings[ScoringText.criterionTechnique]
        case Criterion.interpretation.id: return strings[ScoringText.criterionInterpretation]
        case Criterion.passage.id: return strings[ScoringText.criterionPassage]
        default: return criterion.name
        }
    }

    /// A column heading of at most `width` columns for the criterion.
    static func criterionHeading(_ criterion: Criterion, width: Int, _ strings: Strings) -> String {
        let short: String
        switch criterion.id {
        case Criterion.technique.id: short = strings[ScoringText.criterionTechniqueShort]
        case Criterion.interpretation.id: short = strings[ScoringText.criterionInterpretationShort]
        case Criterion.passage.id: short = strings[ScoringText.criterionPassageShort]
        default: short = criterion.name
        }
        return truncate(short, toWidth: width)
    }

    /// The points `judge` gave `reader` in the round, summed over the criteria; `nil` when none are entered.
    static func judgeTotal(_ judge: Judge.ID, reader: Reader.ID, in state: CompetitionRound) -> Int? {
        let scores = state.sheet(of: judge)?.scores.filter { $0.readerID == reader } ?? []
        return scores.isEmpty ? nil : scores.reduce(0) { $0 + $1.points }
    }

    /// Whether any judge has given `reader` points in the round; places and totals show only then.
    static func isScored(_ reader: Reader.ID, in state: CompetitionRound) -> Bool {
        state.sheets.contains { sheet in sheet.scores.contains { $0.readerID == reader } }
    }
}
