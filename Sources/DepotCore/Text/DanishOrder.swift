import Foundation

/// Orders names as a Danish reader expects: case and accents do not matter, and Æ, Ø, Å come after Z in that order
/// ("Aabenraa" is filed under Å, as in the Danish alphabet). Swift's own `<` compares code points, which puts
/// Å before Æ and lowercase after uppercase.
public struct DanishSortKey: Comparable, Hashable, Sendable {
    private let weights: [UInt32]

    public init(_ text: String) {
        var weights: [UInt32] = []
        weights.reserveCapacity(text.unicodeScalars.count)
        var previousWasA = false
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "æ", "ä":
                weights.append(DanishSortKey.afterZ + 1)
            case "ø", "ö":
                weights.append(DanishSortKey.afterZ + 2)
            case "å":
                weights.append(DanishSortKey.afterZ + 3)
            case "a" where previousWasA && weights.last == UInt32(Character("a").asciiValue!):
                // "aa" is the old spelling of å.
                weights[weights.count - 1] = DanishSortKey.afterZ + 3
                previousWasA = false
                continue
            default:
                let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
                weights.append(base.value)
            }
            previousWasA = scalar == "a"
        }
        self.weights = weights
    }

    private static let afterZ = UInt32(Character("z").asciiValue!)

    public static func < (lhs: DanishSortKey, rhs: DanishSortKey) -> Bool {
        lhs.weights.lexicographicallyPrecedes(rhs.weights)
    }
}
