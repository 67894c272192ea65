extension Desk {
    /// Refuses a partner that takes no deposits: a prospect (not a partner yet), a declined or a paused one. An
    /// ended partnership is refused by its `endedOn`, by the caller, as before.
    static func requireTakingDeposits(_ partner: Partner) throws(DeskError) {
        guard partner.takesDeposits else {
            throw .partnerNotActive(name: partner.name, state: partner.partnershipState)
        }
    }
}
