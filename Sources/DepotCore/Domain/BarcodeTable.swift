/// A table keyed by an item's barcode, for the look-ups over the whole catalogue that every load and every screen
/// refresh makes: is this book in the catalogue, where does it stand, which crate is it packed in.
///
/// A `Dictionary` keyed by `Item.ID` hashes the barcode's text with SipHash on every look-up; a city library's load
/// made about half a million of them, a quarter of its check. Nearly every barcode is a run of digits, so this table
/// keeps such a barcode as the number it spells, in open addressing with a multiplicative hash: reading the digits
/// is the whole cost. A barcode is kept as a number only when the number gives its text back exactly (1 to 18 digits,
/// no leading zero), so two different barcodes never share a key; any other barcode ("B-17", "00123") goes to an
/// ordinary dictionary beside the numbers.
public struct BarcodeTable<Value> {
    /// The number each slot holds, or `empty`.
    private var keys: [UInt64]
    private var values: [Value?]
    private var others: [Item.ID: Value] = [:]
    /// The numbered barcodes with a value.
    private var numbered = 0
    /// The slots holding a number, with a value or removed: a removed barcode keeps its slot (a look-up goes on past
    /// it) until the table grows, so this decides when it grows.
    private var taken = 0
    /// How far a key's product is shifted to give a slot: 64 minus the log of the slot count.
    private var shift: UInt64

    private static var empty: UInt64 { .max }

    public init(minimumCapacity: Int = 0) {
        var slots = 16
        while slots < minimumCapacity * 2 { slots *= 2 }
        keys = Array(repeating: Self.empty, count: slots)
        values = Array(repeating: nil, count: slots)
        shift = UInt64(64 - slots.trailingZeroBitCount)
    }

    public var count: Int { numbered + others.count }
    public var isEmpty: Bool { count == 0 }

    /// The number `barcode` spells, when that number gives the barcode back: 1 to 18 ASCII digits without a leading
    /// zero. Nil for any other barcode.
    @inline(__always)
    static func number(_ barcode: Item.ID) -> UInt64? {
        let text = barcode.rawValue
        // "007" spells 7 as "7" does: only the barcode without a leading zero is kept as the number.
        guard text.utf8.first != 0x30 || text.utf8.count == 1 else { return nil }
        return ItemCatalogue.numericKey(text)
    }

    @inline(__always)
    private func slot(of key: UInt64) -> (index: Int, found: Bool) {
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let held = keys[index]
            if held == key { return (index, true) }
            if held == Self.empty { return (index, false) }
            index = (index + 1) & mask
        }
    }

    /// The value of `barcode`; setting nil removes it, as with a dictionary.
    public subscript(barcode: Item.ID) -> Value? {
        get {
            guard let key = Self.number(barcode) else { return others[barcode] }
            let (index, found) = slot(of: key)
            return found ? values[index] : nil
        }
        set {
            if let newValue { updateValue(newValue, forKey: barcode) } else { removeValue(forKey: barcode) }
        }
    }

    public func contains(_ barcode: Item.ID) -> Bool {
        guard let key = Self.number(barcode) else { return others[barcode] != nil }
        let (index, found) = slot(of: key)
        return found && values[index] != nil
    }

    /// Removes `barcode` and gives back the value it had.
    @discardableResult
    public mutating func removeValue(forKey barcode: Item.ID) -> Value? {
        guard let key = Self.number(barcode) else { return others.removeValue(forKey: barcode) }
        let (index, found) = slot(of: key)
        guard found, let old = values[index] else { return nil }
        values[index] = nil
        numbered -= 1
        return old
    }

    /// Sets `barcode`'s value to `value` and gives back the value it had, as `Dictionary.updateValue` does.
    @discardableResult
    public mutating func updateValue(_ value: Value, forKey barcode: Item.ID) -> Value? {
        guard let key = Self.number(barcode) else { return others.updateValue(value, forKey: barcode) }
        let (index, found) = slot(of: key)
        if found {
            let old = values[index]
            values[index] = value
            if old == nil { numbered += 1 }
            return old
        }
        keys[index] = key
        values[index] = value
        numbered += 1
        taken += 1
        if taken * 2 > keys.count { grow() }
        return nil
    }

    /// Adds `barcode` with `value` unless it is there already; whether it was added.
    @discardableResult
    public mutating func insert(_ barcode: Item.ID, _ value: Value) -> Bool {
        guard let key = Self.number(barcode) else {
            guard others[barcode] == nil else { return false }
            others[barcode] = value
            return true
        }
        let (index, found) = slot(of: key)
        if found {
            guard values[index] == nil else { return false }
            values[index] = value
            numbered += 1
            return true
        }
        keys[index] = key
        values[index] = value
        numbered += 1
        taken += 1
        if taken * 2 > keys.count { grow() }
        return true
    }

    private mutating func grow() {
        var larger = BarcodeTable(minimumCapacity: keys.count)
        // Removed barcodes are left behind.
        for index in keys.indices where keys[index] != Self.empty && values[index] != nil {
            let (slot, _) = larger.slot(of: keys[index])
            larger.keys[slot] = keys[index]
            larger.values[slot] = values[index]
        }
        larger.numbered = numbered
        larger.taken = numbered
        larger.others = others
        self = larger
    }
}

extension BarcodeTable: Sendable where Value: Sendable {}

extension BarcodeTable: Equatable where Value: Equatable {
    /// The same barcodes with the same values, however the slots lie.
    public static func == (lhs: BarcodeTable, rhs: BarcodeTable) -> Bool {
        guard lhs.numbered == rhs.numbered, lhs.others == rhs.others else { return false }
        for index in lhs.keys.indices where lhs.keys[index] != empty && lhs.values[index] != nil {
            let (slot, found) = rhs.slot(of: lhs.keys[index])
            guard found, rhs.values[slot] == lhs.values[index] else { return false }
        }
        return true
    }
}

extension BarcodeTable where Value == Void {
    /// Adds `barcode`; whether it was not there before.
    @discardableResult
    public mutating func insert(_ barcode: Item.ID) -> Bool { insert(barcode, ()) }
}

/// A set of barcodes, as fast to ask as `BarcodeTable`.
public typealias BarcodeSet = BarcodeTable<Void>
