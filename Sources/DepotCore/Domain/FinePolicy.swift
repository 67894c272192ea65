/// Whether a partner pays fines and replacement charges.
///
/// Kindergartens are exempt: nothing is charged, but the fine that would have been due and the value of lost items
/// are recorded as waived. Exemption is a policy per partner (some municipalities do charge), not a law of nature.
public struct FinePolicy: Hashable, Codable, Sendable {
    public enum Mode: String, Codable, Sendable {
        /// Nothing is charged; what would have been charged is recorded as waived.
        case exempt
        /// Fines per overdue day up to a cap, and lost items at their price.
        case charged
    }

    public var mode: Mode
    /// The fine for each day past the due date.
    public var finePerOverdueDay: Money
    /// The most a single deposit is fined for lateness.
    public var fineCap: Money

    public init(mode: Mode, finePerOverdueDay: Money, fineCap: Money) {
        self.mode = mode
        self.finePerOverdueDay = finePerOverdueDay
        self.fineCap = fineCap
    }

    /// Exempt, with the library's usual rates kept so that the waived amounts can be computed.
    public static func exempt(usualRates rates: FinePolicy) -> FinePolicy {
        FinePolicy(mode: .exempt, finePerOverdueDay: rates.finePerOverdueDay, fineCap: rates.fineCap)
    }
}
