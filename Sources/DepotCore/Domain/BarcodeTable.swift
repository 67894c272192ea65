#if canImport(Glibc)
    import Glibc
#endif

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
    /// A number and its value side by side, so that a look-up reads one place in memory: at four times a city's
    /// catalogue the table no longer fits the processor's caches, and each separate array was a miss of its own.
    fileprivate struct Slot {
        /// The number the slot holds, or `empty`.
        var key: UInt64
        /// Nil for a removed barcode.
        var value: Value?
    }

    private var slots: [Slot]
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
        var count = 16
        while count < minimumCapacity * 2 { count *= 2 }
        slots = Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            LargeMemory.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            buffer.initialize(repeating: Slot(key: Self.empty, value: nil))
            initialized = count
        }
        shift = UInt64(64 - count.trailingZeroBitCount)
    }

    public var count: Int { numbered + others.count }
    public var isEmpty: Bool { count == 0 }

    /// The number `barcode` spells, when that number gives the barcode back: 1 to 18 ASCII digits without a leading
    /// zero. Nil for any other barcode.
    @inline(__always)
    static func number(_ barcode: Item.ID) -> UInt64? {
        barcode.rawValue.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            // "007" spells 7 as "7" does: only the barcode without a leading zero is kept as the number.
            guard bytes.count == 1 || bytes.first != 0x30 else { return nil }
            return Digits.value(bytes)
        } ?? nil
    }

    @inline(__always)
    private func slot(of key: UInt64) -> (index: Int, found: Bool) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let held = slots[index].key
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
            return found ? slots[index].value : nil
        }
        set {
            if let newValue { updateValue(newValue, forKey: barcode) } else { removeValue(forKey: barcode) }
        }
    }

    public func contains(_ barcode: Item.ID) -> Bool {
        guard let key = Self.number(barcode) else { return others[barcode] != nil }
        let (index, found) = slot(of: key)
        return found && slots[index].value != nil
    }

    /// Removes `barcode`, if it is there. Quicker than `removeValue` where the value is not wanted: the value it
    /// had is not copied out (a quarter of a million removals make the city's whereabouts).
    public mutating func remove(_ barcode: Item.ID) {
        guard let key = Self.number(barcode) else {
            others[barcode] = nil
            return
        }
        let (index, found) = slot(of: key)
        guard found, case .some = slots[index].value else { return }
        slots[index].value = nil
        numbered -= 1
    }

    /// Removes `barcode` and gives back the value it had.
    @discardableResult
    public mutating func removeValue(forKey barcode: Item.ID) -> Value? {
        guard let key = Self.number(barcode) else { return others.removeValue(forKey: barcode) }
        let (index, found) = slot(of: key)
        guard found, let old = slots[index].value else { return nil }
        slots[index].value = nil
        numbered -= 1
        return old
    }

    /// Sets `barcode`'s value to `value` and gives back the value it had, as `Dictionary.updateValue` does.
    @discardableResult
    public mutating func updateValue(_ value: Value, forKey barcode: Item.ID) -> Value? {
        guard let key = Self.number(barcode) else { return others.updateValue(value, forKey: barcode) }
        let (index, found) = slot(of: key)
        if found {
            let old = slots[index].value
            slots[index].value = value
            if old == nil { numbered += 1 }
            return old
        }
        slots[index].key = key
        slots[index].value = value
        numbered += 1
        taken += 1
        if taken * 2 > slots.count { grow() }
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
            guard slots[index].value == nil else { return false }
            slots[index].value = value
            numbered += 1
            return true
        }
        slots[index].key = key
        slots[index].value = value
        numbered += 1
        taken += 1
        if taken * 2 > slots.count { grow() }
        return true
    }

    private mutating func grow() {
        var larger = BarcodeTable(minimumCapacity: slots.count)
        // Removed barcodes are left behind.
        for index in slots.indices where slots[index].key != Self.empty && slots[index].value != nil {
            let (slot, _) = larger.slot(of: slots[index].key)
            larger.slots[slot] = slots[index]
        }
        larger.numbered = numbered
        larger.taken = numbered
        larger.others = others
        self = larger
    }
}

extension BarcodeTable: Sendable where Value: Sendable {}

extension BarcodeTable.Slot: Sendable where Value: Sendable {}

extension BarcodeTable: Equatable where Value: Equatable {
    /// The same barcodes with the same values, however the slots lie.
    public static func == (lhs: BarcodeTable, rhs: BarcodeTable) -> Bool {
        guard lhs.numbered == rhs.numbered, lhs.others == rhs.others else { return false }
        for index in lhs.slots.indices where lhs.slots[index].key != empty && lhs.slots[index].value != nil {
            let (slot, found) = rhs.slot(of: lhs.slots[index].key)
            guard found, rhs.slots[slot].value == lhs.slots[index].value else { return false }
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

/// Reading a run of ASCII digits as a number, eight at a time: every load and screen refresh reads a city's quarter
/// of a million lent barcodes so, and a digit at a time was 150 instructions for a 13-digit barcode.
enum Digits {
    /// The value of 1 to 18 ASCII digits (leading zeros allowed); nil for anything else.
    @inline(__always)
    static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let count = bytes.count
        guard count >= 1, count <= 18, let base = bytes.baseAddress else { return nil }
        guard count >= 8 else {
            var value: UInt64 = 0
            for byte in bytes {
                let digit = byte &- 0x30
                guard digit < 10 else { return nil }
                value = value &* 10 &+ UInt64(digit)
            }
            return value
        }
        let raw = UnsafeRawPointer(base)
        var value: UInt64 = 0
        var at = 0
        while count - at >= 8 {
            guard let eight = eight(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)))
            else { return nil }
            value = value &* 100_000_000 &+ eight
            at += 8
        }
        let rest = count - at
        guard rest > 0 else { return value }
        // The last eight bytes, those read already turned into leading zeros.
        var last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        let read: UInt64 = (1 << UInt64(8 * (8 - rest))) - 1
        last = (last & ~read) | (0x3030_3030_3030_3030 & read)
        guard let tail = eight(last) else { return nil }
        return value &* powersOfTen[rest] &+ tail
    }

    private static let powersOfTen: [UInt64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000]

    /// The value of the eight ASCII digits in `word`, the first in its lowest byte; nil if any byte is no digit.
    @inline(__always)
    private static func eight(_ word: UInt64) -> UInt64? {
        let digits = word &- 0x3030_3030_3030_3030
        // A byte below "0" wraps to a high nibble, one above "9" reaches one when 6 is added.
        guard (digits | (digits &+ 0x0606_0606_0606_0606)) & 0xF0F0_F0F0_F0F0_F0F0 == 0 else { return nil }
        // Neighbouring digits into pairs, pairs into fours, fours into the eight.
        let pairs = (digits &* 10 &+ (digits >> 8)) & 0x00FF_00FF_00FF_00FF
        let fours = (pairs &* 100 &+ (pairs >> 16)) & 0x0000_FFFF_0000_FFFF
        return (fours &* 10_000 &+ (fours >> 32)) & 0xFFFF_FFFF
    }
}

/// Memory for tables larger than the processor's reach of small pages.
enum LargeMemory {
    /// Asks the system to back the 2 MiB-aligned parts of `buffer`, before they are first written, with huge pages:
    /// a look-up at a random place in a table of several megabytes otherwise also misses the page table's cache.
    static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if canImport(Glibc)
            let huge = 2 << 20
            guard let base = buffer.baseAddress, buffer.count >= huge else { return }
            let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
            let end = (Int(bitPattern: base) + buffer.count) & ~(huge - 1)
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(pointer, end - start, MADV_HUGEPAGE)
        #endif
    }
}
