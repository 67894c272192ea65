/// Finds a partner as a librarian names one on the command line: by id (`P005`), by full name, or by a part of the
/// name that only one partner has ("solsik"). Case, accents and the two spellings of æ, ø, å do not matter.
public enum PartnerLookup {
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case none(String)
        case ambiguous(String, [String])

        public var description: String {
            switch self {
            case .none(let text):
                return "no partner is called \"\(text)\" or has that id"
            case .ambiguous(let text, let names):
                let shown = names.prefix(8).joined(separator: "; ")
                return "\"\(text)\" matches \(names.count) partners (\(shown)\(names.count > 8 ? "; ..." : "")); "
                    + "give more of the name, or the id"
            }
        }
    }

    public static func find(_ text: String, in partners: [Partner]) -> Result<Partner, Failure> {
        let wanted = text.trimmingSpaces
        if let partner = partners.first(where: { $0.id.rawValue == wanted }) { return .success(partner) }
        if let partner = partners.first(where: { $0.id.rawValue.lowercased() == wanted.lowercased() }) {
            return .success(partner)
        }
        let needle = SearchText(wanted)
        let exact = partners.filter { SearchText($0.name) == needle }
        if exact.count == 1 { return .success(exact[0]) }
        let containing = exact.isEmpty ? partners.filter { SearchText($0.name).contains(needle) } : exact
        switch containing.count {
        case 0: return .failure(.none(wanted))
        case 1: return .success(containing[0])
        default: return .failure(.ambiguous(wanted, containing.map { "\($0.id) \($0.name)" }))
        }
    }
}
