/// Where one item lent on a deposit is, as far as that deposit's record knows.
///
/// Worked out from the deposit's dates and its exceptions, which are only ever appended: the last of `.lost`,
/// `.stillAtPartner` and `.found` recorded for an item decides. `.damaged` is a mark on a returned item, not a place.
public enum DepositItemState: String, Sendable, Hashable, CaseIterable {
    /// Packed on a deposit that has not been sent yet.
    case notSent
    /// At the partner: the deposit is out, or the item was kept back when the rest came home.
    case atPartner
    /// Back at the library (including an item written off and found again).
    case returned
    /// Written off as lost and not found since.
    case lost
}

extension Deposit {
    /// Where the item `barcode` of this deposit is.
    public func state(of barcode: Item.ID) -> DepositItemState {
        var decided: Exception.Kind?
        for exception in exceptions where exception.barcode == barcode && exception.kind != .damaged {
            decided = exception.kind
        }
        return state(after: decided)
    }

    /// The state of every item lent on the deposit, in the order of `itemBarcodes`. Linear in items and exceptions.
    public var itemStates: [(barcode: Item.ID, state: DepositItemState)] {
        // Most deposits have no exception: then no barcode is looked up.
        guard exceptions.contains(where: { $0.kind != .damaged }) else {
            let state = state(after: nil)
            return itemBarcodes.map { ($0, state) }
        }
        var decided: [Item.ID: Exception.Kind] = [:]
        for exception in exceptions where exception.kind != .damaged { decided[exception.barcode] = exception.kind }
        return itemBarcodes.map { ($0, state(after: decided[$0])) }
    }

    /// The items in `state`, in the order they were lent.
    public func barcodes(in state: DepositItemState) -> [Item.ID] {
        itemStates.filter { $0.state == state }.map(\.barcode)
    }

    /// Items recorded damaged on this deposit, each once, in the order they were recorded.
    public var damagedBarcodes: [Item.ID] {
        var seen = Set<Item.ID>()
        return exceptions.filter { $0.kind == .damaged && seen.insert($0.barcode).inserted }.map(\.barcode)
    }

    /// Returned, but with items kept back at the partner (`Deposit.Exception.Kind.stillAtPartner`) that have not come
    /// home or been written off since.
    public var isPartlyReturned: Bool {
        // Most deposits have no book kept back: decided without working out every item's state.
        guard returnedOn != nil, exceptions.contains(where: { $0.kind == .stillAtPartner }) else { return false }
        return itemStates.contains { $0.state == .atPartner }
    }

    private func state(after kind: Exception.Kind?) -> DepositItemState {
        switch kind {
        case .lost: return .lost
        case .stillAtPartner: return .atPartner
        case .found: return .returned
        case .damaged, nil:
            if returnedOn != nil { return .returned }
            return dispatchedOn == nil ? .notSent : .atPartner
        }
    }
}
