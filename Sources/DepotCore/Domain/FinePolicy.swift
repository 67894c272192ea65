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

    private enum CodingKeys: String, CodingKey {
        case mode, finePerOverdueDay, fineCap
    }

    /// Refuses a negative fine, a fine per day above 10,000 kr and a cap above 1,000,000 kr (`Limits`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        mode = try container.decode(Mode.self, forKey: .mode)
        finePerOverdueDay = try container.decode(
            Money.self, forKey: .finePerOverdueDay, from: .zero, to: Money(kroner: Limits.finePerDayKroner))
        fineCap = try container.decode(
            Money.self, forKey: .fineCap, from: .zero, to: Money(kroner: Limits.fineCapKroner))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mode, forKey: .mode)
        try container.encode(finePerOverdueDay, forKey: .finePerOverdueDay)
        try container.encode(fineCap, forKey: .fineCap)
    }

    /// Exempt, with the library's usual rates kept so that the waived amounts can be computed.
    public static func exempt(usualRates rates: FinePolicy) -> FinePolicy {
        FinePolicy(mode: .exempt, finePerOverdueDay: rates.finePerOverdueDay, fineCap: rates.fineCap)
    }
}
