/// Finds a partner as a librarian names one: by id (`P005`), by full name, or by a part of the name that only one
/// partner has ("solsik"); see `NamedRecordSearch`.
public enum PartnerLookup {
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case none(String)
        case ambiguous(String, [String])

        public var description: String {
            switch self {
            case .none(let text):
                return "no partner is called \(TerminalSafe.quote(text)) or has that id"
            case .ambiguous(let text, let names):
                let shown = names.prefix(8).joined(separator: "; ")
                return
                    "\(TerminalSafe.quote(text)) matches \(names.count) partners (\(shown)\(names.count > 8 ? "; ..." : "")); "
                    + "give more of the name, or the id"
            }
        }
    }

    public static func find(_ text: String, in partners: [Partner]) -> Result<Partner, Failure> {
        let wanted = text.trimmingSpaces
        switch NamedRecordSearch.find(
            wanted, in: partners, id: \.id.rawValue, name: \.name, isCurrent: { _ in true })
        {
        case .found(let partner): return .success(partner)
        case .none: return .failure(.none(wanted))
        case .ambiguous(let partners): return .failure(.ambiguous(wanted, partners.map { "\($0.id) \($0.name)" }))
        }
    }
}
