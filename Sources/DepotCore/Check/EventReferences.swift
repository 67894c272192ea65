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
            var messages: [String] = []
            checkWork(tasks: team.tasks, log: team.log, staffIDs: staffIDs) { messages.append($0) }
            problems += messages.map {
                Problem(file: StoreFile.teams.relativePath, recordID: team.id.rawValue, message: $0)
            }
        }
        for event in data.events {
            var messages: [String] = []
            checkWork(tasks: event.tasks, log: event.log, staffIDs: staffIDs) { messages.append($0) }
            if let competition = event.competition {
                checkCompetition(competition, partnerIDs: partnerIDs, schools: schools, staffIDs: staffIDs) {
                    messages.append($0)
                }
            }
            problems += messages.map {
                Problem(file: StoreFile.events.relativePath, recordID: event.id.rawValue, message: $0)
            }
        }
        return problems
    }

    private typealias Report = (String) -> Void

    private static func checkWork(tasks: [EventTask], log: [LogNote], staffIDs: Set<StaffMember.ID>, report: Report) {
        for (index, task) in tasks.enumerated() where !staffIDs.contains(task.ownerID) {
            report("task \(index + 1) (\(task.title)) is owned by \(task.ownerID), who is not in staff.json")
        }
        for note in log {
            if let author = note.authorID, !staffIDs.contains(author) {
                report("the note of \(note.on) is signed by \(author), who is not in staff.json")
            }
        }
    }

    private static func checkCompetition(
        _ competition: Competition, partnerIDs: Set<Partner.ID>, schools: Set<Partner.ID>,
        staffIDs: Set<StaffMember.ID>, report: Report
    ) {
        var readerIDs = Set<Reader.ID>()
        for reader in competition.readers {
            if !readerIDs.insert(reader.id).inserted { report("reader \(reader.id) is listed twice") }
            guard let school = reader.schoolID else { continue }
            if !partnerIDs.contains(school) {
                report("reader \(reader.id) comes from school \(school), which is not in partners.json")
            } else if !schools.contains(school) {
                report("reader \(reader.id) comes from \(school), which is not a school in partners.json")
            }
        }
        for (index, round) in competition.rounds.enumerated() {
            let name =
                competition.format.rounds.indices.contains(index)
                ? "round \(index + 1) (\(competition.format.rounds[index].name))" : "round \(index + 1)"
            if !competition.format.rounds.indices.contains(index) {
                report("\(name) is not in the competition's format")
            }
            for reader in round.readerIDs where !readerIDs.contains(reader) {
                report("\(name) lists reader \(reader), who is not among the competition's readers")
            }
            let judges = Set(round.judges.map(\.id))
            var inHeat = Set<Reader.ID>()
            for heat in round.heats {
                for judge in heat.judgeIDs where !judges.contains(judge) {
                    report("\(name): heat \(heat.id) names judge \(judge), who is not a judge of the round")
                }
                for reader in heat.readerIDs where !inHeat.insert(reader).inserted {
                    report("\(name): reader \(reader) is in more than one heat")
                }
            }
            for sheet in round.sheets {
                if !judges.contains(sheet.judgeID) {
                    report("\(name) has a score sheet of judge \(sheet.judgeID), who is not a judge of the round")
                }
                for reader in Set(sheet.scores.map(\.readerID)).sorted() where !round.readerIDs.contains(reader) {
                    report("\(name): judge \(sheet.judgeID) scored reader \(reader), who does not read in the round")
                }
                for correction in sheet.corrections {
                    if let by = correction.by, !staffIDs.contains(by) {
                        report("\(name): a correction on \(correction.on) was made by \(by), who is not in staff.json")
                    }
                }
            }
        }
    }
}
