/// What the teams and events refer to beyond their team and partners: the staff who own tasks and sign notes, the
/// schools readers come from, and, inside a competition, the readers and judges its rounds name.
///
/// Team members and coordinators, event teams and event partners are checked in `LibraryCheck` itself.
public enum EventReferences {
    public static func problems(
        in data: LibraryData, staffIDs: Set<StaffMember.ID>, partnerIDs: Set<Partner.ID>
    ) -> [Problem] {
        var problems: [Problem] = []
        let schools = Set(data.partners.filter { $0.kind == .school }.map(\.id))
        for team in data.teams {
            var sentences: [CheckSentence] = []
            checkWork(tasks: team.tasks, log: team.log, staffIDs: staffIDs) { sentences.append($0) }
            problems += sentences.map { Problem(file: StoreFile.teams.relativePath, recordID: team.id.rawValue, $0) }
        }
        for event in data.events {
            var sentences: [CheckSentence] = []
            checkWork(tasks: event.tasks, log: event.log, staffIDs: staffIDs) { sentences.append($0) }
            for attendee in event.meeting?.attendeeIDs ?? [] where !staffIDs.contains(attendee) {
                sentences.append(CheckSentence(.attendeeMissing, [attendee]))
            }
            if let competition = event.competition {
                checkCompetition(competition, partnerIDs: partnerIDs, schools: schools, staffIDs: staffIDs) {
                    sentences.append($0)
                }
            }
            problems += sentences.map { Problem(file: StoreFile.events.relativePath, recordID: event.id.rawValue, $0) }
        }
        return problems
    }

    private typealias Report = (CheckSentence) -> Void

    private static func checkWork(tasks: [EventTask], log: [LogNote], staffIDs: Set<StaffMember.ID>, report: Report) {
        for (index, task) in tasks.enumerated() where !staffIDs.contains(task.ownerID) {
            report(CheckSentence(.taskOwnerMissing, [index + 1, task.title, task.ownerID]))
        }
        for note in log {
            if let author = note.authorID, !staffIDs.contains(author) {
                report(CheckSentence(.noteAuthorMissing, [note.on, author]))
            }
        }
    }

    private static func checkCompetition(
        _ competition: Competition, partnerIDs: Set<Partner.ID>, schools: Set<Partner.ID>,
        staffIDs: Set<StaffMember.ID>, report: Report
    ) {
        var readerIDs = Set<Reader.ID>()
        for reader in competition.readers {
            if !readerIDs.insert(reader.id).inserted { report(CheckSentence(.readerTwice, [reader.id])) }
            guard let school = reader.schoolID else { continue }
            if !partnerIDs.contains(school) {
                report(CheckSentence(.readerSchoolMissing, [reader.id, school]))
            } else if !schools.contains(school) {
                report(CheckSentence(.readerSchoolNotSchool, [reader.id, school]))
            }
        }
        for (index, round) in competition.rounds.enumerated() {
            // The round's name is put in each sentence about it, in the same language.
            let name =
                competition.format.rounds.indices.contains(index)
                ? CheckSentence(.roundNamed, [index + 1, competition.format.rounds[index].name])
                : CheckSentence(.roundNumber, [index + 1])
            func about(_ key: CheckText, _ values: CustomStringConvertible...) -> CheckSentence {
                CheckSentence(key, [name] + values)
            }
            if !competition.format.rounds.indices.contains(index) {
                report(about(.roundNotInFormat))
            }
            for reader in round.readerIDs where !readerIDs.contains(reader) {
                report(about(.roundReaderMissing, reader))
            }
            let judges = Set(round.judges.map(\.id))
            var inHeat = Set<Reader.ID>()
            for heat in round.heats {
                for judge in heat.judgeIDs where !judges.contains(judge) {
                    report(about(.heatJudgeMissing, heat.id, judge))
                }
                for reader in heat.readerIDs where !inHeat.insert(reader).inserted {
                    report(about(.readerInTwoHeats, reader))
                }
            }
            for sheet in round.sheets {
                if !judges.contains(sheet.judgeID) {
                    report(about(.sheetJudgeMissing, sheet.judgeID))
                }
                for reader in Set(sheet.scores.map(\.readerID)).sorted() where !round.readerIDs.contains(reader) {
                    report(about(.scoredReaderNotInRound, sheet.judgeID, reader))
                }
                for correction in sheet.corrections {
                    if let by = correction.by, !staffIDs.contains(by) {
                        report(about(.correctionByMissing, correction.on, by))
                    }
                }
            }
        }
    }
}
