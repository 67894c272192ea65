/// Who a crate or a partner's children are for. Crates are colour-coded by age band, as on the shelf.
public enum AgeBand: String, Codable, CaseIterable, Sendable, Comparable {
    /// 0–3 years: board books, red crates.
    case toddlers = "0-3"
    /// 3–6 years: picture books, green crates.
    case preschool = "3-6"
    /// School children (grades 0–6): blue crates.
    case school

    /// The crate colour used on labels and on screen.
    public var colour: CrateColour {
        switch self {
        case .toddlers: return .red
        case .preschool: return .green
        case .school: return .blue
        }
    }

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The colour painted on a crate for its age band.
public enum CrateColour: String, Codable, Sendable {
    case red, green, blue
}
