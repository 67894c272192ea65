/// Forgetting the children: after the retention period (`LibrarySettings.readerRetention` months after a
/// competition's final) readers' first names are replaced by "Oplæser 1", "Oplæser 2"... Classes, schools, books,
/// scores and counts stay, for statistics. The purge is written in the event's log.
public enum Purge {
    /// One competition whose readers' names are due to be removed.
    public struct Candidate: Hashable, Sendable {
        public var eventID: Event.ID
        public var title: String
        /// The day of the final (the last round).
        public var finalOn: Day
        /// The first day the names may no longer be kept.
        public var purgeFrom: Day
        public var readerCount: Int
    }

    /// The competitions whose readers' names are past the retention period on `today` and not yet removed.
    public static func plan(_ data: LibraryData, _ today: Day) -> [Candidate] {
        let months = max(0, data.settings.readerRetention)
        return data.events.compactMap { event in
            guard let competition = event.competition, competition.anonymisedOn == nil,
                !competition.readers.isEmpty
            else { return nil }
            let finalOn = competition.finalDay(eventDay: event.endsOn ?? event.startsOn)
            let purgeFrom = finalOn.adding(months: months)
            guard purgeFrom <= today else { return nil }
            return Candidate(
                eventID: event.id, title: event.title, finalOn: finalOn, purgeFrom: purgeFrom,
                readerCount: competition.readers.count)
        }
    }

    /// The anonymous label of the reader at `index` (from 0) in a competition: "Oplæser 1".
    public static func label(_ index: Int) -> String { "Oplæser \(index + 1)" }

    /// Replaces the names of the readers in `plan` by anonymous labels and logs it on each event, signed by
    /// `staff` (or by Depot when `nil`). Returns the files to save: `[.events]`, or none when the plan is empty.
    @discardableResult
    public static func apply(
        _ plan: [Candidate], to data: inout LibraryData, today: Day, by staff: StaffMember.ID? = nil
    ) -> Set<StoreFile> {
        var changed = false
        for candidate in plan {
            guard let e = data.events.firstIndex(where: { $0.id == candidate.eventID }),
                var competition = data.events[e].competition, competition.anonymisedOn == nil
            else { continue }
            for index in competition.readers.indices {
                competition.readers[index].firstName = label(index)
            }
            competition.anonymisedOn = today
            data.events[e].competition = competition
            let text = noteText(candidate, readers: competition.readers.count, months: data.settings.readerRetention)
            data.events[e].log.append(LogNote(on: today, authorID: staff, text: text))
            changed = true
        }
        return changed ? [.events] : []
    }

    /// The log note of a purge: "Oplæsernes fornavne er slettet efter 12 måneder (finalen var 2027-03-18): 16
    /// oplæsere hedder nu Oplæser 1–Oplæser 16. …". `Purge.run` adds what else it removed.
    static func noteText(_ candidate: Candidate, readers count: Int, months: Int) -> String {
        "Oplæsernes fornavne er slettet efter \(months) måneder (finalen var \(candidate.finalOn)): "
            + "\(count) oplæsere hedder nu \(label(0))–\(label(count - 1)). Klasser, skoler, point og antal er bevaret."
    }
}
