/// A whole library in memory: settings and every record, each collection kept sorted by identifier.
public struct LibraryData: Hashable, Sendable {
    public var settings: LibrarySettings
    public var partners: [Partner]
    public var staff: [StaffMember]
    public var items: ItemCatalogue
    public var crates: [Crate]
    public var deposits: [Deposit]
    public var teams: [PartnershipTeam]
    public var events: [Event]
    /// Rotation plans, one per season (`plans/2027-28.json`), in season order.
    public var plans: [SeasonPlan]

    public init(
        settings: LibrarySettings, partners: [Partner] = [], staff: [StaffMember] = [], items: ItemCatalogue = [],
        crates: [Crate] = [], deposits: [Deposit] = [], teams: [PartnershipTeam] = [], events: [Event] = [],
        plans: [SeasonPlan] = []
    ) {
        self.settings = settings
        self.partners = partners
        self.staff = staff
        self.items = items
        self.crates = crates
        self.deposits = deposits
        self.teams = teams
        self.events = events
        self.plans = plans
    }

    /// The season file a deposit belongs to (fixed by the day it was created).
    public func season(of deposit: Deposit) -> Season { settings.season(containing: deposit.createdOn) }
}
