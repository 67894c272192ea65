/// The barcodes of a catalogue, for the question the check asks of every book a crate or a deposit names (a
/// million at four times a city's size): is it in the catalogue?
///
/// A library hands its barcodes out in sequence, so a catalogue's numbers lie close together. When they do, each
/// number in their range has a bit: a city's 60,000 items take about 100 KB, which stays in the processor's cache,
/// where a hash table of them takes megabytes, and a look-up at a random place in it waited for memory (at four
/// times a city, most of the check). Barcodes outside the range, or that are not numbers (`BarcodeTable.number`),
/// and every barcode of a catalogue whose numbers lie far apart, are kept in a ``BarcodeSet``. Which of the two
/// holds a barcode depends only on the barcode, so a barcode is always looked for where it was put.
struct CatalogueBarcodes: Sendable {
    /// The number of the first bit.
    private let low: UInt64
    /// A bit for each number from `low` on; empty when the numbers lie too far apart.
    private var bits: [UInt64]
    private var others: BarcodeSet
    private(set) var count = 0

    /// Room for `count` barcodes whose numbers lie in `numbers` (nil: no barcode is a number).
    init(count: Int, numbers: ClosedRange<UInt64>?) {
        let limit = UInt64(max(count, 0)) * 32 + (1 << 16)
        if let numbers, numbers.upperBound - numbers.lowerBound < limit {
            low = numbers.lowerBound
            bits = [UInt64](repeating: 0, count: Int((numbers.upperBound - numbers.lowerBound) >> 6) + 1)
            others = BarcodeSet()
        } else {
            low = 0
            bits = []
            others = BarcodeSet(minimumCapacity: count)
        }
    }

    /// An empty set that keeps the barcodes this one keeps as bits as bits too: for another question about the
    /// catalogue's books (is this one packed already?), as quick to ask.
    func emptyCopy() -> CatalogueBarcodes {
        var copy = self
        copy.bits = [UInt64](repeating: 0, count: bits.count)
        copy.others = BarcodeSet(minimumCapacity: others.count)
        copy.count = 0
        return copy
    }

    /// Room for the barcodes of `items`, read once for their range.
    init(for items: ItemCatalogue) {
        var numbers: ClosedRange<UInt64>?
        items.forEachChunk { chunk, _ in numbers = CatalogueBarcodes.range(of: chunk, joining: numbers) }
        self.init(count: items.count, numbers: numbers)
    }

    init(for items: UnsafeBufferPointer<Item>) {
        self.init(count: items.count, numbers: CatalogueBarcodes.range(of: items, joining: nil))
    }

    private static func range(of items: UnsafeBufferPointer<Item>, joining range: ClosedRange<UInt64>?)
        -> ClosedRange<UInt64>?
    {
        var lowest = range?.lowerBound ?? .max
        var highest = range?.upperBound ?? 0
        for index in items.indices {
            guard let number = BarcodeSet.number(items[index].id) else { continue }
            lowest = min(lowest, number)
            highest = max(highest, number)
        }
        return lowest <= highest ? lowest...highest : nil
    }

    /// The word and the bit of `barcode` in `bits`; nil when it is kept in `others`.
    @inline(__always)
    private func bit(of barcode: Item.ID) -> (word: Int, mask: UInt64)? {
        guard !bits.isEmpty, let number = BarcodeSet.number(barcode), number >= low else { return nil }
        let offset = number - low
        guard offset >> 6 < UInt64(bits.count) else { return nil }
        return (Int(truncatingIfNeeded: offset >> 6), 1 << (offset & 63))
    }

    /// Adds `barcode`; whether it was not there before.
    @discardableResult
    mutating func insert(_ barcode: Item.ID) -> Bool {
        if let (word, mask) = bit(of: barcode) {
            guard bits[word] & mask == 0 else { return false }
            bits[word] |= mask
        } else {
            guard others.insert(barcode) else { return false }
        }
        count += 1
        return true
    }

    func contains(_ barcode: Item.ID) -> Bool {
        if let (word, mask) = bit(of: barcode) { return bits[word] & mask != 0 }
        return others.contains(barcode)
    }
}
