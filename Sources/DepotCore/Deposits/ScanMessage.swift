extension ScanIn {
    /// One line for the status bar after a scan, in Danish or English: what was scanned and what to do with it.
    ///
    /// "Gummi-Tarzan er tilbage (3 af 4)", "5000100000005 hører ikke til dette depot, men til kasse K002 hos Kolind
    /// Skole. Læg den til side."
    public func message(for result: ScanResult, language: Language) -> String {
        switch result {
        case .returned(let item):
            let count = language.said(.of, returnedCount, expectedCount)
            return language.said(.isBack, item.title, count)
        case .alreadyScanned(let item):
            return language.said(.wasAlreadyScanned, item.title)
        case .lateReturn(let item, let deposit):
            return language.said(.fromDepositIsHomeAnd, item.title, item.id, deposit)
        case .foreign(let item, let crate, let partner):
            let partnerName = partner.map { id in Desk.partner(id, in: data, index: index)?.name ?? id.rawValue }
            let place: String
            switch (crate, partnerName) {
            case (let crate?, let name?): place = language.said(.crateAt, crate, name)
            case (let crate?, nil): place = language.said(.crate, crate)
            case (nil, let name?): place = language.said(.aDepositAt, name)
            case (nil, nil): place = language.said(.theShelfNotADeposit)
            }
            return language.said(.isNotOnThisDeposit, item.id, item.title, place)
        case .unknown(let code):
            if code.isEmpty { return language.said(.theBarcodeWasEmpty) }
            return language.said(.noItemHasTheBarcode, code)
        }
    }
}

/// The texts of `ScanIn` in the language files.
public enum ScanText: String, TextCatalogue {
    case progress
    case of
    case isBack
    case wasAlreadyScanned
    case fromDepositIsHomeAnd
    case crateAt
    case crate
    case aDepositAt
    case theShelfNotADeposit
    case isNotOnThisDeposit
    case theBarcodeWasEmpty
    case noItemHasTheBarcode

    public static let placeholders: [ScanText: [String]] = [
        .progress: ["returned", "expected"],
        .of: ["returnedCount", "expectedCount"],
        .isBack: ["title", "count"],
        .wasAlreadyScanned: ["title"],
        .fromDepositIsHomeAnd: ["title", "id", "deposit"],
        .crateAt: ["crate", "name"],
        .crate: ["crate"],
        .aDepositAt: ["name"],
        .isNotOnThisDeposit: ["id", "title", "place"],
        .noItemHasTheBarcode: ["code"],
    ]
}

extension Language {
    fileprivate func said(_ key: ScanText, _ arguments: CustomStringConvertible...) -> String {
        TextBook(self).filled(key, arguments)
    }
}
