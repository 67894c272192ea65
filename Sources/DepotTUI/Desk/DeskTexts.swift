import DepotCore

/// The texts of packing for a visit, the van leaving and the questions of the send form.
enum DeskText: String, TextCatalogue {
    // Packing for a visit
    case formPackForVisit, fieldPartner, fieldCratesToPack, fieldVisit, fieldSpecial, no, yes, packedForVisit
    case specialHint, notAVisitDayHint, noPartner
    // The van leaving
    case vanLeftStop, vanLeftRoute, vanLeftDone, vanNothingPacked, vanNoStop, vanNotYet
    // The send form
    case askSpecial, askSpecialNoRoute, specialTitle, fieldHomeHow, homeScan, homeUnscanned, scanOldNext
    case scanOthersToo, exchangeNothingNew
    // Keys
    case keyPackForVisit, keyVanLeft, keyVanLeftRoute

    static let danish: [DeskText: String] = [
        .formPackForVisit: "Pak til besøg hos {0}", .fieldPartner: "Partner", .fieldCratesToPack: "Kasser",
        .fieldVisit: "Besøg", .fieldSpecial: "Særlig levering", .no: "nej", .yes: "ja",
        .packedForVisit: "Pakket {0} til {1} til besøget {2}",
        .specialHint: "ja: bilen kører ud særligt den dag, uden for ruten",
        .notAVisitDayHint: "{0} Vælg særlig levering = ja for at køre alligevel.",
        .noPartner: "Skriv partnerens navn eller id.",
        .vanLeftStop: "Bilen er kørt {0}: send {1} til {2}?",
        .vanLeftRoute: "Bilen {0} er kørt {1}: send {2} kasse(r) til {3} partner(e)?",
        .vanLeftDone: "Sendt med bilen {0}: {1}", .vanNothingPacked: "Der er intet pakket til bilen {0} {1}.",
        .vanNoStop: "Vælg et stop på en rute.",
        .vanNotYet: "Bilen kører {0}; markér den kørt den dag.",
        .askSpecial: "{0} kører om {1}; send som særlig levering i dag? (næste bildag er {2})",
        .askSpecialNoRoute: "Bilen kommer ikke til {0} i dag; send som særlig levering i dag? (næste bildag er {1})",
        .specialTitle: "{0} · særlig levering i dag", .fieldHomeHow: "Hjem",
        .homeScan: "scan ind nu", .homeUnscanned: "tæl hjem uden scanning",
        .scanOldNext: "Sendt: {0}. Scan nu {1} hjem.", .scanOthersToo: "Scan bagefter også {0} hjem.",
        .exchangeNothingNew: "Ingen nye kasser; scan {0} hjem.",
        .keyPackForVisit: "pak til besøg", .keyVanLeft: "bilen er kørt (stop)",
        .keyVanLeftRoute: "bilen er kørt (hele ruten den dag)",
    ]

    static let english: [DeskText: String] = [
        .formPackForVisit: "Pack for the visit to {0}", .fieldPartner: "Partner", .fieldCratesToPack: "Crates",
        .fieldVisit: "Visit", .fieldSpecial: "Special delivery", .no: "no", .yes: "yes",
        .packedForVisit: "Packed {0} for {1} for the visit on {2}",
        .specialHint: "yes: the van goes out that day on purpose, off the route",
        .notAVisitDayHint: "{0} Choose special delivery = yes to go anyway.",
        .noPartner: "Type the partner's name or id.",
        .vanLeftStop: "The van has left on {0}: send {1} to {2}?",
        .vanLeftRoute: "The {0} van has left on {1}: send {2} crate(s) to {3} partner(s)?",
        .vanLeftDone: "Sent with the {0} van: {1}", .vanNothingPacked: "Nothing is packed for the {0} van on {1}.",
        .vanNoStop: "Choose a stop on a route.",
        .vanNotYet: "The van leaves on {0}; mark it gone that day.",
        .askSpecial: "{0} runs on {1}; send as a special delivery today? (the next van day is {2})",
        .askSpecialNoRoute: "The van does not come to {0} today; send as a special delivery today? (next van day {1})",
        .specialTitle: "{0} · special delivery today", .fieldHomeHow: "Home",
        .homeScan: "scan in now", .homeUnscanned: "count home unscanned",
        .scanOldNext: "Sent: {0}. Now scan {1} home.", .scanOthersToo: "Scan {0} home afterwards too.",
        .exchangeNothingNew: "No new crates; scan {0} home.",
        .keyPackForVisit: "pack for a visit", .keyVanLeft: "the van has left (stop)",
        .keyVanLeftRoute: "the van has left (the whole route that day)",
    ]
}
