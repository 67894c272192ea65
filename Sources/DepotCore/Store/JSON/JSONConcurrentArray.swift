import Dispatch
import Foundation
import Synchronization

/// A `Decodable` type whose values may be decoded on several threads at once: its `init(from:)` touches
/// nothing shared but its decoder, and its values may cross threads. ``FastJSONDecoder`` decodes a long
/// array of such values in chunks on all cores, with the same result and the same first error as decoding
/// it on one thread.
public protocol ConcurrentlyDecodable: Decodable, Sendable {}

extension JSONDecoderImpl {
    /// Decodes this decoder's array, which has `count` elements, as `[Element]` (which is `[Value]`) on
    /// all cores.
    func decodeConcurrently<Value: ConcurrentlyDecodable, Element>(
        _ valueType: Value.Type, count: Int
    ) throws -> [Element] {
        let work = JSONConcurrentArrayDecoding<Value>(
            tape: tape, arrayIndex: valueIndex, count: count, codingPath: codingPath,
            userInfo: session.sendableUserInfo, readsRecordsFromTape: session.readsRecordsFromTape)
        // `as!` would check every element; the types are the same, so the array is only relabelled.
        precondition(Element.self == Value.self)
        return unsafeBitCast(try work.decode(), to: [Element].self)
    }
}

/// One concurrent decode of a long array of ``ConcurrentlyDecodable`` values, split into chunks of
/// consecutive elements that are decoded straight into the result's storage.
///
/// The tape is only read, so all chunks share it. Each chunk gets its own session (a session's caches are
/// not thread-safe) and its own array decoder with the array's coding path, so values and errors come out
/// exactly as from the sequential path. The calling thread works through the chunks, and helper threads
/// join in when they get a thread; the caller waits only for chunks that someone has started, so it
/// finishes even if no helper ever runs.
///
/// The first error in document order wins: each chunk stops at its first error, later chunks are skipped
/// once one has failed, and the failed chunk that comes first is reported.
private final class JSONConcurrentArrayDecoding<Value: ConcurrentlyDecodable>: Sendable {
    private enum Outcome {
        case pending
        case decoded
        case failed(any Error)

        var error: (any Error)? {
            if case .failed(let error) = self { return error }
            return nil
        }

        var isDecoded: Bool {
            if case .decoded = self { return true }
            return false
        }
    }

    let tape: JSONTape
    let arrayIndex: Int
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: any Sendable]
    let readsRecordsFromTape: Bool
    /// The position (in the array) of each chunk's first element; the last entry is the element count.
    let chunkStarts: [Int]
    /// The tape index of each chunk's first element.
    let chunkTapeIndices: [Int]
    private let nextChunk = Atomic<Int>(0)
    private let firstFailedChunk = Atomic<Int>(Int.max)
    private let outcomes: Mutex<[Outcome]>
    private let chunksDone = DispatchGroup()
    /// The result's storage while it is being filled; each chunk writes only its own elements.
    private nonisolated(unsafe) var output: UnsafeMutablePointer<Value>?

    init(
        tape: JSONTape, arrayIndex: Int, count: Int, codingPath: [any CodingKey],
        userInfo: [CodingUserInfoKey: any Sendable], readsRecordsFromTape: Bool
    ) {
        self.tape = tape
        self.readsRecordsFromTape = readsRecordsFromTape
        self.arrayIndex = arrayIndex
        self.codingPath = codingPath
        self.userInfo = userInfo
        let chunkLength = max(
            JSONConcurrentArray.minimumChunkLength,
            count / (JSONConcurrentArray.chunksPerCore * JSONConcurrentArray.cores))
        var starts: [Int] = []
        var tapeIndices: [Int] = []
        var elementIndex = arrayIndex + 1
        for position in 0..<count {
            if position % chunkLength == 0 {
                starts.append(position)
                tapeIndices.append(elementIndex)
            }
            elementIndex = tape.index(after: elementIndex)
        }
        starts.append(count)
        chunkStarts = starts
        chunkTapeIndices = tapeIndices
        outcomes = Mutex(Array(repeating: .pending, count: tapeIndices.count))
    }

    private var chunkCount: Int { chunkTapeIndices.count }

    func decode() throws -> [Value] {
        let count = chunkStarts[chunkCount]
        return try [Value](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            output = buffer.baseAddress
            for _ in 0..<chunkCount { chunksDone.enter() }
            for _ in 0..<min(JSONConcurrentArray.cores, chunkCount) - 1 {
                DispatchQueue.global().async { self.decodeChunks() }
            }
            decodeChunks()
            chunksDone.wait()
            output = nil
            let outcomes = self.outcomes.withLock { $0 }
            if let firstError = outcomes.lazy.compactMap(\.error).first {
                // Nothing is kept: free what the chunks before the failed one decoded.
                for (chunk, outcome) in outcomes.enumerated() where outcome.isDecoded {
                    (buffer.baseAddress! + chunkStarts[chunk]).deinitialize(count: length(ofChunk: chunk))
                }
                throw firstError
            }
            initializedCount = count
        }
    }

    /// Takes chunks that nobody has started until there are none left.
    private func decodeChunks() {
        while true {
            let chunk = nextChunk.wrappingAdd(1, ordering: .relaxed).oldValue
            guard chunk < chunkCount else { return }
            // Once an earlier chunk has failed, this one's elements would not be used.
            if chunk < firstFailedChunk.load(ordering: .relaxed) {
                decode(chunk: chunk)
            }
            chunksDone.leave()
        }
    }

    private func decode(chunk: Int) {
        let session = JSONDecodingSession(
            tape: tape, userInfo: userInfo, codingPathPrefix: codingPath, decodesConcurrently: true,
            readsRecordsFromTape: readsRecordsFromTape)
        let decoder = JSONDecoderImpl(session: session, valueIndex: arrayIndex, parent: nil, key: nil)
        let first = chunkStarts[chunk]
        let output = output! + first
        var elementIndex = chunkTapeIndices[chunk]
        var decoded = 0
        do {
            while decoded < length(ofChunk: chunk) {
                let value = try decoder.decode(Value.self, at: elementIndex, key: JSONKey(index: first + decoded))
                (output + decoded).initialize(to: consume value)
                decoded += 1
                elementIndex = tape.index(after: elementIndex)
            }
            outcomes.withLock { $0[chunk] = .decoded }
        } catch {
            output.deinitialize(count: decoded)
            outcomes.withLock { $0[chunk] = .failed(error) }
            firstFailedChunk.min(chunk, ordering: .relaxed)
        }
    }

    private func length(ofChunk chunk: Int) -> Int {
        chunkStarts[chunk + 1] - chunkStarts[chunk]
    }
}

/// How concurrent array decoding splits an array.
enum JSONConcurrentArray {
    /// Chunks are at least this long, so that setting one up (a session, a decoder) costs little.
    static let minimumChunkLength = 128
    /// Chunks per core for long arrays: several, so that a core busy with other work leaves the rest of
    /// the chunks to the others.
    static let chunksPerCore = 16
    /// Arrays shorter than this are decoded on the calling thread alone.
    static var minimumCount: Int { 2 * minimumChunkLength }
    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }
}
