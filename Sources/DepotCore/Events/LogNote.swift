/// A dated, signed note in the log of a team or an event: any member may add one, all can read them.
public struct LogNote: Hashable, Codable, Sendable {
    public var on: Day
    /// The member who wrote it; `nil` for a note Depot wrote itself (such as the record of a purge).
    public var authorID: StaffMember.ID?
    public var text: String

    public init(on: Day, authorID: StaffMember.ID?, text: String) {
        self.on = on
        self.authorID = authorID
        self.text = text
    }
}
