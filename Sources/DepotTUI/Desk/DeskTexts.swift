import DepotCore

/// The texts of packing for a visit, the van leaving and the questions of the send form.
enum DeskText: String, TextCatalogue {
    // Packing for a visit
    case formPackForVisit, fieldPartner, fieldCratesToPack, fieldVisit, fieldSpecial, no, yes, packedForVisit
    case specialHint, notAVisitDayHint, noPartner
    // The van leaving
    case vanLeftStop, vanLeftRoute, vanLeftDone, vanNothingPacked, vanNoStop, vanNotYet, nounCrate, nounPartner
    // The send form
    case askSpecial, askSpecialNoRoute, routeWeekday, listAnd, specialTitle, fieldHomeHow, homeScan, homeUnscanned,
        scanOldNext
    case scanOthersToo, exchangeNothingNew
    // Keys
    case keyPackForVisit, keyVanLeft, keyVanLeftRoute

    /// The names of the placeholders in each text (`{name}` in the language files), in the order `format` is
    /// given them.
    static let placeholders: [DeskText: [String]] = [
        .formPackForVisit: ["partner"],
        .packedForVisit: ["crates", "partner", "day"],
        .notAVisitDayHint: ["reason"],
        .vanLeftStop: ["day", "crates", "partner"],
        .vanLeftRoute: ["route", "day", "crates", "partners"],
        .vanLeftDone: ["route", "sent"],
        .vanNothingPacked: ["route", "day"],
        .vanNotYet: ["day"],
        .askSpecial: ["route", "weekdays", "nextDay"],
        .askSpecialNoRoute: ["partner", "nextDay"],
        .routeWeekday: ["weekday"],
        .specialTitle: ["partner"],
        .scanOldNext: ["sent", "crates"],
        .scanOthersToo: ["crates"],
        .exchangeNothingNew: ["crates"],
    ]
}
