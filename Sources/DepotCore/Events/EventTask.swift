/// Something a team member has promised to do for an event or a team, by a day.
public struct EventTask: Hashable, Codable, Sendable {
    /// One thing done to a task, with who did it and when: the task's history.
    public struct Step: Hashable, Codable, Sendable {
        public enum Action: String, Codable, CaseIterable, Sendable {
            case added, done, reopened, changed, deleted
        }

        public var action: Action
        public var on: Day
        /// The staff member at the desk; `nil` when Depot did not know who it was.
        public var by: StaffMember.ID?

        public init(_ action: Action, on: Day, by: StaffMember.ID?) {
            self.action = action
            self.on = on
            self.by = by
        }
    }

    public var title: String
    /// Who does it.
    public var ownerID: StaffMember.ID
    public var dueOn: Day
    /// The day it was done; `nil` while it is still open.
    public var doneOn: Day?
    /// Who added, ticked off, opened again, changed or deleted it, and when; oldest first.
    public var history: [Step]

    public init(title: String, ownerID: StaffMember.ID, dueOn: Day, doneOn: Day? = nil, history: [Step] = []) {
        self.title = title
        self.ownerID = ownerID
        self.dueOn = dueOn
        self.doneOn = doneOn
        self.history = history
    }

    private enum CodingKeys: String, CodingKey {
        case title, ownerID, dueOn, doneOn, history
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        ownerID = try c.decode(StaffMember.ID.self, forKey: .ownerID)
        dueOn = try c.decode(Day.self, forKey: .dueOn)
        doneOn = try c.decodeIfPresent(Day.self, forKey: .doneOn)
        history = try c.decodeIfPresent([Step].self, forKey: .history) ?? []
    }

    /// Writes `history` only when there is one, so files from before it load and save unchanged.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(ownerID, forKey: .ownerID)
        try c.encode(dueOn, forKey: .dueOn)
        try c.encodeIfPresent(doneOn, forKey: .doneOn)
        if !history.isEmpty { try c.encode(history, forKey: .history) }
    }

    public var isDone: Bool { doneOn != nil }

    /// Done, and no later than its due day.
    public var isDoneOnTime: Bool {
        guard let doneOn else { return false }
        return doneOn <= dueOn
    }

    /// Still open after its due day.
    public func isOverdue(on today: Day) -> Bool { doneOn == nil && dueOn < today }

    /// Still open and due from `today` to `days` days after it.
    public func isDueSoon(on today: Day, within days: Int) -> Bool {
        doneOn == nil && dueOn >= today && today.days(until: dueOn) <= days
    }
}
