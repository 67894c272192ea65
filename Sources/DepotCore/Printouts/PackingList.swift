/// The sheet that goes into a crate: number, theme, age band and colour, and every item with its barcode, so the
/// kindergarten and the desk can see at a glance what should come back. Plain text, at most 80 columns.
public enum PackingList {
    /// The sheet for `crate`; `destination` (the partner, route and day it goes to) is printed under the count.
    /// `index` is `data`'s look-ups when the caller has them.
    public static func text(
        for crate: Crate, data: LibraryData, today: Day, language: Language, destination: String? = nil,
        index: LibraryIndex? = nil
    ) -> String {
        let index = index ?? LibraryIndex(data)
        let days = DayText(language)
        let book = TextBook(language)
        var lines: [String] = []
        lines.append(data.settings.name)
        lines.append(book.format(PackingListText.title, crate.id) + " · " + days.long(today))
        lines.append(String(repeating: "=", count: 78))
        let colour: String
        switch crate.colour {
        case .red: colour = book[PackingListText.colourRed]
        case .green: colour = book[PackingListText.colourGreen]
        case .blue: colour = book[PackingListText.colourBlue]
        }
        func label(_ key: PackingListText) -> String { pad(book[key] + ":", 11) }
        lines.append(label(.theme) + crate.theme)
        lines.append(label(.age) + "\(crate.ageBand.rawValue) (\(colour))")
        lines.append(label(.count) + "\(crate.itemBarcodes.count)")
        if let destination { lines.append(label(.destination) + cut(destination, 67)) }
        lines.append("")
        lines.append(
            pad(book[PackingListText.barcode], 15) + pad(book[PackingListText.itemTitle], 42)
                + book[PackingListText.author])
        lines.append(String(repeating: "-", count: 78))
        for barcode in crate.itemBarcodes {
            let item = data.item(barcode, in: index)
            let line = pad(barcode.rawValue, 15) + pad(cut(item?.title ?? "?", 40), 42) + cut(item?.author ?? "", 21)
            lines.append(line)
        }
        lines.append(String(repeating: "-", count: 78))
        lines.append(book[PackingListText.signatures])
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where a packed crate goes: "Børnehaven Bikuben · Vest · torsdag 3. december 2026" (the partner, its route
    /// and the visit it is packed for, `DepositVisits.packedVisit`), with "særlig levering" for a day off the
    /// route; nil for a crate not packed for anyone.
    public static func destination(of crate: Crate.ID, data: LibraryData, today: Day, language: Language) -> String? {
        guard
            let deposit = data.deposits.last(where: {
                $0.crateIDs.contains(crate) && $0.dispatchedOn == nil && $0.returnedOn == nil
            }),
            let partner = data.partners.first(where: { $0.id == deposit.partnerID })
        else { return nil }
        let words = WeekWords(language)
        let day = DepositVisits.packedVisit(of: deposit, partner: partner, data: data, today: today)
        var text = "\(partner.name) · \(words.routeName(partner.routeID, data: data)) · \(words.dayHeading(day))"
        if Desk.isSpecialDelivery(day, for: partner, settings: data.settings) {
            text += " · " + words.specialDelivery
        }
        return text
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private static func cut(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}

/// The keys of the packing lists' words (the text sheet, and the HTML one with the route sheets).
enum PackingListText: String, TextCatalogue {
    case title, theme, age, count, destination, barcode, itemTitle, author, signatures, signaturesHTML
    case colourRed, colourGreen, colourBlue

    static let placeholders: [PackingListText: [String]] = [.title: ["crate"]]
}
