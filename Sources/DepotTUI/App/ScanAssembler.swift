/// Tells a barcode scanner from a person: a scanner types a burst of digits and Enter within milliseconds, a
/// person presses "2" to switch tabs. Digits that arrive quickly one after another and end with Enter become one
/// `.scanned` input; anything else is given back as the keys it was.
///
/// The run loop reads keys with a short timeout while `isCollecting`, and feeds `nil` when it timed out.
public struct ScanAssembler: Sendable {
    /// How long to wait for the next key of a burst, in milliseconds.
    public static let burstGap = 40
    /// A burst shorter than this is not a barcode (two quick digits are still two keys).
    public static let minimumLength = 4

    private var pending: [Key] = []

    public init() {}

    public var isCollecting: Bool { !pending.isEmpty }

    /// Feeds the next key, or nil when no key came within `burstGap`. Returns the inputs that are now complete.
    public mutating func feed(_ key: Key?) -> [AppInput] {
        guard let key else { return flush() }
        if case .character(let character) = key, character.isASCII, character.isNumber {
            pending.append(key)
            return []
        }
        if key == .enter, pending.count >= ScanAssembler.minimumLength {
            let code = String(
                pending.compactMap { key -> Character? in
                    if case .character(let character) = key { return character }
                    return nil
                })
            pending = []
            return [.scanned(code)]
        }
        return flush() + [.key(key)]
    }

    private mutating func flush() -> [AppInput] {
        defer { pending = [] }
        return pending.map { .key($0) }
    }
}
