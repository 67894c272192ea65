/// Something a team member has promised to do for an event or a team, by a day.
public struct EventTask: Hashable, Codable, Sendable {
    public var title: String
    /// Who does it.
    public var ownerID: StaffMember.ID
    public var dueOn: Day
    /// The day it was done; `nil` while it is still open.
    public var doneOn: Day?

    public init(title: String, ownerID: StaffMember.ID, dueOn: Day, doneOn: Day? = nil) {
        self.title = title
        self.ownerID = ownerID
        self.dueOn = dueOn
        self.doneOn = doneOn
    }

    public var isDone: Bool { doneOn != nil }

    /// Done, and no later than its due day.
    public var isDoneOnTime: Bool {
        guard let doneOn else { return false }
        return doneOn <= dueOn
    }

    /// Still open after its due day.
    public func isOverdue(on today: Day) -> Bool { doneOn == nil && dueOn < today }
}
