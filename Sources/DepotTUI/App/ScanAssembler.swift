import DepotCore

/// Tells a barcode scanner from a person: a scanner types a burst of digits and Enter, each keystroke soon after
/// the last (up to `keyGap` milliseconds: slow Bluetooth scanners and desks over SSH pause 60–80 ms); a person
/// presses "2" to switch tabs and expects the tab at once.
///
/// So a digit on its own is acted on at once, *tentatively* (`Step.tentative`): the caller keeps the state from
/// before it. When a second digit follows within the gap, it was a scanner after all: the caller goes back to
/// that state (`Step.undo`) and the digits are collected until Enter, which makes them one `.scanned` input. A
/// burst that ends any other way (a pause, another key, Enter after fewer than `minimumLength` digits) is given
/// back as the keys it was. When the library's scanner sends a prefix character, everything after it up to the
/// suffix (or Enter) is the barcode, letters too.
///
/// The run loop reads keys with a timeout of `keyGap` while `isCollecting`, and feeds `nil` when it timed out.
public struct ScanAssembler: Sendable {
    /// What the caller does with the keys fed so far.
    public enum Step: Hashable, Sendable {
        /// Handle this input; it is final.
        case input(AppInput)
        /// Remember the state, then handle this key: it may turn out to be a scanner's first digit.
        case tentative(Key)
        /// Go back to the state remembered at the last `.tentative`: the key was a scanner's.
        case undo
    }

    /// A burst shorter than this is not a barcode (three quick digits and Enter are still keys).
    public static let minimumLength = 4

    /// How long to wait for the next key of a burst, in milliseconds.
    public let keyGap: Int
    public let prefix: Character?
    public let suffix: Character?

    private var pending: [Key] = []
    /// Whether the first pending digit was handed out as `.tentative` and not undone yet.
    private var firstIsActedOn = false
    /// Whether a prefix started the burst (the prefix itself is not in `pending`).
    private var afterPrefix = false
    /// Set when the caller could not undo the first digit: the rest of the burst is given back as keys.
    private var isPassingThrough = false

    public init(keyGap: Int = ScannerSettings.usualKeyGap, prefix: Character? = nil, suffix: Character? = nil) {
        self.keyGap = keyGap
        self.prefix = prefix
        self.suffix = suffix
    }

    /// The assembler the library's settings ask for.
    public init(settings: ScannerSettings?) {
        let settings = settings ?? ScannerSettings()
        self.init(keyGap: settings.keyGap, prefix: settings.prefix?.first, suffix: settings.suffix?.first)
    }

    public var isCollecting: Bool { !pending.isEmpty || afterPrefix || isPassingThrough }

    /// Tells the assembler that the tentative key changed what cannot be undone (it saved or printed): the keys
    /// that follow it are handed on as keys.
    public mutating func cannotUndo() {
        guard firstIsActedOn else { return }
        pending = []
        firstIsActedOn = false
        isPassingThrough = true
    }

    /// Feeds the next key, or nil when no key came within `keyGap`. Returns what to do now, in order.
    public mutating func feed(_ key: Key?) -> [Step] {
        guard let key else { return flush() }
        if isPassingThrough {
            if Self.isDigit(key) { return [.input(.key(key))] }
            isPassingThrough = false
        }
        if afterPrefix {
            if key == .enter || isSuffix(key) { return finish() }
            if case .character = key {
                pending.append(key)
                return []
            }
            return flush() + [.input(.key(key))]
        }
        if let prefix, key == .character(prefix) {
            let before = flush()
            afterPrefix = true
            return before
        }
        if Self.isDigit(key) {
            pending.append(key)
            if pending.count == 1 {
                firstIsActedOn = true
                return [.tentative(key)]
            }
            if firstIsActedOn {
                firstIsActedOn = false
                return [.undo]
            }
            return []
        }
        if key == .enter || isSuffix(key), pending.count >= Self.minimumLength {
            return finish()
        }
        return flush() + [.input(.key(key))]
    }

    private func isSuffix(_ key: Key) -> Bool {
        guard let suffix else { return false }
        return key == .character(suffix) || (suffix == "\t" && key == .tab)
    }

    private static func isDigit(_ key: Key) -> Bool {
        if case .character(let character) = key { return character.isASCII && character.isNumber }
        return false
    }

    private mutating func finish() -> [Step] {
        let code = String(
            pending.compactMap { key -> Character? in
                if case .character(let character) = key { return character }
                return nil
            })
        pending = []
        afterPrefix = false
        firstIsActedOn = false
        return code.isEmpty ? [] : [.input(.scanned(code))]
    }

    /// Gives back the keys collected so far, but the one already acted on.
    private mutating func flush() -> [Step] {
        defer {
            pending = []
            firstIsActedOn = false
            afterPrefix = false
            isPassingThrough = false
        }
        var keys = firstIsActedOn ? Array(pending.dropFirst()) : pending
        if afterPrefix, let prefix { keys.insert(.character(prefix), at: 0) }
        return keys.map { .input(.key($0)) }
    }
}
