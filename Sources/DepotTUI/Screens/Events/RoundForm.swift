import DepotCore
import Foundation

/// The form of one round of a reading-aloud competition (`E` in the Events tab): the ready-made formats are starting
/// points, and the SKOFO group changes its copy here. Lists are typed on one line, as the organisers write them:
///
/// - readings: `forberedt 3:00 intro 1:00; ukendt 2:00` (the kind, the whole time allowed, and for a prepared
///   text the part of it for introducing the book);
/// - criteria: `Læseteknik 5; Fortolkning 5; Tekstvalg 5` (the name and the most points a judge can give).
///
/// Criteria cannot change once judges have given points in the round: the points refer to them.
enum RoundForm {
    private enum Field: Int, CaseIterable {
        case name, day, venue, readings, criteria, advancing, perSchool, tieRule
    }

    static func edit(_ event: Event, round: Int, _ context: AppContext) -> FormState? {
        guard let competition = event.competition, competition.format.rounds.indices.contains(round),
            competition.rounds.indices.contains(round)
        else { return nil }
        let strings = context.strings
        let format = competition.format.rounds[round]
        let held = competition.rounds[round]
        let isLast = round == competition.format.rounds.count - 1
        let yesNo = [strings[EventsText.answerNo], strings[EventsText.answerYes]]
        let tieRules = CompetitionFormat.TieRule.allCases.map { strings.tieRule($0) }
        let fields = Field.allCases.map { field -> FormField in
            switch field {
            case .name:
                return FormField(strings[EventsText.fieldRoundName], format.name) {
                    $0.isEmpty ? strings[.fieldRequired] : nil
                }
            case .day:
                return FormField(strings[EventsText.fieldDate], held.day?.description ?? "") { text in
                    text.isEmpty || DayInput.parse(text, today: context.today).isSuccess ? nil : strings[.fieldDate]
                }
            case .venue:
                return FormField(strings[EventsText.fieldVenue], held.venue ?? "")
            case .readings:
                return FormField(
                    strings[EventsText.fieldReadings], readingsText(format.readings, strings),
                    hint: strings[EventsText.hintReadings]
                ) { text in
                    if case .failure(let problem) = readings(text) { return problem.message(strings) }
                    return nil
                }
            case .criteria:
                return FormField(
                    strings[EventsText.fieldCriteria],
                    format.criteria.map { "\($0.name) \($0.maxPoints)" }.joined(separator: "; "),
                    hint: strings[EventsText.hintCriteria]
                ) { text in
                    if case .failure(let problem) = criteria(text, keeping: format.criteria) {
                        return problem.message(strings)
                    }
                    return nil
                }
            case .advancing:
                return FormField(strings[EventsText.fieldAdvancing], format.advancing.map(String.init) ?? "") { text in
                    if isLast { return text.isEmpty ? nil : strings[EventsText.lastRoundAdvances] }
                    return (Int(text).map { $0 > 0 && Limits.advancing.contains($0) } ?? false)
                        ? nil : strings[EventsText.advancingNeeded]
                }
            case .perSchool:
                return FormField(
                    strings[EventsText.fieldPerSchool], yesNo[format.perSchool ? 1 : 0], kind: .choice(yesNo))
            case .tieRule:
                return FormField(
                    strings[EventsText.fieldTieRule], strings.tieRule(competition.format.tieRule),
                    kind: .choice(tieRules))
            }
        }
        let eventID = event.id
        let title = strings.format(EventsText.formEditRound, round + 1, format.name)
        return FormState(title: title, fields: fields) { values in
            func value(_ field: Field) -> String { values[field.rawValue] }
            func failure(_ field: Field, _ message: String) -> Result<Change, FormState.FieldFailure> {
                .failure(.init(field: field.rawValue, message: message))
            }
            var updatedFormat = competition.format
            var updatedRound = format
            updatedRound.name = value(.name)
            switch readings(value(.readings)) {
            case .success(let parsed): updatedRound.readings = parsed
            case .failure(let problem): return failure(.readings, problem.message(strings))
            }
            switch criteria(value(.criteria), keeping: format.criteria) {
            case .success(let parsed): updatedRound.criteria = parsed
            case .failure(let problem): return failure(.criteria, problem.message(strings))
            }
            if held.hasScores, updatedRound.criteria != format.criteria {
                return failure(.criteria, strings[EventsText.criteriaScored])
            }
            updatedRound.advancing = isLast ? nil : Int(value(.advancing))
            updatedRound.perSchool = value(.perSchool) == yesNo[1]
            updatedFormat.rounds[round] = updatedRound
            updatedFormat.tieRule = CompetitionFormat.TieRule.allCases[tieRules.firstIndex(of: value(.tieRule)) ?? 0]
            if let problem = updatedFormat.problems.first { return failure(.name, problem) }
            var day: Day?
            if !value(.day).isEmpty {
                guard case .success(let parsed) = DayInput.parse(value(.day), today: context.today) else {
                    return failure(.day, strings[.fieldDate])
                }
                day = parsed
            }
            let venue = value(.venue).isEmpty ? nil : value(.venue)
            let saved = updatedFormat
            let change = Change(
                summary: strings.format(EventsText.savedRound, updatedRound.name), files: [.events]
            ) { data in
                guard let index = data.events.firstIndex(where: { $0.id == eventID }),
                    data.events[index].competition?.rounds.indices.contains(round) == true
                else { return }
                data.events[index].competition?.format = saved
                data.events[index].competition?.rounds[round].day = day
                data.events[index].competition?.rounds[round].venue = venue
            }
            return .success(change)
        }
    }

    /// Why a line of readings or criteria was not understood.
    enum Problem: Error, Equatable {
        case reading(String)
        case criterion(String)

        func message(_ strings: Strings) -> String {
            switch self {
            case .reading(let text): return strings.format(EventsText.readingUnknown, text)
            case .criterion(let text): return strings.format(EventsText.criterionUnknown, text)
            }
        }
    }

    /// "forberedt 3:00 intro 1:00; ukendt 2:00", in the screen's language.
    static func readingsText(_ readings: [Reading], _ strings: Strings) -> String {
        readings.map { reading in
            let kind = strings[reading.kind == .prepared ? EventsText.readingPrepared : EventsText.readingUnseen]
            var text = "\(kind) \(clock(reading.limitSeconds))"
            if let intro = reading.introductionSeconds { text += " intro \(clock(intro))" }
            return text
        }.joined(separator: "; ")
    }

    /// Readings separated by semicolons; the kind is Danish or English, times are minutes or minutes:seconds.
    static func readings(_ text: String) -> Result<[Reading], Problem> {
        var parsed: [Reading] = []
        for part in text.split(separator: ";") {
            let words = part.split(separator: " ").map { $0.lowercased() }
            guard !words.isEmpty else { continue }
            let kinds: [String: Reading.Kind] = [
                "forberedt": .prepared, "prepared": .prepared, "ukendt": .unseen, "unseen": .unseen,
            ]
            guard let kind = kinds[words[0]], words.count == 2 || (words.count == 4 && words[2] == "intro"),
                let limit = seconds(words[1])
            else { return .failure(.reading(part.trimmingCharacters(in: .whitespaces))) }
            var intro: Int?
            if words.count == 4 {
                guard let given = seconds(words[3]) else {
                    return .failure(.reading(part.trimmingCharacters(in: .whitespaces)))
                }
                intro = given
            }
            parsed.append(Reading(kind: kind, limitSeconds: limit, introductionSeconds: intro))
        }
        return .success(parsed)
    }

    /// Criteria separated by semicolons: a name and the most points. A name kept keeps its id, so the points given
    /// for it still count; a new one gets an id made from its name.
    static func criteria(_ text: String, keeping old: [Criterion]) -> Result<[Criterion], Problem> {
        var parsed: [Criterion] = []
        for part in text.split(separator: ";") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard let space = trimmed.lastIndex(of: " "), let most = Int(trimmed[trimmed.index(after: space)...]),
                Limits.points.contains(most)
            else { return .failure(.criterion(trimmed)) }
            let name = trimmed[..<space].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return .failure(.criterion(trimmed)) }
            let id = old.first { $0.name == name }?.id ?? criterionID(name, taken: parsed.map(\.id) + old.map(\.id))
            parsed.append(Criterion(id: id, name: name, maxPoints: most))
        }
        return .success(parsed)
    }

    private static func criterionID(_ name: String, taken: [String]) -> String {
        Slug.unique(name, separator: "", fallback: "criterion", taken: Set(taken))
    }

    /// "3", "3:00", "2:30" as seconds; nil beyond an hour (`Limits.readingSeconds`), which a file may not hold.
    static func seconds(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard (1...2).contains(parts.count), let minutes = Int(parts[0]), (0...60).contains(minutes) else { return nil }
        var total = minutes * 60
        if parts.count == 2 {
            guard parts[1].count == 2, let rest = Int(parts[1]), (0..<60).contains(rest) else { return nil }
            total += rest
        }
        return Limits.readingSeconds.contains(total) ? total : nil
    }

    private static func clock(_ seconds: Int) -> String {
        "\(seconds / 60):" + String(format: "%02d", seconds % 60)
    }
}
