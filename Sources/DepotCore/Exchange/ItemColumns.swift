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

    /// Why a mapping could not be read.
    public struct MappingError: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
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
        let fieldNames = Field.allCases.map(\.rawValue).joined(separator: ", ")
        for pair in spec.split(separator: ",", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw MappingError(description: "\"\(pair)\" in the mapping should be field=Column, e.g. title=Titel")
            }
            let fieldName = String(parts[0]).trimmingSpaces
            let column = String(parts[1]).trimmingSpaces
            guard let field = Field.allCases.first(where: { $0.rawValue.lowercased() == fieldName.lowercased() })
            else {
                if fieldName.lowercased() == "status" {
                    throw MappingError(description: "an import never changes an item's status; leave status out")
                }
                throw MappingError(description: "\"\(fieldName)\" is not an item field; the fields are \(fieldNames)")
            }
            guard !column.isEmpty else { throw MappingError(description: "no column name given for \(field.rawValue)") }
            guard !explicit.contains(field) else {
                throw MappingError(description: "\(field.rawValue) is mapped twice")
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
