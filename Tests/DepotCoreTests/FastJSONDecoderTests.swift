import Foundation
import Synchronization
import Testing

@testable import DepotCore

// MARK: - Test types

private struct Item: Codable, Equatable {
    var barcode: String
    var title: String
    var author: String
    var ageBand: String
    var theme: String?
    var format: String?
    var price: Decimal
    var status: String?
}

private struct Crate: Codable, Equatable {
    var id: String
    var items: [Item]
    var label: Label?

    struct Label: Codable, Equatable {
        var text: String
        var colour: String?
    }
}

private enum Shelf: String, Codable, Equatable {
    case picture
    case chapter
    case boardBook = "board-book"
}

private enum Loan: Codable, Equatable {
    case available
    case onLoan(to: String, due: String)
    case lost(String)
}

private struct Everything: Codable, Equatable {
    var bool: Bool
    var string: String
    var double: Double
    var float: Float
    var int: Int
    var int8: Int8
    var int16: Int16
    var int32: Int32
    var int64: Int64
    var uint: UInt
    var uint8: UInt8
    var uint16: UInt16
    var uint32: UInt32
    var uint64: UInt64
    var decimal: Decimal
    var optionalInt: Int?
    var optionalBool: Bool?
}

private struct Tiny: Codable, Equatable {
    var number: UInt8
}

private struct Cafe: Decodable, Equatable {
    var cups: Int

    private enum CodingKeys: String, CodingKey {
        case cups = "cafe\u{301}"
    }
}

private struct Wrapper<Value: Codable & Equatable>: Codable, Equatable {
    var value: Value
}

/// Decodes through every kind of nested container and super decoder.
private struct Nested: Decodable, Equatable {
    var name: String
    var tags: [String]
    var width: Int
    var parentName: String
    var firstOfPair: Int

    private enum Keys: String, CodingKey {
        case name
        case tags
        case size
        case pairs
    }

    private enum SizeKeys: String, CodingKey {
        case width
    }

    private enum ParentKeys: String, CodingKey {
        case name
    }

    init(name: String, tags: [String], width: Int, parentName: String, firstOfPair: Int) {
        self.name = name
        self.tags = tags
        self.width = width
        self.parentName = parentName
        self.firstOfPair = firstOfPair
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        name = try container.decode(String.self, forKey: .name)
        var tagsContainer = try container.nestedUnkeyedContainer(forKey: .tags)
        var tags: [String] = []
        while !tagsContainer.isAtEnd {
            tags.append(try tagsContainer.decode(String.self))
        }
        self.tags = tags
        width = try container.nestedContainer(keyedBy: SizeKeys.self, forKey: .size).decode(Int.self, forKey: .width)
        parentName = try container.superDecoder().container(keyedBy: ParentKeys.self).decode(String.self, forKey: .name)
        var pairs = try container.nestedUnkeyedContainer(forKey: .pairs)
        var firstPair = try pairs.nestedUnkeyedContainer()
        firstOfPair = try firstPair.decode(Int.self)
    }
}

// MARK: - Helpers

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Decodes `json` with both decoders and checks they agree.
private func expectSameAsFoundation<T: Decodable & Equatable>(
    _ type: T.Type, _ json: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let expected = try JSONDecoder().decode(T.self, from: Data(json.utf8))
    let actual = try FastJSONDecoder().decode(T.self, from: Data(json.utf8))
    #expect(actual == expected, sourceLocation: sourceLocation)
}

/// The `JSONSyntaxError` that decoding `json` throws.
private func syntaxError(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONSyntaxError? {
    do {
        _ = try FastJSONDecoder().decode([String: [Int]].self, from: bytes(json))
        Issue.record("expected a syntax error", sourceLocation: sourceLocation)
    } catch let error as JSONSyntaxError {
        return error
    } catch {
        Issue.record("expected a syntax error, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// The `DecodingError` that decoding `json` as `T` throws.
private func decodingError<T: Decodable>(
    _ type: T.Type, _ json: String, sourceLocation: SourceLocation = #_sourceLocation
) -> DecodingError? {
    do {
        _ = try FastJSONDecoder().decode(T.self, from: bytes(json))
        Issue.record("expected a decoding error", sourceLocation: sourceLocation)
    } catch let error as DecodingError {
        return error
    } catch {
        Issue.record("expected a decoding error, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// The `DecodingError` Foundation's `JSONDecoder` throws for the same input.
private func foundationError<T: Decodable>(_ type: T.Type, _ json: String) -> DecodingError? {
    do {
        _ = try JSONDecoder().decode(T.self, from: Data(json.utf8))
    } catch let error as DecodingError {
        return error
    } catch {}
    return nil
}

private func isDataCorrupted(_ error: DecodingError?) -> Bool {
    if case .dataCorrupted = error { true } else { false }
}

private func context(of error: DecodingError?) -> DecodingError.Context? {
    switch error {
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
        .dataCorrupted(let context):
        context
    default:
        nil
    }
}

/// A coding path as comparable text, e.g. `["Index 2", "price"]`.
private func pathText(_ path: [any CodingKey]) -> [String] {
    path.map { $0.intValue.map { "Index \($0)" } ?? $0.stringValue }
}

private func decimalBits(_ decimal: Decimal) -> [UInt8] {
    withUnsafeBytes(of: decimal) { Array($0) }
}

private let threeItems = """
    [
    {"ageBand":"3-5","author":"Julia Donaldson","barcode":"DPT001","price":99.95,"title":"Gruffalo"},
    {"ageBand":"0-2","author":"Eric Carle","barcode":"DPT002","format":"board book","price":89,"title":"Caterpillar"},
    {"ageBand":"6-8","author":"Astrid Lindgren","barcode":"DPT003","price":"a lot","title":"Pippi"}
    ]
    """

// MARK: - Decoding values

struct FastJSONDecoderTests {
    @Test func decodesRecordsLikeFoundation() throws {
        try expectSameAsFoundation(
            [Item].self,
            """
            [{"ageBand":"3-5","author":"Julia Donaldson","barcode":"DPT001","format":"picture book",
              "price":249.95,"status":"on loan","theme":"animals","title":"The Gruffalo"},
             {"ageBand":"0-2","author":"Eric Carle","barcode":"DPT002","price":89,"title":"Caterpillar"}]
            """)
    }

    @Test func decodesNestedRecordsLikeFoundation() throws {
        try expectSameAsFoundation(
            [Crate].self,
            """
            [{"id":"C1","label":{"text":"Dinosaurs","colour":"green"},
              "items":[{"ageBand":"3-5","author":"A","barcode":"1","price":1.5,"title":"T"}]},
             {"id":"C2","items":[]}]
            """)
    }

    @Test func missingOptionalKeysDecodeAsNil() throws {
        let item = try FastJSONDecoder().decode(
            Item.self, from: bytes(#"{"ageBand":"3-5","author":"A","barcode":"1","price":1,"title":"T"}"#))
        #expect(item.theme == nil && item.format == nil && item.status == nil)
    }

    @Test func nullOptionalValuesDecodeAsNil() throws {
        try expectSameAsFoundation(
            Item.self,
            #"{"ageBand":"3-5","author":"A","barcode":"1","price":1,"title":"T","theme":null,"status":null}"#)
    }

    @Test func optionalValueOfWrongTypeThrowsTypeMismatch() {
        let json = #"{"ageBand":"3-5","author":"A","barcode":"1","price":1,"title":"T","theme":42}"#
        guard case .typeMismatch = decodingError(Item.self, json) else {
            Issue.record("expected typeMismatch")
            return
        }
        guard case .typeMismatch = foundationError(Item.self, json) else {
            Issue.record("Foundation disagrees")
            return
        }
    }

    @Test func decodesEveryPrimitiveTypeLikeFoundation() throws {
        try expectSameAsFoundation(
            Everything.self,
            """
            {"bool":true,"string":"x","double":-12.5e3,"float":0.1,"int":-9223372036854775808,"int8":-128,
             "int16":32767,"int32":-2147483648,"int64":9223372036854775807,"uint":18446744073709551615,
             "uint8":255,"uint16":65535,"uint32":4294967295,"uint64":18446744073709551615,"decimal":-0.001,
             "optionalInt":null}
            """)
    }

    @Test func decodesArraysOfArrays() throws {
        try expectSameAsFoundation([[[Int]]].self, "[[[1,2],[]],[[3]],[]]")
    }

    @Test func decodesStringKeyedDictionaries() throws {
        try expectSameAsFoundation(
            [String: [String: Int]].self, #"{"mols":{"a":1,"b":2},"nord":{},"æblehaven":{"ø":3}}"#)
    }

    @Test func decodesDictionariesWithManyKeys() throws {
        let members = (0..<200).map { "\"key\($0)\":\($0)" }.joined(separator: ",")
        try expectSameAsFoundation([String: Int].self, "{\(members)}")
    }

    @Test func decodesRecordsWithManyKeysThroughKeyedContainers() throws {
        // Dictionaries with Int keys go through a keyed container, looking up each of allKeys.
        let members = (0..<100).map { "\"\($0)\":\"v\($0)\"" }.joined(separator: ",")
        try expectSameAsFoundation([Int: String].self, "{\(members)}")
    }

    @Test func decodesEnumsWithRawValues() throws {
        try expectSameAsFoundation([Shelf].self, #"["picture","board-book","chapter"]"#)
    }

    @Test func rejectsUnknownRawValues() {
        guard case .dataCorrupted = decodingError([Shelf].self, #"["picture","comics"]"#) else {
            Issue.record("expected dataCorrupted")
            return
        }
    }

    @Test func decodesEnumsWithAssociatedValues() throws {
        let loans: [Loan] = [.available, .onLoan(to: "P001", due: "2026-12-01"), .lost("water damage")]
        let json = String(decoding: try JSONEncoder().encode(loans), as: UTF8.self)
        try expectSameAsFoundation([Loan].self, json)
        #expect(try FastJSONDecoder().decode([Loan].self, from: bytes(json)) == loans)
    }

    @Test func decodesDecimalExactlyFromItsDigits() throws {
        let price = try FastJSONDecoder().decode(Decimal.self, from: bytes("249.95"))
        #expect(decimalBits(price) == decimalBits(Decimal(string: "249.95")!))
    }

    @Test(arguments: [
        "0", "-0", "0.0", "-0.00", "0e3", "1", "-1", "249.95", "249.950", "100", "1e2", "1.5E-3", "-0.001",
        "12345678901234567890",
        "123456789012345678901234567890", "0.1234567890123456789012", "79228162514264337593543950335", "1e100",
        "-3.14159", "0.000001", "18446744073709551615", "9999999999999999999",
    ])
    func decodesDecimalsLikeFoundation(text: String) throws {
        let expected = try JSONDecoder().decode(Decimal.self, from: Data(text.utf8))
        let actual = try FastJSONDecoder().decode(Decimal.self, from: bytes(text))
        #expect(actual == expected)
        #expect(decimalBits(actual) == decimalBits(Decimal(string: text)!))
    }

    @Test(arguments: [
        "0", "-0.0", "0.1", "1e308", "1.7976931348623157e308", "5e-324", "2.2250738585072014e-308", "123.456",
        "9007199254740993", "123456789012345678901234567890", "0.30000000000000004", "-1e-5", "4.35",
    ])
    func decodesDoublesLikeFoundation(text: String) throws {
        let expected = try JSONDecoder().decode(Double.self, from: Data(text.utf8))
        let actual = try FastJSONDecoder().decode(Double.self, from: bytes(text))
        #expect(actual.bitPattern == expected.bitPattern)
    }

    @Test(arguments: ["0.1", "3.4028235e38", "1e-45", "16777217", "-2.5", "1.00000005"])
    func decodesFloatsLikeFoundation(text: String) throws {
        let expected = try JSONDecoder().decode(Float.self, from: Data(text.utf8))
        let actual = try FastJSONDecoder().decode(Float.self, from: bytes(text))
        #expect(actual.bitPattern == expected.bitPattern)
    }

    @Test func rejectsNumbersBeyondDoubleRange() {
        guard case .dataCorrupted = decodingError(Double.self, "1e400") else {
            Issue.record("expected dataCorrupted")
            return
        }
    }

    @Test func rejectsIntegerOverflow() {
        guard case .dataCorrupted(let context) = decodingError(Tiny.self, #"{"number": 256}"#) else {
            Issue.record("expected dataCorrupted")
            return
        }
        #expect(pathText(context.codingPath) == ["number"])
        #expect(context.debugDescription.hasPrefix(#"the number 256 is out of range for "number""#))
    }

    @Test func rejectsIntegersOutsideTheirTypesRange() {
        #expect(isDataCorrupted(decodingError(UInt64.self, "-1")))
        #expect(isDataCorrupted(decodingError(UInt64.self, "18446744073709551616")))
        #expect(isDataCorrupted(decodingError(Int64.self, "-9223372036854775809")))
        #expect(isDataCorrupted(decodingError(Int64.self, "9223372036854775808")))
        #expect(isDataCorrupted(decodingError(Int8.self, "128")))
        #expect(isDataCorrupted(decodingError(Int8.self, "-129")))
        #expect(isDataCorrupted(decodingError(UInt32.self, "4294967296")))
        #expect(isDataCorrupted(decodingError(Int.self, "1e19")))
    }

    @Test func decodesIntegersWrittenWithFractionOrExponentLikeFoundation() throws {
        try expectSameAsFoundation([Int].self, "[1.0, 1e2, 2.50e1, -0.0, 1200E-2]")
    }

    @Test func rejectsFractionsForIntegers() {
        guard case .dataCorrupted(let context) = decodingError([Int].self, "[1, 1.5]") else {
            Issue.record("expected dataCorrupted")
            return
        }
        #expect(pathText(context.codingPath) == ["Index 1"])
    }

    @Test func decodesUnicodeText() throws {
        try expectSameAsFoundation([String].self, #"["æøå ÆØÅ", "Blåbærgrød 🫐", "日本語", "e\u0301", "👩‍👧‍👦"]"#)
    }

    @Test func decodesEscapedSurrogatePairs() throws {
        let text = try FastJSONDecoder().decode(String.self, from: bytes(#""\ud83d\ude00 \uD83E\uDEd0""#))
        #expect(text == "😀 🫐")
    }

    @Test func decodesEveryEscape() throws {
        let json = #""\" \\ \/ \b \f \n \r \t \u0041\u00e6\u00F8\u00e5\u20ac\u0000""#
        try expectSameAsFoundation(String.self, json)
        #expect(
            try FastJSONDecoder().decode(String.self, from: bytes(json)) == "\" \\ / \u{8} \u{C} \n \r \t Aæøå€\u{0}")
    }

    @Test func decodesEscapedKeys() throws {
        try expectSameAsFoundation(Tiny.self, #"{"n\u0075mber": 7}"#)
    }

    @Test func decodesTopLevelFragments() throws {
        try expectSameAsFoundation(String.self, #"  "abc"  "#)
        try expectSameAsFoundation(Int.self, "42")
        try expectSameAsFoundation(Bool.self, "false")
        try expectSameAsFoundation(Double?.self, "null")
    }

    @Test func skipsByteOrderMark() throws {
        let value = try FastJSONDecoder().decode([Int].self, from: [0xEF, 0xBB, 0xBF] + bytes("[1]"))
        #expect(value == [1])
    }

    @Test func firstOfDuplicateKeysWinsLikeFoundation() throws {
        try expectSameAsFoundation(Tiny.self, #"{"number": 1, "number": 2}"#)
        try expectSameAsFoundation([String: Int].self, #"{"a": 1, "a": 2}"#)
    }

    @Test func keysMatchLikeSwiftStrings() throws {
        // "é" is precomposed in the text and decomposed in the coding key: equal as Swift strings.
        try expectSameAsFoundation(Cafe.self, #"{"caf\u00e9": 1}"#)
        #expect(try FastJSONDecoder().decode(Cafe.self, from: bytes(#"{"caf\u00e9": 1}"#)).cups == 1)
    }

    @Test func decodesThroughNestedContainersAndSuperDecoders() throws {
        let nested = try FastJSONDecoder().decode(
            Nested.self,
            from: bytes(
                #"{"name":"n","tags":["a","b"],"size":{"width":3},"super":{"name":"p"},"pairs":[[7,8],[9]]}"#))
        #expect(nested == Nested(name: "n", tags: ["a", "b"], width: 3, parentName: "p", firstOfPair: 7))
    }

    @Test func superDecoderForMissingKeyDecodesNull() throws {
        struct Probe: Decodable, Equatable {
            var superIsNull: Bool
            init(superIsNull: Bool) { self.superIsNull = superIsNull }
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: JSONKey.self)
                superIsNull = try container.superDecoder().singleValueContainer().decodeNil()
            }
        }
        try expectSameAsFoundation(Probe.self, #"{"other": 1}"#)
        #expect(try FastJSONDecoder().decode(Probe.self, from: bytes("{}")) == Probe(superIsNull: true))
    }

    @Test func decodesJSONEncoderOutputLikeFoundation() throws {
        let awkward = ["quote \" slash / back \\", "line\nbreak\ttab\r", "bell \u{7} nul \u{0}", "æøå 🫐 👩‍👧‍👦", ""]
        let items = (0..<500).map { index in
            Item(
                barcode: "DPT\(index)", title: awkward[index % awkward.count], author: "Author \(index)",
                ageBand: "3-5", theme: index.isMultiple(of: 2) ? "animals" : nil, format: nil,
                price: Decimal(index) / 100, status: index.isMultiple(of: 3) ? "on loan" : nil)
        }
        let encoder = JSONEncoder()
        for formatting: JSONEncoder.OutputFormatting in [[.sortedKeys], [.prettyPrinted], [.withoutEscapingSlashes]] {
            encoder.outputFormatting = formatting
            let json = String(decoding: try encoder.encode(items), as: UTF8.self)
            try expectSameAsFoundation([Item].self, json)
            #expect(try FastJSONDecoder().decode([Item].self, from: Data(json.utf8)) == items)
        }
    }

    @Test func unkeyedDecodeNilMovesOnOnlyPastNull() throws {
        struct Probe: Decodable {
            var steps: [String] = []
            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                steps.append("\(try container.decodeNil())@\(container.currentIndex)")
                steps.append("\(try container.decodeNil())@\(container.currentIndex)")
                steps.append("\(try container.decode(Int.self))@\(container.currentIndex)")
                steps.append("\(container.isAtEnd)")
            }
        }
        let probe = try FastJSONDecoder().decode(Probe.self, from: bytes("[null, 5]"))
        #expect(probe.steps == ["true@1", "false@1", "5@2", "true"])
    }

    @Test func datesFallThroughToTheirOwnDecoding() throws {
        try expectSameAsFoundation(Wrapper<Date>.self, #"{"value": 12345.5}"#)
    }

    @Test func passesUserInfoToDecoders() throws {
        struct Probe: Decodable {
            var flag: Bool
            init(from decoder: any Decoder) throws {
                flag = decoder.userInfo[CodingUserInfoKey(rawValue: "flag")!] as? Bool ?? false
            }
        }
        var decoder = FastJSONDecoder()
        decoder.userInfo[CodingUserInfoKey(rawValue: "flag")!] = true
        #expect(try decoder.decode(Probe.self, from: bytes("{}")).flag)
    }
}

// MARK: - Malformed text

struct FastJSONSyntaxErrorTests {
    private func expectSyntaxError(
        _ json: String, line: Int, column: Int, message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let error = syntaxError(json, sourceLocation: sourceLocation) else { return }
        #expect(error.position == JSONPosition(line: line, column: column), sourceLocation: sourceLocation)
        #expect(error.message.contains(message), "\(error.message)", sourceLocation: sourceLocation)
    }

    @Test func reportsMissingCommaBetweenMembers() {
        expectSyntaxError(
            "{\n  \"a\": [1]\n  \"b\": [2]\n}", line: 3, column: 3,
            message: "expected ',' or '}' after an object member")
    }

    @Test func reportsMissingCommaBetweenElements() {
        expectSyntaxError(#"{"a": [1 2]}"#, line: 1, column: 10, message: "expected ',' or ']' after an array element")
    }

    @Test func rejectsTrailingCommaInArray() {
        expectSyntaxError("{\"a\": [1, 2,\n]}", line: 1, column: 12, message: "trailing comma")
    }

    @Test func rejectsTrailingCommaInObject() {
        expectSyntaxError("{\"a\": [1],\n}", line: 1, column: 10, message: "trailing comma")
    }

    @Test func rejectsComments() {
        expectSyntaxError("{\"a\": // the list\n [1]}", line: 1, column: 7, message: "comments are not allowed")
    }

    @Test func reportsUnterminatedStringAtItsOpeningQuote() {
        expectSyntaxError(#"{"a": [1], "bc"#, line: 1, column: 12, message: "unterminated string")
    }

    @Test func reportsLineBreakInsideString() {
        expectSyntaxError("{\"title\n\": [1]}", line: 1, column: 2, message: "unterminated string")
    }

    @Test func reportsInvalidEscape() {
        expectSyntaxError(#"{"a\qb": [1]}"#, line: 1, column: 4, message: #"invalid escape \q"#)
    }

    @Test func reportsShortUnicodeEscape() {
        expectSyntaxError(#"{"\u00g0": [1]}"#, line: 1, column: 3, message: "four hexadecimal digits")
    }

    @Test func rejectsUnpairedSurrogates() {
        expectSyntaxError(#"{"\ud800x": [1]}"#, line: 1, column: 3, message: "surrogate pair")
        expectSyntaxError(#"{"\udc00": [1]}"#, line: 1, column: 3, message: "surrogate pair")
    }

    @Test func rejectsControlCharactersInStrings() {
        expectSyntaxError("{\"a\tb\": [1]}", line: 1, column: 4, message: "control character U+0009")
    }

    @Test func rejectsInvalidUTF8() throws {
        do {
            _ = try FastJSONDecoder().decode(String.self, from: bytes("\"ab") + [0xC3, 0x28] + bytes("\""))
            Issue.record("expected a syntax error")
        } catch let error as JSONSyntaxError {
            #expect(error.position == JSONPosition(line: 1, column: 4))
            #expect(error.message.contains("not valid UTF-8"))
        }
    }

    @Test func rejectsTrailingCharacters() {
        expectSyntaxError("{\"a\": [1]}\n}", line: 2, column: 1, message: "trailing characters after the JSON value")
    }

    @Test func rejectsLeadingZeros() {
        expectSyntaxError(#"{"a": [007]}"#, line: 1, column: 8, message: "cannot start with 0")
    }

    @Test func rejectsIncompleteNumbers() {
        expectSyntaxError(#"{"a": [1.]}"#, line: 1, column: 10, message: "expected a digit after the decimal point")
        expectSyntaxError(#"{"a": [-]}"#, line: 1, column: 9, message: "expected a digit after '-'")
        expectSyntaxError(#"{"a": [1e+]}"#, line: 1, column: 11, message: "expected a digit in the exponent")
    }

    @Test func rejectsMisspelledLiterals() {
        expectSyntaxError(#"{"a": tru}"#, line: 1, column: 7, message: "expected 'true'")
    }

    @Test func rejectsSingleQuotes() {
        expectSyntaxError("{'a': [1]}", line: 1, column: 2, message: "double quotes")
    }

    @Test func rejectsEmptyText() {
        expectSyntaxError(" \n ", line: 2, column: 2, message: "the text is empty")
    }

    @Test func reportsUnclosedObjectAtTheEnd() {
        expectSyntaxError("{\"a\": [1]\n", line: 2, column: 1, message: "the object opened at line 1, column 1")
    }

    @Test func countsColumnsInCharactersNotBytes() {
        expectSyntaxError(#"{"æøå": [1] x}"#, line: 1, column: 13, message: "expected ',' or '}'")
    }

    @Test func countsWindowsLineEndingsAsOneLineBreak() {
        expectSyntaxError("{\r\n\"a\": [1]\r\n\"b\": [2]}", line: 3, column: 1, message: "expected ',' or '}'")
    }
}

// MARK: - Decoding errors

struct FastJSONDecodingErrorTests {
    @Test func typeMismatchInThirdRecordReportsItsPathAndLine() {
        let error = decodingError([Item].self, threeItems)
        guard case .typeMismatch(_, let context) = error else {
            Issue.record("expected typeMismatch, got \(String(describing: error))")
            return
        }
        #expect(pathText(context.codingPath) == ["Index 2", "price"])
        #expect(FastJSONDecoder.position(of: error!) == JSONPosition(line: 4, column: 72))
        #expect(context.debugDescription == #"expected a number for "price", found a string (line 4, column 72)"#)
    }

    @Test func codingPathsMatchFoundation() {
        let ours = context(of: decodingError([Item].self, threeItems))
        let foundations = context(of: foundationError([Item].self, threeItems))
        #expect(ours.map { pathText($0.codingPath) } == foundations.map { pathText($0.codingPath) })
    }

    @Test func positionedErrorCarriesThePlainMessage() {
        guard let error = decodingError([Item].self, threeItems) else { return }
        let problem = FastJSONDecoder.positionedError(for: error)
        #expect(problem?.message == #"expected a number for "price", found a string"#)
        #expect(problem?.description == #"line 4, column 72: expected a number for "price", found a string"#)
    }

    @Test func missingKeyReportsTheObjectsPosition() {
        let error = decodingError(
            [Item].self, "[\n  {\"ageBand\":\"3-5\",\"author\":\"A\",\"price\":1,\"title\":\"T\"}\n]")
        guard case .keyNotFound(let key, let context) = error else {
            Issue.record("expected keyNotFound, got \(String(describing: error))")
            return
        }
        #expect(key.stringValue == "barcode")
        #expect(pathText(context.codingPath) == ["Index 0"])
        #expect(FastJSONDecoder.position(of: error!) == JSONPosition(line: 2, column: 3))
        #expect(context.debugDescription.hasPrefix(#"missing "barcode" in item 1"#))
    }

    @Test func nullForRequiredValueThrowsValueNotFound() {
        let json = #"{"ageBand":"3-5","author":null,"barcode":"1","price":1,"title":"T"}"#
        guard case .valueNotFound(_, let context) = decodingError(Item.self, json) else {
            Issue.record("expected valueNotFound")
            return
        }
        guard case .valueNotFound(_, let foundationContext) = foundationError(Item.self, json) else {
            Issue.record("Foundation disagrees")
            return
        }
        #expect(pathText(context.codingPath) == pathText(foundationContext.codingPath))
        #expect(context.debugDescription.hasPrefix(#"expected a string for "author", found null"#))
    }

    @Test func objectWhereArrayExpectedThrowsTypeMismatch() {
        guard case .typeMismatch(_, let context) = decodingError(Crate.self, #"{"id":"C","items":{}}"#) else {
            Issue.record("expected typeMismatch")
            return
        }
        #expect(pathText(context.codingPath) == ["items"])
        #expect(context.debugDescription.hasPrefix(#"expected an array for "items", found an object"#))
    }

    @Test func readingPastTheEndOfAnArrayThrowsValueNotFound() {
        struct Pair: Decodable {
            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                _ = try container.decode(Int.self)
                _ = try container.decode(Int.self)
            }
        }
        guard case .valueNotFound(_, let context) = decodingError(Pair.self, "[1]") else {
            Issue.record("expected valueNotFound")
            return
        }
        #expect(pathText(context.codingPath) == ["Index 1"])
    }

    @Test func errorsFromTypesOwnDecodingGetThePositionOfTheValue() {
        let error = decodingError([Shelf].self, "[\n  \"picture\",\n  \"comics\"\n]")
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(pathText(context.codingPath) == ["Index 1"])
        #expect(FastJSONDecoder.position(of: error!) == JSONPosition(line: 3, column: 3))
        #expect(context.debugDescription.hasSuffix("(line 3, column 3)"))
    }

    @Test func positionOfOtherErrorsIsNil() {
        #expect(FastJSONDecoder.position(of: CocoaError(.fileReadNoSuchFile)) == nil)
    }

    @Test func positionOfSyntaxErrorIsItsPosition() {
        let error = syntaxError("[1,]")
        #expect(error.flatMap { FastJSONDecoder.position(of: $0) } == JSONPosition(line: 1, column: 3))
    }
}

// MARK: - Long arrays on all cores

/// A record decoded concurrently in long arrays, with every kind of member the store's records have.
private struct Book: Codable, Equatable, ConcurrentlyDecodable {
    var id: String
    var title: String
    var author: String?
    var copies: Int
    var price: Decimal
    var shelf: Shelf
    var tags: [String]
    var label: Crate.Label?
}

/// Counts its live instances, to show that a failed concurrent decode frees what it decoded.
private final class Tracked: Decodable, Sendable {
    static let live = Atomic<Int>(0)
    let number: Int

    init(from decoder: any Decoder) throws {
        number = try decoder.singleValueContainer().decode(Int.self)
        Tracked.live.add(1, ordering: .relaxed)
    }

    deinit { Tracked.live.subtract(1, ordering: .relaxed) }
}

private struct TrackedRecord: Decodable, ConcurrentlyDecodable {
    var value: Tracked
}

@Suite("FastJSONDecoder: long arrays on all cores")
struct FastJSONConcurrentDecodingTests {
    /// Enough records for many chunks, one per line as in the store's files.
    private static func booksJSON(count: Int, replacing replacements: [Int: String] = [:]) -> String {
        let shelves = ["picture", "chapter", "board-book"]
        let lines = (0..<count).map { index in
            replacements[index]
                ?? """
                {"author":\(index.isMultiple(of: 4) ? "null" : "\"Author \(index % 97)\""),"copies":\(index % 5),\
                "id":"B\(index)","label":\(index.isMultiple(of: 3) ? "{\"text\":\"L\(index)\"}" : "null"),\
                "price":\(index).95,"shelf":"\(shelves[index % 3])","tags":["t\(index % 7)","æøå \(index)"],\
                "title":"Title \(index)"}
                """
        }
        return "{\n  \"books\" : [\n    " + lines.joined(separator: ",\n    ") + "\n  ]\n}\n"
    }

    private struct Shelfful: Decodable, Equatable {
        var books: [Book]
    }

    private static func decode(_ json: String, concurrently: Bool) throws -> Shelfful {
        var decoder = FastJSONDecoder()
        decoder.decodesConcurrently = concurrently
        return try decoder.decode(Shelfful.self, from: bytes(json))
    }

    /// The error decoding `json` throws, described with everything a caller can see of it.
    private static func errorDescription(_ json: String, concurrently: Bool) -> String? {
        do {
            _ = try decode(json, concurrently: concurrently)
            return nil
        } catch let error as DecodingError {
            let context = context(of: error)
            return "\(pathText(context?.codingPath ?? [])) \(context?.debugDescription ?? "")"
                + " \(String(describing: FastJSONDecoder.positionedError(for: error)))"
        } catch {
            return "\(error)"
        }
    }

    @Test func decodesTheSameAsOnOneThreadAndAsFoundation() throws {
        let json = Self.booksJSON(count: 5_000)
        let concurrent = try Self.decode(json, concurrently: true)
        #expect(concurrent == (try Self.decode(json, concurrently: false)))
        #expect(concurrent == (try JSONDecoder().decode(Shelfful.self, from: Data(json.utf8))))
        #expect(concurrent.books.map(\.id) == (0..<5_000).map { "B\($0)" })
    }

    @Test(arguments: [256, 257, 1_000, 4_097])
    func keepsEveryElementInOrderWhateverTheLength(count: Int) throws {
        let json = Self.booksJSON(count: count)
        #expect(try Self.decode(json, concurrently: true) == (try Self.decode(json, concurrently: false)))
    }

    @Test func reportsTheFirstErrorInDocumentOrder() {
        // Problems in several chunks; the earliest is a missing key in record 1,500.
        var json = Self.booksJSON(
            count: 5_000,
            replacing: [
                1_500: #"{"id":"B1500","price":1,"shelf":"picture","tags":[],"title":"T"}"#,
                3_900: #"{"copies":"many","id":"B3900","price":1,"shelf":"picture","tags":[],"title":"T"}"#,
                4_999: #"{"copies":1,"id":"B4999","price":1,"shelf":"comics","tags":[],"title":"T"}"#,
            ])
        let sequential = Self.errorDescription(json, concurrently: false)
        #expect(sequential?.hasPrefix(#"["books", "Index 1500"] missing "copies""#) == true)
        for _ in 0..<20 {
            #expect(Self.errorDescription(json, concurrently: true) == sequential)
        }
        // With the first problem mended, the next one is reported, and so on.
        json = json.replacing(#"{"id":"B1500","price":1"#, with: #"{"copies":1,"id":"B1500","price":1"#)
        let second = Self.errorDescription(json, concurrently: false)
        #expect(second?.hasPrefix(#"["books", "Index 3900", "copies"] expected a whole number"#) == true)
        #expect(Self.errorDescription(json, concurrently: true) == second)
    }

    @Test func anErrorLateInOneChunkWinsOverOneEarlyInTheNext() {
        // The second chunk usually fails first, while the first is still at work.
        let last = JSONConcurrentArray.minimumChunkLength - 1
        let json = Self.booksJSON(
            count: 2_000,
            replacing: [
                last: #"{"copies":1,"id":"B","price":1,"shelf":"comics","tags":[],"title":"T"}"#,
                last + 1: #"{"copies":1,"id":"B","price":1,"shelf":"picture","tags":[7],"title":"T"}"#,
            ])
        let sequential = Self.errorDescription(json, concurrently: false)
        #expect(sequential?.hasPrefix(#"["books", "Index \#(last)", "shelf"]"#) == true)
        for _ in 0..<50 {
            #expect(Self.errorDescription(json, concurrently: true) == sequential)
        }
    }

    @Test func reportsAnErrorInTheLastElement() {
        let json = Self.booksJSON(
            count: 3_000,
            replacing: [2_999: #"{"copies":1,"id":"B2999","price":1,"shelf":"comics","tags":[],"title":"T"}"#])
        let sequential = Self.errorDescription(json, concurrently: false)
        #expect(sequential?.contains("Index 2999") == true)
        #expect(Self.errorDescription(json, concurrently: true) == sequential)
    }

    @Test func nestedValuesKeepTheirFullCodingPath() {
        let json = Self.booksJSON(
            count: 2_000,
            replacing: [
                1_234:
                    #"{"copies":1,"id":"B1234","label":{"text":7},"price":1,"shelf":"picture","tags":[],"title":"T"}"#
            ])
        let error = Self.errorDescription(json, concurrently: true)
        #expect(error?.hasPrefix(#"["books", "Index 1234", "label", "text"] expected a string"#) == true)
        #expect(error == Self.errorDescription(json, concurrently: false))
    }

    @Test func aFailedDecodeFreesWhatItDecoded() {
        let values = (0..<3_000).map { $0 == 2_500 ? #"{"value":"x"}"# : "{\"value\":\($0)}" }
        let json = "[" + values.joined(separator: ",") + "]"
        #expect(throws: DecodingError.self) { try FastJSONDecoder().decode([TrackedRecord].self, from: bytes(json)) }
        #expect(Tracked.live.load(ordering: .relaxed) == 0)
        let mended = json.replacing(#"{"value":"x"}"#, with: #"{"value":2500}"#)
        let records = try? FastJSONDecoder().decode([TrackedRecord].self, from: bytes(mended))
        #expect(records?.map(\.value.number) == Array(0..<3_000))
        #expect(Tracked.live.load(ordering: .relaxed) == 3_000)
    }
}
