/// A crate while the library is being generated: items are indices into `CollectionBuild.items`.
struct CrateBuild {
    var id: Crate.ID
    var band: AgeBand
    /// The theme on the label, and its index in the catalogue.
    var theme: String
    var themeIndex: Int
    var items: [Int]
}

/// The items and crates of a generated library, with the spare items on the shelf that replace lost ones.
struct CollectionBuild {
    var items: [Item]
    var crates: [CrateBuild]
    /// Spare items (in no crate, never lent) per age band (`toddlers`, `preschool`, `school`), taken from the end.
    var spares: [[Int]]

    static func bandIndex(_ band: AgeBand) -> Int {
        switch band {
        case .toddlers: return 0
        case .preschool: return 1
        case .school: return 2
        }
    }

    /// Takes a spare item of the age band off the shelf.
    mutating func takeSpare(band: AgeBand) -> Int? {
        spares[CollectionBuild.bandIndex(band)].popLast()
    }
}

/// Makes the themed crates and the items in them, plus spare items on the shelf.
enum CollectionFactory {
    /// The first barcode; barcodes are "5000" followed by nine digits.
    static let firstBarcode = 5_000_100_000_000

    static func make(profile: ScaleProfile, catalogue: TitleCatalogue, random: inout RandomSource) -> CollectionBuild {
        // Crates were bought over the years, so the numbers mix the age bands.
        let bands = random.shuffled(
            Array(repeating: AgeBand.toddlers, count: profile.toddlerCrates)
                + Array(repeating: AgeBand.preschool, count: profile.preschoolCrates)
                + Array(repeating: AgeBand.school, count: profile.schoolCrates))
        let width = max(3, String(bands.count).count)

        var themeOffsets: [AgeBand: Int] = [:]
        var cratesOfBand: [AgeBand: Int] = [:]
        var crates: [CrateBuild] = []
        var items: [Item] = []
        items.reserveCapacity(profile.itemCount)

        for (index, band) in bands.enumerated() {
            let themes = catalogue.themeIndices(for: band)
            let offset = themeOffsets[band] ?? random.below(themes.count)
            themeOffsets[band] = offset
            let count = cratesOfBand[band, default: 0]
            cratesOfBand[band] = count + 1
            let themeIndex = themes[(offset + count) % themes.count]

            let theme = catalogue.themes[themeIndex].theme
            let titles = catalogue.titles[themeIndex]
            // Thirty different titles; a theme with fewer titles than that gets second copies.
            var picks = Array(random.shuffled(Array(titles.indices)).prefix(LibraryGenerator.itemsPerCrate))
            while picks.count < LibraryGenerator.itemsPerCrate { picks.append(picks.count % titles.count) }
            var crateItems: [Int] = []
            for title in picks {
                crateItems.append(items.count)
                items.append(
                    makeItem(number: items.count, title: titles[title], band: band, theme: theme, random: &random))
            }
            let id = Crate.ID("K" + padded(index + 1, width))
            crates.append(CrateBuild(id: id, band: band, theme: theme, themeIndex: themeIndex, items: crateItems))
        }

        // Spare items follow the crates' mix of age bands and themes.
        var spares = Array(repeating: [Int](), count: 3)
        for _ in 0..<profile.spareItems {
            let themeIndex = crates[random.below(crates.count)].themeIndex
            let titles = catalogue.titles[themeIndex]
            spares[CollectionBuild.bandIndex(catalogue.themes[themeIndex].band)].append(items.count)
            let theme = catalogue.themes[themeIndex]
            items.append(
                makeItem(
                    number: items.count, title: random.pick(titles), band: theme.band, theme: theme.theme,
                    random: &random))
        }
        return CollectionBuild(items: items, crates: crates, spares: spares)
    }

    /// Item number `number` gets a barcode a little above `firstBarcode + 13 × number`: unique and increasing.
    private static func makeItem(
        number: Int, title: CatalogueTitle, band: AgeBand, theme: String, random: inout RandomSource
    ) -> Item {
        let barcode = firstBarcode + number * 13 + random.below(13)
        return Item(
            barcode: Item.ID(String(barcode)), title: title.title, author: title.author, ageBand: band, theme: theme,
            format: title.format, price: title.price)
    }

    /// `7` → `"007"`.
    static func padded(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
