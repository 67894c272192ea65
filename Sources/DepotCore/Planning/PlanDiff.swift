/// What changed in a draft against the published version, partner by partner: the days that went, the days that
/// came, and the visits kept whose crates changed. A partner whose days changed needs a new exchange-dates letter.
public struct PlanDiff: Hashable, Sendable {
    public struct PartnerChanges: Hashable, Sendable {
        public var partnerID: Partner.ID
        public var partnerName: String
        /// Published days no longer in the draft, and draft days not published.
        public var removed: [Day]
        public var added: [Day]
        /// Days in both whose crates left changed.
        public var cratesChanged: [Day]

        /// Its days changed: the letter it has is wrong.
        public var needsNewLetter: Bool { !removed.isEmpty || !added.isEmpty }
    }

    public var partners: [PartnerChanges]
    /// Published visits (from `from` on) and how many of their days the draft no longer has.
    public var publishedVisits: Int
    public var publishedDaysMoved: Int

    /// The changes from `published` to `draft`, for the visits on or after `from` (earlier ones cannot change).
    public init(published: Plan, draft: Plan, names: [Partner.ID: String], from: Day? = nil) {
        let start = from ?? Day.minimum
        func byPartner(_ plan: Plan) -> [Partner.ID: [Day: PlannedVisit]] {
            var result: [Partner.ID: [Day: PlannedVisit]] = [:]
            for visit in plan.visits where visit.day >= start {
                result[visit.partnerID, default: [:]][visit.day] = visit
            }
            return result
        }
        let old = byPartner(published)
        let new = byPartner(draft)
        var partners: [PartnerChanges] = []
        var moved = 0
        for id in Set(old.keys).union(new.keys).sorted() {
            let before = old[id] ?? [:]
            let after = new[id] ?? [:]
            let removed = before.keys.filter { after[$0] == nil }.sorted()
            let added = after.keys.filter { before[$0] == nil }.sorted()
            let changed = before.keys.filter { day in after[day].map { $0.leave != before[day]!.leave } ?? false }
                .sorted()
            moved += removed.count
            guard !removed.isEmpty || !added.isEmpty || !changed.isEmpty else { continue }
            partners.append(
                PartnerChanges(
                    partnerID: id, partnerName: names[id] ?? id.rawValue, removed: removed, added: added,
                    cratesChanged: changed))
        }
        self.partners = partners
        publishedVisits = published.visits.filter { $0.day >= start }.count
        publishedDaysMoved = moved
    }

    /// Only these partners' changes (counts left at 0): to list part of a diff.
    public init(partners: [PartnerChanges]) {
        self.partners = partners
        publishedVisits = 0
        publishedDaysMoved = 0
    }

    /// The partners that need a new letter.
    public var needingNewLetters: [PartnerChanges] { partners.filter(\.needsNewLetter) }

    /// The list as text, one partner a line, then the count of letters.
    public func text(_ language: Language) -> String {
        let danish = language == .danish
        var lines = lines(language)
        let letters = needingNewLetters.count
        lines.append(
            danish
                ? "\(letters) institution\(letters == 1 ? "" : "er") skal have et nyt brev; \(publishedDaysMoved) af "
                    + "\(publishedVisits) offentliggjorte datoer er flyttet."
                : "\(letters) partner\(letters == 1 ? " needs" : "s need") a new letter; \(publishedDaysMoved) of "
                    + "\(publishedVisits) published dates moved.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per partner: "Børnehaven Skovmusen (P004): udgår tir 17.8.; nye ons 18.8.".
    public func lines(_ language: Language) -> [String] {
        let words = PlanWords(language)
        var lines: [String] = []
        for partner in partners {
            var parts: [String] = []
            if !partner.removed.isEmpty {
                parts.append(
                    (language.said(.removed)) + partner.removed.map { words.short($0) }.joined(separator: ", "))
            }
            if !partner.added.isEmpty {
                parts.append((language.said(.new)) + partner.added.map { words.short($0) }.joined(separator: ", "))
            }
            if !partner.cratesChanged.isEmpty {
                parts.append(
                    (language.said(.otherCrates))
                        + partner.cratesChanged.map { words.short($0) }.joined(separator: ", "))
            }
            lines.append("\(partner.partnerName) (\(partner.partnerID)): " + parts.joined(separator: "; "))
        }
        return lines
    }
}

/// The texts of `PlanDiff` in the language files.
public enum PlanDiffText: String, TextCatalogue {
    case removed
    case new
    case otherCrates
}

extension Language {
    fileprivate func said(_ key: PlanDiffText, _ arguments: CustomStringConvertible...) -> String {
        TextBook(self).filled(key, arguments)
    }
}
