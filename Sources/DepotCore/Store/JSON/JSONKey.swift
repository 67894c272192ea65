/// A coding key the decoder makes itself: for array elements, `super`, and `[String: T]` dictionaries.
struct JSONKey: CodingKey {
    private enum Name {
        case string(String)
        case index(Int)
    }

    private let name: Name

    init(stringValue: String) {
        name = .string(stringValue)
    }

    init(intValue: Int) {
        name = .index(intValue)
    }

    /// The key of an array element. Its `stringValue` is "Index 2", as with Foundation's decoder.
    init(index: Int) {
        name = .index(index)
    }

    static var superKey: JSONKey { JSONKey(stringValue: "super") }

    var stringValue: String {
        switch name {
        case .string(let string): string
        case .index(let index): "Index \(index)"
        }
    }

    var intValue: Int? {
        switch name {
        case .string: nil
        case .index(let index): index
        }
    }
}
