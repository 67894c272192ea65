/// One title the generated collection holds copies of.
struct CatalogueTitle {
    var title: String
    var author: String?
    var format: Item.Format
    var price: Money
}

/// The titles of each crate theme, with invented authors, formats and prices.
///
/// Themes are kept in the order of `BookTitles.themes`; `titles[themeIndex]` are that theme's titles.
struct TitleCatalogue {
    let themes: [ThemeTitles]
    private(set) var titles: [[CatalogueTitle]]
    private(set) var authors: [String]

    init(titlesPerTheme: Int, random: inout RandomSource) {
        themes = BookTitles.themes
        authors = TitleCatalogue.makeAuthors(count: max(30, titlesPerTheme), random: &random)
        titles = []
        for theme in themes {
            titles.append(makeTitles(for: theme, count: titlesPerTheme, random: &random))
        }
    }

    /// The indices into `themes` of the themes for one age band.
    func themeIndices(for band: AgeBand) -> [Int] {
        themes.indices.filter { themes[$0].band == band }
    }

    private func makeTitles(for theme: ThemeTitles, count: Int, random: inout RandomSource) -> [CatalogueTitle] {
        var candidates: [CatalogueTitle] = []
        let templates = theme.templates + (theme.usesBandTemplates ? BookTitles.bandTemplates(theme.band) : [])
        for character in theme.characters {
            // A recurring character is one author's series.
            let author = random.pick(authors)
            for template in templates {
                let title = template.replacingOccurrences(of: "#", with: character)
                candidates.append(makeTitle(title, author: author, band: theme.band, random: &random))
            }
        }
        for title in theme.titles {
            candidates.append(makeTitle(title, author: random.pick(authors), band: theme.band, random: &random))
        }
        for game in theme.games {
            let price = TitleCatalogue.price(in: 199...299, random: &random)
            candidates.append(CatalogueTitle(title: game, author: nil, format: .game, price: price))
        }
        return Array(random.shuffled(candidates).prefix(count))
    }

    private func makeTitle(_ title: String, author: String, band: AgeBand, random: inout RandomSource)
        -> CatalogueTitle
    {
        let roll = random.below(100)
        let format: Item.Format
        let range: ClosedRange<Int>
        switch band {
        case .toddlers:
            (format, range) = roll < 90 ? (.boardBook, 150...199) : (.pictureBook, 179...249)
        case .preschool:
            (format, range) = roll < 93 ? (.pictureBook, 179...279) : (.audiobook, 150...229)
        case .school:
            (format, range) = roll < 88 ? (.book, 199...299) : (.audiobook, 179...269)
        }
        return CatalogueTitle(
            title: title, author: author, format: format, price: TitleCatalogue.price(in: range, random: &random))
    }

    /// A shop price such as 249.95 or 199.00 within the range of whole kroner.
    private static func price(in kroner: ClosedRange<Int>, random: inout RandomSource) -> Money {
        let whole = random.int(in: kroner)
        if whole == kroner.upperBound || random.chance(perMille: 350) { return Money(kroner: whole) }
        return Money(kroner: whole, øre: 95)
    }

    /// Invented author names, some with a middle name: "Anne Bæk Lund".
    private static func makeAuthors(count: Int, random: inout RandomSource) -> [String] {
        var seen = Set<String>()
        var authors: [String] = []
        var people = PersonMaker(random: random)
        while authors.count < count {
            var name = people.fullName()
            if people.random.chance(perMille: 250) {
                let parts = name.split(separator: " ")
                let middle = people.random.pick(DanishNames.lastNames)
                if middle != parts[1] { name = "\(parts[0]) \(middle) \(parts[1])" }
            }
            if seen.insert(name).inserted { authors.append(name) }
        }
        random = people.random
        return authors
    }
}
