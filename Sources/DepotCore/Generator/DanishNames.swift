/// Danish names and phrases for generated people, institutions and notes. All invented or common words.
enum DanishNames {
    static let femaleFirstNames = [
        "Anne", "Mette", "Hanne", "Susanne", "Lene", "Pia", "Karen", "Birgitte", "Helle", "Tina", "Camilla",
        "Louise", "Maria", "Charlotte", "Marianne", "Lone", "Rikke", "Dorthe", "Trine", "Heidi", "Line", "Sanne",
        "Bente", "Inge", "Kirsten", "Gitte", "Janne", "Signe", "Ida", "Sofie", "Emma", "Freja", "Maja", "Julie",
        "Laura", "Cecilie", "Nanna", "Katrine", "Stine", "Malene", "Ditte", "Vibeke", "Jette", "Merete", "Åse",
        "Mathilde", "Astrid", "Karoline", "Rebekka", "Sørine", "Ulla", "Tove", "Søs", "Eva", "Johanne",
    ]

    static let maleFirstNames = [
        "Jens", "Peter", "Lars", "Søren", "Niels", "Henrik", "Thomas", "Morten", "Anders", "Jesper", "Martin",
        "Rasmus", "Mads", "Kasper", "Mikkel", "Jakob", "Christian", "Michael", "Frederik", "Bo", "Ole", "Torben",
        "Jørgen", "Poul", "Bjarne", "Kim", "Steen", "Claus", "Emil", "Oliver", "Bjørn", "Aksel", "Asger", "Svend",
    ]

    static let lastNames = [
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
        "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Østergaard", "Kjær", "Lund", "Holm", "Skov",
        "Bach", "Dalgaard", "Bæk", "Vestergaard", "Nørgaard", "Laursen", "Iversen", "Frandsen", "Damgaard",
        "Bundgaard", "Søgaard", "Kjeldsen", "Højgaard", "Brøndum", "Fuglsang", "Lauritsen", "Overgaard", "Krogh",
        "Mølgaard", "Ebbesen", "Thygesen", "Aagaard", "Hedegaard", "Kirkegaard", "Bøgh", "Lykke", "Vinther",
    ]

    static let streets = [
        "Skolevej", "Kirkevej", "Stationsvej", "Bakkevej", "Skovvej", "Møllevej", "Engvej", "Vestergade",
        "Østergade", "Nørregade", "Søndergade", "Byagervej", "Lærkevej", "Birkevej", "Egevej", "Bøgevej", "Rosenvej",
        "Violvej", "Kastanievej", "Grønnegade", "Strandvej", "Havevej", "Præstevænget", "Toftevej", "Ådalen",
        "Bavnehøj", "Rugmarken", "Solbakken", "Fasanvej", "Mosevej", "Hybenvej", "Lindevej", "Tjørnevej",
        "Kløvervej", "Æblehaven", "Smedievej", "Mejerivej", "Fælledvej", "Bøgebakken", "Ahornvej",
    ]

    /// The first word of a kindergarten's name.
    static let kindergartenPrefixes = [
        "Børnehuset", "Børnehaven", "Skovbørnehaven", "Naturbørnehaven", "Børnegården", "Dagtilbuddet",
        "Vuggestuen og Børnehaven",
    ]

    /// The given name of a kindergarten: "Solsikken", "Egern".
    static let kindergartenNames = [
        "Solsikken", "Egern", "Mariehønen", "Troldehøjen", "Regnbuen", "Spiren", "Mælkebøtten", "Bikuben",
        "Søstjernen", "Græshoppen", "Humlebien", "Skovtrolden", "Kastanjen", "Æblehaven", "Lærkereden",
        "Fuglereden", "Kernehuset", "Tusindfryd", "Stjernen", "Møllen", "Bakketoppen", "Anemonen", "Bøgely",
        "Egely", "Rødkælken", "Pindsvinet", "Ugleredet", "Bjørnebo", "Krudtuglen", "Skovsneglen", "Valmuen",
        "Kløverbladet", "Guldsmeden", "Sommerfuglen", "Myretuen", "Lindehuset", "Hasselnødden", "Vibereden",
        "Svalen", "Skovmusen", "Grantoppen", "Mosehuset", "Fyrtårnet", "Ankeret", "Bølgen", "Muslingen",
        "Solstrålen", "Paraplyen", "Dragen", "Trætoppen", "Rosinen", "Spurvereden", "Nøddeknækkeren", "Engblomsten",
        "Kildehuset", "Stenhuset", "Violen", "Birkely", "Hyldebærret", "Agernet", "Lunden", "Snurretoppen",
        "Tumlingen", "Bamsebo", "Skattekisten", "Havtornen", "Kaprifolien", "Ellehuset", "Toppen", "Vindmøllen",
        "Tryllefløjten", "Pusterummet", "Gyngehesten", "Mejsereden", "Kirsebærhaven", "Hønsehuset", "Kornblomsten",
        "Bakkehuset", "Engen", "Skovbrynet",
    ]

    /// Notes told to the van driver.
    static let deliveryNotes = [
        "Ring på ved den gule dør",
        "Kasserne stilles i garderoben",
        "Indkørsel fra bagsiden – kør helt op til legepladsen",
        "Nøgleboks ved hoveddøren, kode fås hos kontaktpersonen",
        "Kasserne sættes i personalerummet på 1. sal",
        "Aflever i vuggestuegangen, ikke i børnehaven",
        "Parker ved skolens cykelskur",
        "Kasserne står klar i redskabsskuret ved udskiftning",
        "Ring til kontaktpersonen, når du holder ude foran",
        "Brug porten ved køkkenet – hoveddøren er låst før kl. 9",
        "Kasserne stilles i fællesrummet ved biblioteksreolen",
        "Pas på børnene på parkeringspladsen om morgenen",
    ]

    /// Notes about a partnership.
    static let partnerNotes = [
        "Ønsker gerne bøger om følelser og venskab",
        "Mange tosprogede børn – gerne bøger med få ord og store billeder",
        "Har en læsehjørne-pædagog, der står for kasserne",
        "Ønsker ikke julebøger før 1. december",
        "Bruger bøgerne til dialogisk læsning i små grupper",
        "Vil gerne have lydbøger med i kasserne",
        "Har spurgt efter flere faktabøger om dyr",
        "Kontaktpersonen er på barsel til foråret – spørg i kontoret",
    ]

    /// Turns a Danish name into the ASCII letters used in e-mail addresses: "Rønde Nord" → "roende-nord".
    static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            switch character {
            case "æ": result += "ae"
            case "ø": result += "oe"
            case "å": result += "aa"
            case "é", "è": result += "e"
            case "ü": result += "u"
            case " ", "-", "/": if !result.hasSuffix("-") { result += "-" }
            default:
                if character.isASCII, character.isLetter || character.isNumber { result.append(character) }
            }
        }
        return result.hasSuffix("-") ? String(result.dropLast()) : result
    }
}

/// Draws Danish people and phone numbers from a random source.
struct PersonMaker {
    var random: RandomSource

    /// "Mette Østergaard"; about one in four contact people is a man.
    mutating func fullName() -> String {
        let first =
            random.chance(perMille: 250)
            ? random.pick(DanishNames.maleFirstNames) : random.pick(DanishNames.femaleFirstNames)
        return "\(first) \(random.pick(DanishNames.lastNames))"
    }

    /// `+45 86 37 12 45`.
    mutating func landline(prefixes: [Int]) -> String {
        let prefix = random.pick(prefixes)
        return "+45 \(prefix) \(pair()) \(pair()) \(pair())"
    }

    /// `+45 23 45 67 89`.
    mutating func mobile() -> String {
        let prefix = random.pick([20, 22, 23, 25, 26, 28, 29, 30, 31, 40, 41, 42, 50, 51, 53, 60, 61])
        return "+45 \(prefix) \(pair()) \(pair()) \(pair())"
    }

    private mutating func pair() -> String {
        let value = random.below(100)
        return value < 10 ? "0\(value)" : "\(value)"
    }
}
