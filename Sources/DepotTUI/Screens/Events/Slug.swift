import DepotCore

/// A readable identifier made from a name, as the forms give a new team ("laeselyst-i-roende") or a new criterion
/// ("indlevelse").
enum Slug {
    /// The name's letters and digits folded to ASCII (æ → ae, ø → oe, å → aa, é → e), its words joined by
    /// `separator`, or `fallback` when nothing is left; numbered 2, 3, … (after `separator`) until not in `taken`.
    static func unique(_ name: String, separator: String, fallback: String, taken: Set<String>) -> String {
        let folded = String(decoding: SearchText(name).bytes, as: UTF8.self)
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let base = words.isEmpty ? fallback : words.joined(separator: separator)
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(base)\(separator)\(number)"
            number += 1
        }
        return candidate
    }
}
