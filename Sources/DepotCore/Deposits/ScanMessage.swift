extension ScanIn {
    /// One line for the status bar after a scan, in Danish or English: what was scanned and what to do with it.
    ///
    /// "Gummi-Tarzan er tilbage (3 af 4)", "5000100000005 hører ikke til dette depot, men til kasse K002 hos Kolind
    /// Skole. Læg den til side."
    public func message(for result: ScanResult, language: Language) -> String {
        let danish = language == .danish
        switch result {
        case .returned(let item):
            let count = danish ? "\(returnedCount) af \(expectedCount)" : "\(returnedCount) of \(expectedCount)"
            return danish ? "\(item.title) er tilbage (\(count))." : "\(item.title) is back (\(count))."
        case .alreadyScanned(let item):
            return danish ? "\(item.title) er allerede scannet." : "\(item.title) was already scanned."
        case .lateReturn(let item, let deposit):
            return danish
                ? "\(item.title) (\(item.id)) fra depot \(deposit) er kommet hjem og registreres fundet."
                : "\(item.title) (\(item.id)) from deposit \(deposit) is home and will be recorded found."
        case .foreign(let item, let crate, let partner):
            let partnerName = partner.map { id in Desk.partner(id, in: data, index: index)?.name ?? id.rawValue }
            let place: String
            switch (crate, partnerName) {
            case (let crate?, let name?): place = danish ? "kasse \(crate) hos \(name)" : "crate \(crate) at \(name)"
            case (let crate?, nil): place = danish ? "kasse \(crate)" : "crate \(crate)"
            case (nil, let name?): place = danish ? "et depot hos \(name)" : "a deposit at \(name)"
            case (nil, nil): place = danish ? "hylden, ikke et depot" : "the shelf, not a deposit"
            }
            return danish
                ? "\(item.id) \(item.title) hører ikke til dette depot, men til \(place). Læg den til side."
                : "\(item.id) \(item.title) is not on this deposit: it belongs to \(place). Put it aside."
        case .unknown(let code):
            if code.isEmpty { return danish ? "Stregkoden var tom." : "The barcode was empty." }
            return danish ? "Intet materiale har stregkoden \(code)." : "No item has the barcode \(code)."
        }
    }
}
