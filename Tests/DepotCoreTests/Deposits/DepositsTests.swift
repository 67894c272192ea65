import Testing

/// The rules of desk work (`Sources/DepotCore/Deposits`). Each file of this folder adds a nested suite, so that
/// `swift test --filter Deposits` runs them all.
@Suite struct DepositsTests {}
