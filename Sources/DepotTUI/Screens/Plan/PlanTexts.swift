import DepotCore

/// The texts of the Plan tab (tab 7). Reasons for conflicts and unplanned cells, and the explanations, come from
/// the planner's own words in the core (`PlanWords`).
enum PlanTabText: String, TextCatalogue {
    case title, stateDraft, statePublished, stateRevising, summary, noPlan, columnPartner, legend
    case cellCollect, cellMissing
    case detailLeave, detailPickUp, detailNoVisit, detailPinned, detailPast, detailWhy, detailRoute, detailNoConflict
    case kindDelivery, kindExchange, kindCollection
    case keyPlan, keyMoveVisit, keySwap, keyPin, keyPublish, keyDates, keySeason, keyCrate, keyCells
    case planned, moved, swapped, pinned, unpinned, published, conflicts, conflictFirst, noConflicts
    case swapMarked, swapCancelled, swapSameVisit, swapRefused, confirmPublish, alreadyPublished, pastIsFixed
    case formNewVisit, addedVisit, helpMoveVisit, nounVisit, nounConflict
    case noVisitHere, noCrateHere, noPlanYet, formMove, fieldNewDay, dayTaken, dayOutsideSeason, dayPassed
    case closuresMissing, closuresMissingShort, keyCopyClosures, hintCopyClosures, closuresCopied, closuresNoneMissing
    case keyNextConflict, conflictNumber, conflictNone
    case keySearch, searchNoMatch, keyChanges, helpChanges, changesTitle, changesNone, changesNotPublished, changesMore
    case keyPinPublished, pinnedPublished, unpinnedPublished, nothingPublished, confirmDates, totalConflicts
    case noConflictsHere, undoHint, helpUndo, undoQuestion, redoQuestion, undone, redone

    /// The names of the placeholders in each text (`{name}` in the language files), in the order `format` is
    /// given them.
    static let placeholders: [PlanTabText: [String]] = [
        .title: ["season"],
        .statePublished: ["revision", "day"],
        .stateRevising: ["revision", "day"],
        .summary: ["visits", "conflicts", "unplanned"],
        .noPlan: ["season"],
        .cellCollect: ["crates"],
        .cellMissing: ["crates"],
        .detailNoVisit: ["week"],
        .detailRoute: ["route"],
        .planned: ["season", "visits", "conflicts", "unplanned"],
        .moved: ["visit", "day"],
        .swapped: ["first", "second"],
        .pinned: ["partner", "day"],
        .unpinned: ["partner", "day"],
        .published: ["season", "revision"],
        .conflicts: ["done", "conflicts", "first"],
        .conflictFirst: ["done", "conflict"],
        .noConflicts: ["done"],
        .conflictNumber: ["number", "count", "conflict"],
        .swapMarked: ["crate", "partner"],
        .confirmPublish: ["season", "revision", "visits", "unplanned"],
        .alreadyPublished: ["revision"],
        .formMove: ["partner", "day"],
        .formNewVisit: ["partner"],
        .addedVisit: ["partner", "day"],
        .dayTaken: ["partner"],
        .dayOutsideSeason: ["season"],
        .closuresMissing: ["count", "lastSeason", "season"],
        .closuresMissingShort: ["count"],
        .closuresCopied: ["count", "lastSeason", "partners"],
        .closuresNoneMissing: ["season"],
        .searchNoMatch: ["query"],
        .changesTitle: ["revision", "letters", "moved", "published"],
        .changesMore: ["count"],
        .pinnedPublished: ["count", "changed"],
        .unpinnedPublished: ["count"],
        .confirmDates: ["partner", "conflicts", "first"],
        .totalConflicts: ["conflicts"],
        .noConflictsHere: ["done", "conflicts"],
        .undoQuestion: ["what"],
        .redoQuestion: ["what"],
        .undone: ["what"],
        .redone: ["what"],
    ]
}
