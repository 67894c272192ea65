/// The words for an item's format and age band, as the screen, the import report and the printouts show them
/// ("billedbog", "3-6", "skole").
public enum ItemText: String, TextCatalogue {
    case formatPictureBook, formatBoardBook, formatBook, formatAudiobook, formatGame, formatOther
    case ageSchool

    public static let placeholders: [ItemText: [String]] = [:]
}

extension Item.Format {
    /// "billedbog" / "picture book".
    public func name(in book: TextBook) -> String {
        switch self {
        case .pictureBook: return book[ItemText.formatPictureBook]
        case .boardBook: return book[ItemText.formatBoardBook]
        case .book: return book[ItemText.formatBook]
        case .audiobook: return book[ItemText.formatAudiobook]
        case .game: return book[ItemText.formatGame]
        case .other: return book[ItemText.formatOther]
        }
    }
}

extension AgeBand {
    /// "0-3", "3-6", "skole" / "school".
    public func name(in book: TextBook) -> String {
        switch self {
        case .toddlers, .preschool: return rawValue
        case .school: return book[ItemText.ageSchool]
        }
    }
}
