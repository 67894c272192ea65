import DepotCore

/// The texts of the competition evening: entering the judges' scores and the ranking of a round.
enum ScoringText: String, TextCatalogue {
    // Score entry
    case entryTitle, noJudges, noReaders, judgeLabel, judgeSwitch, cellPrompt, pending, outOfRange
    case saved, corrected, cleared, progress, corrections, tieLegend, placePerSchool
    // Columns
    case columnNumber, columnReader, columnSchool, columnClass, columnJudgeSum, columnTotal, columnPlace, range
    // Ranking
    case rankingTitle, judgesLine, judgeShort, advancing, advancingPerSchool, lastRound, tieRuleReadOff, tieRuleLot
    case noScores, tieHint, notTied, pickAmongTied, pickNext, methodReadOff, methodLot, decidedByReadOff, decidedByLot
    case confirmAdvance, advanced, printName
    case noteReadOffNeeded, noteDecidedReadOff, noteDecidedLot, noteAdvances, noteAdvanced, noteMissing
    case noteAdvancesAfterReadOff, noteAdvancesAfterLot
    // Words
    case and
    case roleStoryteller, roleSchoolConsultant, roleLibrarian, roleTeacher, roleOther
    case stageClassHeat, stageSchoolHeat, stageDistrictHeat, stageSemiFinal, stageFinal
    case criterionTechnique, criterionInterpretation, criterionPassage
    case criterionTechniqueShort, criterionInterpretationShort, criterionPassageShort
    // Keys
    case keyPoints, keyJudge, keyClear, keyClose, keyMove, keyPick, keyCancel, keyYes, keyNo
    case keyReadOff, keyLot, keyAdvance, keyPrint

    static let danish: [ScoringText: String] = [
        .entryTitle: "Point · {0} · {1}",
        .noJudges: "{0} har ingen dommere endnu. Tilføj dommerne til runden først.",
        .noReaders: "Der er ingen oplæsere eller kriterier i {0} endnu.",
        .judgeLabel: "Dommer {0} af {1}:", .judgeSwitch: "Tab: næste dommer",
        .cellPrompt: "{0} ({1}) · {2}: 0–{3} point",
        .pending: "{0}… Enter gemmer",
        .outOfRange: "{0} giver højst {1} point; {2} er ikke gemt.",
        .saved: "Gemt: {0} · {1} {2} · {3}",
        .corrected: "Rettet: {0} · {1} {2} → {3} · {4} (i loggen)",
        .cleared: "Slettet: {0} · {1} {2} · {3} (i loggen)",
        .progress: "{0}/{1} udfyldt", .corrections: "rettelser: {0}",
        .tieLegend: "2= lige: omlæsning", .placePerSchool: "plads pr. skole",
        .columnNumber: "Nr", .columnReader: "Oplæser", .columnSchool: "Skole", .columnClass: "Klasse",
        .columnJudgeSum: "Sum", .columnTotal: "I alt", .columnPlace: "Plads", .range: "0–{0}",
        .rankingTitle: "Placering · {0} · {1}", .judgesLine: "Dommere: {0}", .judgeShort: "D{0}",
        .advancing: "{0} går videre til {1}", .advancingPerSchool: "{0} pr. skole går videre til {1}",
        .lastRound: "Sidste runde", .tieRuleReadOff: "lige point afgøres ved omlæsning",
        .tieRuleLot: "lige point afgøres ved lodtrækning",
        .noScores: "Ingen point endnu.",
        .tieHint: "{0} står lige. Vandt {1}? o = ved omlæsning, l = ved lodtrækning",
        .notTied: "{0} står ikke lige med nogen; der er intet at afgøre.",
        .pickAmongTied: "Vælg blandt {0}.",
        .pickNext: "{0}: hvem blev nr. {1} af {2}? Vælg med ↑↓ og Enter.",
        .methodReadOff: "Omlæsning", .methodLot: "Lodtrækning",
        .decidedByReadOff: "Omlæsning afgjort: {0}", .decidedByLot: "Lodtrækning afgjort: {0}",
        .confirmAdvance: "Skal {0} gå videre til {1}? j = ja, n = nej",
        .advanced: "{0} går videre til {1}",
        .printName: "resultater-{0}-runde-{1}.txt",
        .noteReadOffNeeded: "omlæsning nødvendig", .noteDecidedReadOff: "afgjort ved omlæsning",
        .noteDecidedLot: "afgjort ved lod", .noteAdvances: "går videre", .noteAdvanced: "videre til {0}",
        .noteMissing: "mangler point", .noteAdvancesAfterReadOff: "går videre (omlæsning)",
        .noteAdvancesAfterLot: "går videre (lod)",
        .and: "og",
        .roleStoryteller: "fortæller", .roleSchoolConsultant: "skolekonsulent", .roleLibrarian: "bibliotekar",
        .roleTeacher: "lærer", .roleOther: "dommer",
        .stageClassHeat: "Klasserunde", .stageSchoolHeat: "Skolerunde", .stageDistrictHeat: "Kredsrunde",
        .stageSemiFinal: "Semifinale", .stageFinal: "Finale",
        .criterionTechnique: "Læseteknik", .criterionInterpretation: "Fortolkning",
        .criterionPassage: "Tekstvalg og forståelse",
        .criterionTechniqueShort: "Teknik", .criterionInterpretationShort: "Fortolkn.",
        .criterionPassageShort: "Tekst",
        .keyPoints: "point", .keyJudge: "dommer", .keyClear: "slet", .keyClose: "luk", .keyMove: "flyt",
        .keyPick: "vælg", .keyCancel: "fortryd", .keyYes: "ja", .keyNo: "nej",
        .keyReadOff: "omlæsning", .keyLot: "lod", .keyAdvance: "videre", .keyPrint: "udskriv",
    ]

    static let english: [ScoringText: String] = [
        .entryTitle: "Scores · {0} · {1}",
        .noJudges: "{0} has no judges yet. Add the round's judges first.",
        .noReaders: "{0} has no readers or criteria yet.",
        .judgeLabel: "Judge {0} of {1}:", .judgeSwitch: "Tab: next judge",
        .cellPrompt: "{0} ({1}) · {2}: 0–{3} points",
        .pending: "{0}… Enter saves",
        .outOfRange: "{0} allows at most {1} points; {2} was not saved.",
        .saved: "Saved: {0} · {1} {2} · {3}",
        .corrected: "Corrected: {0} · {1} {2} → {3} · {4} (logged)",
        .cleared: "Cleared: {0} · {1} {2} · {3} (logged)",
        .progress: "{0}/{1} filled", .corrections: "corrections: {0}",
        .tieLegend: "2= tied: read-off", .placePerSchool: "place per school",
        .columnNumber: "No", .columnReader: "Reader", .columnSchool: "School", .columnClass: "Class",
        .columnJudgeSum: "Sum", .columnTotal: "Total", .columnPlace: "Place", .range: "0–{0}",
        .rankingTitle: "Ranking · {0} · {1}", .judgesLine: "Judges: {0}", .judgeShort: "J{0}",
        .advancing: "{0} advance to {1}", .advancingPerSchool: "{0} per school advance to {1}",
        .lastRound: "Last round", .tieRuleReadOff: "ties are decided by a read-off",
        .tieRuleLot: "ties are decided by lot",
        .noScores: "No scores yet.",
        .tieHint: "{0} are tied. Did {1} win? o = by read-off, l = by lot",
        .notTied: "{0} is not tied with anyone; there is nothing to decide.",
        .pickAmongTied: "Choose among {0}.",
        .pickNext: "{0}: who came {1}. of {2}? Choose with ↑↓ and Enter.",
        .methodReadOff: "Read-off", .methodLot: "Lot",
        .decidedByReadOff: "Read-off decided: {0}", .decidedByLot: "Lot decided: {0}",
        .confirmAdvance: "Move {0} on to {1}? y = yes, n = no",
        .advanced: "{0} advance to {1}",
        .printName: "results-{0}-round-{1}.txt",
        .noteReadOffNeeded: "read-off needed", .noteDecidedReadOff: "decided by read-off",
        .noteDecidedLot: "decided by lot", .noteAdvances: "advances", .noteAdvanced: "in the {0}",
        .noteMissing: "scores missing", .noteAdvancesAfterReadOff: "advances (read-off)",
        .noteAdvancesAfterLot: "advances (lot)",
        .and: "and",
        .roleStoryteller: "storyteller", .roleSchoolConsultant: "school consultant", .roleLibrarian: "librarian",
        .roleTeacher: "teacher", .roleOther: "judge",
        .stageClassHeat: "Class heat", .stageSchoolHeat: "School heat", .stageDistrictHeat: "District heat",
        .stageSemiFinal: "Semi-final", .stageFinal: "Final",
        .criterionTechnique: "Reading technique", .criterionInterpretation: "Interpretation",
        .criterionPassage: "Choice and understanding of the passage",
        .criterionTechniqueShort: "Technique", .criterionInterpretationShort: "Interpr.",
        .criterionPassageShort: "Passage",
        .keyPoints: "points", .keyJudge: "judge", .keyClear: "clear", .keyClose: "close", .keyMove: "move",
        .keyPick: "choose", .keyCancel: "cancel", .keyYes: "yes", .keyNo: "no",
        .keyReadOff: "read-off", .keyLot: "lot", .keyAdvance: "advance", .keyPrint: "print",
    ]
}
