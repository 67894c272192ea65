import Foundation

extension CompetitionResults {
    /// The results as plain values for `depot competition results --format json` (see docs/json-output.md): every
    /// key in every object, `null` where a value does not apply.
    public static func json(event: Event, competition: Competition, round: Int?) -> [String: Any?] {
        func value(_ optional: Any?) -> Any { optional ?? NSNull() }
        let rounds = Self.rounds(competition, round: round).map { index -> [String: Any] in
            let state = competition.round(index)
            let advancing = Set((try? competition.advancers(round: index)) ?? [])
            let nextReaders = Set(competition.round(index + 1).readerIDs)
            let judges = state.judges.map { judge -> [String: Any] in
                [
                    "id": judge.id.rawValue, "name": judge.name, "role": judge.role.rawValue,
                    "school": value(judge.schoolID.flatMap { id in competition.schools.first { $0.id == id }?.name }),
                    "organisation": value(judge.organisation), "absentOn": value(judge.absentOn?.description),
                    "ownSchoolReaders": competition.ownSchoolReaders(of: judge.id, round: index).map(\.id.rawValue),
                    "conflictAccepted": value(judge.acceptedConflict?.note),
                ]
            }
            let heats = state.heats.map { heat -> [String: Any] in
                [
                    "id": heat.id.rawValue, "name": heat.name, "day": value(heat.day?.description),
                    "venue": value(heat.venue), "judges": heat.judgeIDs.map(\.rawValue),
                    "readers": heat.readerIDs.map(\.rawValue),
                ]
            }
            let ranking = competition.ranking(round: index).map { entry -> [String: Any] in
                let reader = competition.reader(entry.readerID)
                let tie: (String, [Reader.ID]) = {
                    switch entry.tie {
                    case .none: return ("none", [])
                    case .readOffNeeded(let others): return ("readOffNeeded", others)
                    case .shared(let others): return ("shared", others)
                    case .decided(let rule): return (rule.rawValue, [])
                    }
                }()
                return [
                    "reader": entry.readerID.rawValue, "firstName": value(reader?.firstName),
                    "className": value(reader?.className), "school": value(reader?.school),
                    "heat": value(state.heat(of: entry.readerID)?.id.rawValue), "group": value(entry.group),
                    "points": entry.score.points, "judgesPresent": entry.score.judges,
                    "penalty": entry.score.penalty, "averaged": entry.score.averaged, "score": entry.score.value,
                    "place": entry.place, "complete": entry.isComplete, "tie": tie.0,
                    "tiedWith": tie.1.map(\.rawValue), "advances": advancing.contains(entry.readerID),
                    "advanced": nextReaders.contains(entry.readerID),
                ]
            }
            return [
                "round": index + 1, "name": competition.format.rounds[index].name,
                "day": value(state.day?.description), "venue": value(state.venue),
                "averaged": competition.isAveraged(round: index), "judges": judges, "heats": heats,
                "withdrawn": state.readerIDs.filter { competition.reader($0)?.isWithdrawn == true }.map(\.rawValue),
                "ranking": ranking,
            ]
        }
        return ["event": event.id.rawValue, "title": event.title, "rounds": rounds]
    }
}
