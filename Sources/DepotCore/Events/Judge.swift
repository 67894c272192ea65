import Foundation

/// A judge in one round: a storyteller, a school consultant, a librarian. A record with the judge's role and where
/// the judge comes from (a school of the competition, or another organisation), so that a judge from a reader's own
/// school is noticed.
public struct Judge: Hashable, Codable, Sendable, Identifiable {
    public typealias ID = Identifier<Judge>

    public enum Role: String, Codable, CaseIterable, Sendable {
        case storyteller, schoolConsultant, librarian, teacher, other

        /// The role named `text`: its code (`storyteller`) or its word in either language (`fortæller`).
        public static func named(_ text: String) -> Role? {
            let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
            return allCases.first { role in
                role.rawValue.lowercased() == wanted
                    || Language.allCases.contains { CompetitionWords($0).role(role).lowercased() == wanted }
            }
        }
    }

    /// The chair's decision to let a judge from a reader's own school judge all the same.
    public struct AcceptedConflict: Hashable, Codable, Sendable {
        public var note: String
        public var by: StaffMember.ID?
        public var on: Day

        public init(note: String, by: StaffMember.ID?, on: Day) {
            self.note = note
            self.by = by
            self.on = on
        }
    }

    public var id: ID
    public var name: String
    public var role: Role
    /// The school of the competition the judge comes from (its librarian, a teacher there).
    public var schoolID: School.ID?
    /// Where the judge comes from when it is not a school of the competition: "Syddjurs Bibliotek".
    public var organisation: String?
    /// The day the judge was recorded absent: the judge's sheet is left out of the round.
    public var absentOn: Day?
    /// Set when the chair let the judge judge readers of the judge's own school.
    public var acceptedConflict: AcceptedConflict?

    public init(
        id: ID, name: String, role: Role, schoolID: School.ID? = nil, organisation: String? = nil,
        absentOn: Day? = nil, acceptedConflict: AcceptedConflict? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.schoolID = schoolID
        self.organisation = organisation
        self.absentOn = absentOn
        self.acceptedConflict = acceptedConflict
    }

    public var isAbsent: Bool { absentOn != nil }
}

/// Why a judge could not be added, marked absent or accepted.
public enum JudgeError: Error, Hashable, Sendable {
    case emptyName
    case unknownRound(number: Int)
    /// No school of the competition has that name; `known` lists the schools there are.
    case unknownSchool(name: String, known: [String])
    case unknownJudge(String)
    case alreadyAbsent(judge: String)
    /// The judge has no reader of the judge's own school in the round.
    case noConflict(judge: String)
    case emptyNote
}

extension Competition {
    /// Adds a judge to round `round` (an index into the format's rounds), to the jury of heat `heat`, from `school` (a school of the competition,
    /// by name) or `organisation`, and returns the judge (id J1, J2... in that round).
    @discardableResult
    public mutating func addJudge(
        name: String, role: Judge.Role, round: Int, school: String? = nil, organisation: String? = nil,
        heat: Heat.ID? = nil
    ) throws(JudgeError) -> Judge {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .emptyName }
        guard format.rounds.indices.contains(round) else { throw .unknownRound(number: round + 1) }
        var schoolID: School.ID?
        if let school, !school.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let known = self.school(named: school) else {
                throw .unknownSchool(name: school, known: schools.map(\.name))
            }
            schoolID = known.id
        }
        padRounds()
        let number = NextNumber.after(
            rounds[round].judges.compactMap { Int($0.id.rawValue.drop(while: { !$0.isNumber })) })
        let organisation = organisation?.trimmingCharacters(in: .whitespaces)
        let judge = Judge(
            id: Judge.ID("J\(number)"), name: name, role: role, schoolID: schoolID,
            organisation: organisation?.isEmpty == false ? organisation : nil)
        rounds[round].judges.append(judge)
        // Into the heat named, or the only one; in a round of several heats a judge of none judges no one yet.
        if let index = rounds[round].heats.firstIndex(where: { $0.id == heat })
            ?? (rounds[round].heats.count == 1 ? 0 : nil)
        {
            rounds[round].heats[index].judgeIDs.append(judge.id)
        }
        return judge
    }

    /// The judge `id` of round `round`.
    public func judge(_ id: Judge.ID, round: Int) -> Judge? { self.round(round).judges.first { $0.id == id } }

    /// The readers of round `round` the judge judges who come from the judge's own school, in running order
    /// (withdrawn readers left out); empty for a judge from no school of the competition.
    public func ownSchoolReaders(of judge: Judge.ID, round: Int) -> [Reader] {
        guard let record = self.judge(judge, round: round), let schoolID = record.schoolID,
            let school = schools.first(where: { $0.id == schoolID })
        else { return [] }
        let wanted = school.name.lowercased()
        return readers(judgedBy: judge, round: round).compactMap { reader($0) }
            .filter { !$0.isWithdrawn && $0.school.lowercased() == wanted }
    }

    /// The judge judges readers of the judge's own school and the chair has not accepted it.
    public func hasOpenConflict(_ judge: Judge.ID, round: Int) -> Bool {
        self.judge(judge, round: round)?.acceptedConflict == nil && !ownSchoolReaders(of: judge, round: round).isEmpty
    }

    /// Records the judge absent from round `round` on `day`: the judge's sheet is left out, and a reader's total is
    /// the average over the judges present.
    public mutating func markAbsent(_ judge: Judge.ID, round: Int, on day: Day) throws(JudgeError) {
        guard format.rounds.indices.contains(round) else { throw .unknownRound(number: round + 1) }
        padRounds()
        guard let index = rounds[round].judges.firstIndex(where: { $0.id == judge }) else {
            throw .unknownJudge(judge.rawValue)
        }
        guard rounds[round].judges[index].absentOn == nil else {
            throw .alreadyAbsent(judge: rounds[round].judges[index].name)
        }
        rounds[round].judges[index].absentOn = day
    }

    /// The chair lets a judge from a reader's own school judge all the same, with a note why.
    public mutating func acceptConflict(
        _ judge: Judge.ID, round: Int, note: String, by staff: StaffMember.ID?, on day: Day
    ) throws(JudgeError) {
        guard format.rounds.indices.contains(round) else { throw .unknownRound(number: round + 1) }
        padRounds()
        guard let index = rounds[round].judges.firstIndex(where: { $0.id == judge }) else {
            throw .unknownJudge(judge.rawValue)
        }
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else { throw .emptyNote }
        guard !ownSchoolReaders(of: judge, round: round).isEmpty else {
            throw .noConflict(judge: rounds[round].judges[index].name)
        }
        rounds[round].judges[index].acceptedConflict = Judge.AcceptedConflict(note: note, by: staff, on: day)
    }
}
