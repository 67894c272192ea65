/// A cell of the plan while it is being planned: one visit of one partner, first given a day (`VisitScheduler`),
/// then crates (`CrateAssigner`).
struct PlanSlot: Sendable {
    let participant: Int
    var kind: PlannedVisit.Kind
    let timing: PlannedVisit.Timing
    let target: Day
    /// Nil when no day could be found, or when the visit was dropped (nothing to pick up and no crate to leave).
    var day: Day?
    /// Position in the request's pins.
    let pin: Int?
    /// Crates the day was booked for: those expected at the partner and those to leave.
    var pickupEstimate: Int
    var leaveEstimate: Int
    /// The last day the visit may move to: before the partner's next pin and its end.
    let latest: Day
    var postponedFrom: Day?
    /// Why the visit has no day.
    var failure: UnplannedReason?
    var pickUp: [Int] = []
    var leave: [Int] = []
    /// Bands wanted but not found, with the reason for each.
    var shortages: [(band: AgeBand, missing: Int, reason: UnplannedReason)] = []
    var dropped = false

    init(
        participant: Int, kind: PlannedVisit.Kind, timing: PlannedVisit.Timing, target: Day, pin: Int?,
        pickupEstimate: Int, leaveEstimate: Int, latest: Day
    ) {
        self.participant = participant
        self.kind = kind
        self.timing = timing
        self.target = target
        self.pin = pin
        self.pickupEstimate = pickupEstimate
        self.leaveEstimate = leaveEstimate
        self.latest = latest
    }
}
