/// The library's items, in barcode order, held in chunks of 1,024 so that changing one item copies one chunk.
///
/// A library is a value: the screen keeps the version it shows, the store the version it last read or wrote, and a
/// change is made to a copy. With the 60,000 items of a city in one array, every change to one item copied all of
/// them (and freed the old ones afterwards), a few hundred thousand string retains and releases, which cost more
/// than writing the item's file. Here a change copies the list of chunks and the one chunk it touches.
///
/// It is used as an array of items is (positions from 0, `append`, `filter`, `sort`); only inserting or removing
/// away from the end rebuilds the chunks, which is as dear as it was for one array.
public struct ItemCatalogue: Hashable, Sendable {
    private static let shift = 10
    static let chunkSize = 1 << shift
    static let mask = chunkSize - 1

    /// Every chunk full but the last, which is never empty.
    private var chunks: [[Item]]
    /// The shard of each item, chunk by chunk alongside `chunks` (``ItemShard/code``), kept as items change: finding
    /// the few hundred items of one shard, which every item save does, then reads 2 bytes an item instead of each
    /// item's barcode.
    private var shardCodes: [[UInt16]]
    public private(set) var count: Int

    public init() {
        chunks = []
        shardCodes = []
        count = 0
    }

    /// The catalogue of `chunks`, every one of `chunkSize` items but the last, which is not empty, and their items'
    /// shards, chunk by chunk.
    init(chunks: [[Item]], shardCodes: [[UInt16]], count: Int) {
        assert(chunks.dropLast().allSatisfy { $0.count == ItemCatalogue.chunkSize } && chunks.last?.isEmpty != true)
        assert(chunks.map(\.count) == shardCodes.map(\.count) && chunks.reduce(0) { $0 + $1.count } == count)
        self.chunks = chunks
        self.shardCodes = shardCodes
        self.count = count
    }

    public init<S: Sequence>(_ items: S) where S.Element == Item {
        self.init()
        append(contentsOf: items)
    }

    public static func == (lhs: ItemCatalogue, rhs: ItemCatalogue) -> Bool {
        // Arrays compare equal at once when they share their storage: unchanged chunks cost nothing.
        lhs.count == rhs.count && lhs.chunks == rhs.chunks
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for chunk in chunks { hasher.combine(chunk) }
    }

    /// Calls `body` with each chunk's items in order and the position of the chunk's first item: for walks over
    /// the whole catalogue that read a field or two of each item, without copying items.
    public func forEachChunk(_ body: (UnsafeBufferPointer<Item>, Int) throws -> Void) rethrows {
        for (number, chunk) in chunks.enumerated() {
            try chunk.withUnsafeBufferPointer { try body($0, number << ItemCatalogue.shift) }
        }
    }

    /// How many chunks hold the items (``withChunk(_:_:)``).
    public var chunkCount: Int { chunks.count }

    /// Calls `body` with the items of chunk `number` and the position of its first item: for work shared out among
    /// the cores a chunk at a time.
    public func withChunk<Result>(
        _ number: Int, _ body: (UnsafeBufferPointer<Item>, Int) throws -> Result
    ) rethrows -> Result {
        try chunks[number].withUnsafeBufferPointer { try body($0, number << ItemCatalogue.shift) }
    }

    /// The positions of the chunks that are not the very chunks `other` holds in the same place, or nil when the
    /// two differ in length (an item added or removed moves every chunk after it). After a change to a copy, the
    /// chunks the change did not touch are still shared, so this names just the items that may have changed.
    public func rangesNotShared(with other: ItemCatalogue) -> [Range<Int>]? {
        guard count == other.count else { return nil }
        var ranges: [Range<Int>] = []
        for number in chunks.indices {
            let mine = chunks[number].withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            let theirs = other.chunks[number].withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            if mine != theirs {
                let start = number << ItemCatalogue.shift
                ranges.append(start..<(start + chunks[number].count))
            }
        }
        return ranges
    }

    /// The position of the item with `barcode`: a binary search, as the catalogue is kept in barcode order (with
    /// a walk for one that is not).
    public func position(of barcode: Item.ID) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].barcode < barcode { low = middle + 1 } else { high = middle }
        }
        if low < count, self[low].barcode == barcode { return low }
        return indices.first { self[$0].barcode == barcode }
    }

    /// The positions of the items of `shard`, in order.
    public func positions(in shard: ItemShard) -> [Int] {
        let code = shard.code
        var positions: [Int] = []
        for (number, codes) in shardCodes.enumerated() {
            let first = number << ItemCatalogue.shift
            for index in codes.indices where codes[index] == code { positions.append(first + index) }
        }
        return positions
    }

    /// The items of the shards `accepts` says yes to, in the catalogue's order, copying only those. `accepts` is
    /// asked once a shard.
    public func inShards(where accepts: (ItemShard) -> Bool) -> [Item] {
        // 0: not asked yet, 1: no, 2: yes; by shard code.
        var answers = [UInt8](repeating: 0, count: 1 << 16)
        var result: [Item] = []
        for (number, codes) in shardCodes.enumerated() {
            for index in codes.indices {
                let code = Int(codes[index])
                if answers[code] == 0 { answers[code] = accepts(ItemShard(code: codes[index])) ? 2 : 1 }
                if answers[code] == 2 { result.append(chunks[number][index]) }
            }
        }
        return result
    }

    /// The items of `shard`, in the catalogue's order.
    public func inShard(_ shard: ItemShard) -> [Item] {
        let code = shard.code
        var result: [Item] = []
        result.reserveCapacity(Swift.max(16, count / 64))
        for (number, codes) in shardCodes.enumerated() {
            for index in codes.indices where codes[index] == code { result.append(chunks[number][index]) }
        }
        return result
    }

    /// A plain array of the items.
    public var array: [Item] {
        var all: [Item] = []
        all.reserveCapacity(count)
        for chunk in chunks { all.append(contentsOf: chunk) }
        return all
    }
}

extension ItemCatalogue: RandomAccessCollection, MutableCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Item {
        _read {
            precondition(position >= 0 && position < count, "item position out of range")
            yield chunks[position >> ItemCatalogue.shift][position & ItemCatalogue.mask]
        }
        _modify {
            precondition(position >= 0 && position < count, "item position out of range")
            let (chunk, index) = (position >> ItemCatalogue.shift, position & ItemCatalogue.mask)
            yield &chunks[chunk][index]
            let code = ItemShard(of: chunks[chunk][index].barcode).code
            if shardCodes[chunk][index] != code { shardCodes[chunk][index] = code }
        }
    }
}

extension ItemCatalogue: RangeReplaceableCollection {
    public mutating func append(_ item: Item) {
        append(item, shardCode: ItemShard(of: item.barcode).code)
    }

    /// Appends `item`, whose shard (``ItemShard/code``) the caller knows already: the items of one shard's file.
    mutating func append(_ item: consuming Item, shardCode: UInt16) {
        if let last = chunks.indices.last, chunks[last].count < ItemCatalogue.chunkSize {
            chunks[last].append(item)
            shardCodes[last].append(shardCode)
        } else {
            var chunk: [Item] = []
            chunk.reserveCapacity(ItemCatalogue.chunkSize)
            chunk.append(item)
            chunks.append(chunk)
            var codes: [UInt16] = []
            codes.reserveCapacity(ItemCatalogue.chunkSize)
            codes.append(shardCode)
            shardCodes.append(codes)
        }
        count += 1
    }

    public mutating func append<S: Sequence>(contentsOf items: S) where S.Element == Item {
        for item in items { append(item) }
    }

    public mutating func replaceSubrange<C: Collection>(_ range: Range<Int>, with items: C) where C.Element == Item {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "item range out of bounds")
        if range.isEmpty, range.lowerBound == count {
            append(contentsOf: items)
            return
        }
        if range.upperBound == count, items.isEmpty {
            removeLast(range.count)
            return
        }
        var all = array
        all.replaceSubrange(range, with: items)
        self = ItemCatalogue(all)
    }

    public mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count, "cannot remove more items than there are")
        var left = k
        while left > 0, let last = chunks.indices.last {
            let taken = Swift.min(left, chunks[last].count)
            chunks[last].removeLast(taken)
            shardCodes[last].removeLast(taken)
            if chunks[last].isEmpty {
                chunks.removeLast()
                shardCodes.removeLast()
            }
            left -= taken
        }
        count -= k
    }

    public mutating func reserveCapacity(_ n: Int) {}
}

extension ItemCatalogue: ExpressibleByArrayLiteral {
    public init(arrayLiteral items: Item...) { self.init(items) }
}

extension ItemCatalogue: CustomStringConvertible {
    public var description: String { "ItemCatalogue(\(count) items)" }
}
