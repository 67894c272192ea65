/// The number for a new record's identifier (P026 after P025), from the numbers already in use.
public enum NextNumber {
    /// One more than the highest of `numbers` (1 when there are none). Identifiers come from files, so the highest
    /// may be `Int.max` ("R9223372036854775807"): then the lowest positive number not in use, instead of a trap.
    public static func after(_ numbers: [Int]) -> Int {
        let highest = numbers.max() ?? 0
        if highest < Int.max { return max(highest, 0) + 1 }
        let used = Set(numbers)
        var candidate = 1
        while used.contains(candidate) { candidate += 1 }
        return candidate
    }
}
