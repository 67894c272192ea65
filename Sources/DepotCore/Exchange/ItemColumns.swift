/// Which column of an item file holds which field of an item.
///
/// By default the columns have Depot's own names, the ones `depot export items` writes (`barcode`, `title`, ...).
/// A mapping such as `barcode=Stregkode,title=Titel,price=Pris` renames some of them; fields not named keep their
/// default column. Column names are matched ignoring case. An item's status is never imported.
public struct ItemColumns: Hashable, Sendable {
    public enum Field: String, CaseIterable, Sendable, Comparable {
        case barcode, title, author, ageBand, theme, format, price

        public static func < (lhs: Field, rhs: Field) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Why a mapping could not be read, said in the language asked for (`ImportText`).
    public struct MappingError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedText {
        public enum Kind: Hashable, Sendable {
            /// A part that is not `field=Column`.
            case notFieldColumn(String)
            case status
            case unknownField(String)
            case noColumn(Field)
            case twice(Field)
        }

        public var kind: Kind

        public var description: String { text(in: .english) }

        public func text(in language: Language) -> String {
            let book = TextBook(language)
            switch kind {
            case .notFieldColumn(let pair): return book.format(ImportText.mappingNotFieldColumn, "\"\(pair)\"")
            case .status: return book[ImportText.mappingStatus]
            case .unknownField(let name):
                let fields = Field.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
                return book.format(ImportText.mappingUnknownField, "\"\(name)\"", fields)
            case .noColumn(let field): return book.format(ImportText.mappingNoColumn, field.rawValue)
            case .twice(let field): return book.format(ImportText.mappingTwice, field.rawValue)
            }
        }
    }

    /// The column name of each field.
    public private(set) var names: [Field: String]
    /// The fields the user named a column for: those columns must be in the file.
    public private(set) var explicit: Set<Field>

    /// Depot's own column names.
    public init() {
        names = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0, $0.rawValue) })
        explicit = []
    }

    /// Reads `field=Column,field=Column`; fields not named keep Depot's column name.
    public init(parsing spec: String) throws(MappingError) {
        self.init()
        for pair in spec.split(separator: ",", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw MappingError(kind: .notFieldColumn(String(pair)))
            }
            let fieldName = String(parts[0]).trimmingSpaces
            let column = String(parts[1]).trimmingSpaces
            guard let field = Field.allCases.first(where: { $0.rawValue.lowercased() == fieldName.lowercased() })
            else {
                if fieldName.lowercased() == "status" {
                    throw MappingError(kind: .status)
                }
                throw MappingError(kind: .unknownField(fieldName))
            }
            guard !column.isEmpty else { throw MappingError(kind: .noColumn(field)) }
            guard !explicit.contains(field) else {
                throw MappingError(kind: .twice(field))
            }
            names[field] = column
            explicit.insert(field)
        }
    }

    /// Where each field is in `table`. Throws when the barcode column, or a column the user named, is missing.
    func positions(in table: CSVTable) throws(ItemImport.Failure) -> [Field: Int] {
        var positions: [Field: Int] = [:]
        for field in Field.allCases {
            let name = names[field]!
            if let position = table.column(named: name) {
                positions[field] = position
            } else if field == .barcode || explicit.contains(field) {
                throw .missingColumn(field: field, column: name, header: table.header)
            }
        }
        return positions
    }

    /// `barcode=Stregkode,title=Titel,...`: the mapping in the form it is typed.
    public var spec: String {
        Field.allCases.map { "\($0.rawValue)=\(names[$0]!)" }.joined(separator: ",")
    }
}
