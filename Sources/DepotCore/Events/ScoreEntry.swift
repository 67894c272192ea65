extension Competition {
    /// Enters `points` from `judge` for `reader` on `criterion` in round `round` (an index into `format.rounds`).
    ///
    /// The points must lie in the criterion's range. Changing a score already entered is a correction: it is kept
    /// in the sheet's log with who made it, when, and the old and new points, which is returned.
    @discardableResult
    public mutating func enter(
        _ points: Int, reader: Reader.ID, criterion: String, judge: Judge.ID, round: Int, by staff: StaffMember.ID?,
        on day: Day
    ) throws(ScoreError) -> ScoreCorrection? {
        guard format.rounds.indices.contains(round) else { throw .unknownRound(number: round + 1) }
        padRounds()
        let roundFormat = format.rounds[round]
        let roundName = roundFormat.name
        guard rounds[round].judges.contains(where: { $0.id == judge }) else {
            throw .unknownJudge(judge: judge.rawValue, round: roundName)
        }
        if let record = rounds[round].judges.first(where: { $0.id == judge }), record.isAbsent {
            throw .judgeAbsent(judge: record.name, round: roundName)
        }
        guard let readerRecord = self.reader(reader) else { throw .unknownReader(reader: reader.rawValue) }
        guard rounds[round].readerIDs.contains(reader) else {
            throw .readerNotInRound(reader: readerRecord.label, round: roundName)
        }
        guard jury(of: reader, round: round).contains(where: { $0.id == judge }) else {
            throw .notOnJury(
                judge: rounds[round].judges.first { $0.id == judge }?.name ?? judge.rawValue,
                reader: readerRecord.label)
        }
        guard let criterionRecord = roundFormat.criteria.first(where: { $0.id == criterion }) else {
            throw .unknownCriterion(criterion: criterion, round: roundName)
        }
        guard criterionRecord.range.contains(points) else {
            throw .outOfRange(
                reader: readerRecord.label, criterion: criterionRecord.name, points: points,
                range: criterionRecord.range)
        }

        var sheetIndex = rounds[round].sheets.firstIndex { $0.judgeID == judge }
        if sheetIndex == nil {
            rounds[round].sheets.append(ScoreSheet(judgeID: judge))
            sheetIndex = rounds[round].sheets.count - 1
        }
        let s = sheetIndex!
        if let i = rounds[round].sheets[s].scores.firstIndex(where: {
            $0.readerID == reader && $0.criterionID == criterion
        }) {
            let old = rounds[round].sheets[s].scores[i].points
            guard old != points else { return nil }
            rounds[round].sheets[s].scores[i].points = points
            let correction = ScoreCorrection(
                readerID: reader, criterionID: criterion, oldPoints: old, newPoints: points, by: staff, on: day)
            rounds[round].sheets[s].corrections.append(correction)
            return correction
        }
        rounds[round].sheets[s].scores.append(Score(readerID: reader, criterionID: criterion, points: points))
        return nil
    }
}

extension Competition {
    /// Takes back the points `judge` gave `reader` on `criterion` in round `round`, as when a score was typed in the
    /// wrong row. A score that was entered is kept in the sheet's log as a correction to nothing, which is returned;
    /// clearing an empty cell changes nothing and returns `nil`.
    @discardableResult
    public mutating func clearScore(
        reader: Reader.ID, criterion: String, judge: Judge.ID, round: Int, by staff: StaffMember.ID?, on day: Day
    ) throws(ScoreError) -> ScoreCorrection? {
        guard format.rounds.indices.contains(round) else { throw .unknownRound(number: round + 1) }
        padRounds()
        let roundFormat = format.rounds[round]
        guard rounds[round].judges.contains(where: { $0.id == judge }) else {
            throw .unknownJudge(judge: judge.rawValue, round: roundFormat.name)
        }
        guard self.reader(reader) != nil else { throw .unknownReader(reader: reader.rawValue) }
        guard roundFormat.criteria.contains(where: { $0.id == criterion }) else {
            throw .unknownCriterion(criterion: criterion, round: roundFormat.name)
        }
        guard let s = rounds[round].sheets.firstIndex(where: { $0.judgeID == judge }),
            let i = rounds[round].sheets[s].scores.firstIndex(where: {
                $0.readerID == reader && $0.criterionID == criterion
            })
        else { return nil }
        let old = rounds[round].sheets[s].scores.remove(at: i).points
        let correction = ScoreCorrection(
            readerID: reader, criterionID: criterion, oldPoints: old, newPoints: nil, by: staff, on: day)
        rounds[round].sheets[s].corrections.append(correction)
        return correction
    }
}
