/// What all the decoders of one `decode` call share: the tape, the user info, and lookup caches that
/// live only as long as the call.
///
/// A session belongs to one thread. Chunks of an array decoded concurrently each get their own session on
/// the same tape (see ``JSONDecoderImpl/decodeConcurrently(_:count:)``).
final class JSONDecodingSession {
    let tape: JSONTape
    let sendableUserInfo: [CodingUserInfoKey: any Sendable]
    let userInfo: [CodingUserInfoKey: Any]
    /// The coding path of the value the session starts from: empty for a whole document, the array's path
    /// for a chunk of an array.
    let codingPathPrefix: [any CodingKey]
    /// Whether long arrays of ``ConcurrentlyDecodable`` elements are split among the cores.
    let decodesConcurrently: Bool
    /// Whether records with a tape reader are read by it (tests turn it off to compare with `init(from:)`).
    let readsRecordsFromTape: Bool
    /// Key tables of the large objects looked up so far, by the objects' tape indices.
    private var keyTables: [Int: [String: Int]] = [:]

    init(
        tape: JSONTape, userInfo: [CodingUserInfoKey: any Sendable], codingPathPrefix: [any CodingKey] = [],
        decodesConcurrently: Bool, readsRecordsFromTape: Bool = true
    ) {
        self.readsRecordsFromTape = readsRecordsFromTape
        self.tape = tape
        self.sendableUserInfo = userInfo
        self.userInfo = userInfo.mapValues { $0 as Any }
        self.codingPathPrefix = codingPathPrefix
        self.decodesConcurrently = decodesConcurrently
    }

    // MARK: Object members

    /// Objects with more members than this get a key table on their first lookup.
    private static var keyTableThreshold: Int { 32 }

    /// The tape index of the value of the first member named `name` (the first wins, as with
    /// Foundation) of the object at `objectIndex`, or `nil` if there is none.
    ///
    /// Small objects, typical of records, are scanned comparing key bytes, which beats hashing. Large
    /// objects (such as maps decoded through a keyed container) get a table built once, so that looking
    /// up every key stays linear overall.
    func memberValueIndex(named name: String, inObjectAt objectIndex: Int) -> Int? {
        if tape.tokens[objectIndex].count > Self.keyTableThreshold {
            return keyTable(forObjectAt: objectIndex)[name]
        }
        var name = name
        return name.withUTF8 { tape.memberValueIndex(named: $0, inObjectAt: objectIndex) }
    }

    private func keyTable(forObjectAt objectIndex: Int) -> [String: Int] {
        if let table = keyTables[objectIndex] {
            return table
        }
        var table: [String: Int] = [:]
        tape.forEachMember(ofObjectAt: objectIndex) { keyIndex, valueIndex in
            let name = tape.string(at: keyIndex)
            if table[name] == nil {
                table[name] = valueIndex
            }
        }
        keyTables[objectIndex] = table
        return table
    }

    // MARK: Types

    /// How a type is decoded: from a string, as a collection, or through its own `init(from:)`.
    enum TypeKind {
        /// A record with a tape reader (``TapeDecodable``), tried before its `init(from:)`.
        case record(any TapeDecodable.Type)
        case text(any TextDecodable.Type)
        case collection(any JSONCollectionDecodable.Type)
        case plain
    }

    /// Asking the runtime whether a type conforms to a protocol costs far more than a look-up, and a catalogue
    /// asks it hundreds of thousands of times for a handful of types: remember the answers. A document has few
    /// types, so a short list searched from the front beats hashing.
    @exclusivity(unchecked) private var typeKinds: [(type: ObjectIdentifier, kind: TypeKind)] = []

    /// The run time answers its first question about each type and protocol by walking every conformance the
    /// program has, most of a million instructions, and a library's files hold about ninety types. So it is asked
    /// one question per type (`JSONFastPath`), not one per way of decoding.
    func kind(of type: Any.Type) -> TypeKind {
        let id = ObjectIdentifier(type)
        for known in typeKinds where known.type == id {
            return known.kind
        }
        var kind = (type as? any JSONFastPath.Type)?.jsonTypeKind ?? .plain
        if case .record = kind, !readsRecordsFromTape { kind = .plain }
        typeKinds.append((id, kind))
        return kind
    }
}

/// A type `FastJSONDecoder` reads by a quicker way than its `init(from:)`: a record with a tape reader, a value
/// written as one string, or a collection. Each of those protocols refines this one and says which it is.
protocol JSONFastPath {
    static var jsonTypeKind: JSONDecodingSession.TypeKind { get }
}

extension TapeDecodable {
    static var jsonTypeKind: JSONDecodingSession.TypeKind { .record(Self.self) }
}

extension TextDecodable {
    static var jsonTypeKind: JSONDecodingSession.TypeKind { .text(Self.self) }
}

extension JSONCollectionDecodable {
    static var jsonTypeKind: JSONDecodingSession.TypeKind { .collection(Self.self) }
}
