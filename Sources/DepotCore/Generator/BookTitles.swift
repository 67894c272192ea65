/// The invented titles behind one crate theme for one age band.
///
/// A title is either written out in `titles`, or made from a recurring character and a template, where `#` stands
/// for the character: "Grisen Gorm" + "# i mudderet" gives "Grisen Gorm i mudderet". Books about one character are
/// a series by one author.
struct ThemeTitles {
    var band: AgeBand
    var theme: String
    var characters: [String]
    var templates: [String]
    var titles: [String]
    var games: [String] = []
    /// Whether the band's general templates ("# kan ikke sove") also suit this theme's characters.
    var usesBandTemplates = true
}

/// The themes of crates and the titles that fill them. All titles are made up.
enum BookTitles {
    /// Templates that suit any character of the band.
    static func bandTemplates(_ band: AgeBand) -> [String] {
        switch band {
        case .toddlers:
            return [
                "# siger godnat", "Hvor er #?", "# i badet", "# spiser grød", "# leger i sandkassen", "Tit-tit, #!",
                "# skal på potte", "# og bolden", "# går tur", "# tager tøj på",
            ]
        case .preschool:
            return [
                "# får en ven", "# kan ikke sove", "# og den store dag", "# på eventyr", "# bliver væk",
                "# har fødselsdag", "# tager på tur", "# og det hemmelige kort", "# vil ikke i seng",
                "# og den nye nabo", "# er modig", "# finder en skat", "Godnat, #", "Tillykke, #!", "Hvor er du, #?",
            ]
        case .school:
            return [
                "# og mysteriet i kælderen", "# på lejrskole", "# redder skolefesten", "# og den forsvundne hamster",
                "# og sommerens store plan", "# og den hemmelige klub", "# i den sidste time",
            ]
        }
    }

    static let themes: [ThemeTitles] = toddlerThemes + preschoolThemes + schoolThemes

    static func themes(for band: AgeBand) -> [ThemeTitles] { themes.filter { $0.band == band } }

    // MARK: 0–3 years: board books, red crates

    static let toddlerThemes: [ThemeTitles] = [
        ThemeTitles(
            band: .toddlers, theme: "Mine første ord", characters: ["Lille Kanin", "Bamse Bjørn", "Baby Bo"],
            templates: ["# siger sine første ord", "# lærer ord", "# i køkkenet"],
            titles: [
                "Mine første ord: Hjemme", "Mine første ord: På legepladsen", "Mine første ord: Mad",
                "Mine første ord: Tøj", "Mine første ord: Dyr", "Mine første ord: Ting der kører", "Se og sig",
                "Peg og sig", "Hvad er det?", "Min første billedordbog",
            ],
            games: ["Lotto: Ting i huset"]),
        ThemeTitles(
            band: .toddlers, theme: "Dyrelyde", characters: ["Lille Gris", "Kalven Kaj", "Ællingen Ib", "Hvalpen Vuf"],
            templates: ["Hvad siger #?", "# finder sin mor"],
            titles: [
                "Muh, mæh og øf", "Hvem siger vov?", "Lyde på gården", "Dyrene i zoo", "Kvæk, sagde frøen",
                "Rap rap!", "Mjav!", "Hvem gemmer sig?", "Brøl som en løve",
            ],
            games: ["Vendespil: Dyrene på gården"]),
        ThemeTitles(
            band: .toddlers, theme: "Godnat", characters: ["Lille Bjørn", "Babyuglen Ulla", "Musen Mille"],
            templates: ["Sov godt, #", "# kan ikke finde sin bamse", "# ser på månen"],
            titles: [
                "Godnat, alle sammen", "Nu er det nat", "Vuggevisebogen", "Stjerner over sengen", "Sove, sove, sødt",
                "Godnat, bamse", "Hvem sover her?", "Natlampen",
            ]),
        ThemeTitles(
            band: .toddlers, theme: "Farver og former", characters: ["Lille Prik", "Frøen Frede", "Klodsen Klaus"],
            templates: ["# og alle farverne", "# tæller til ti"],
            titles: [
                "Rød bold, blå bold", "Min første farvebog", "Rund og firkantet", "Gul som solen", "Hvor mange?",
                "Tæl til ti", "Store og små", "Farverne i haven",
            ],
            games: ["Puslespil: Første former"]),
        ThemeTitles(
            band: .toddlers, theme: "Kroppen", characters: ["Baby Bo", "Lille Liv", "Abekatten Aske"],
            templates: ["# vasker hænder", "# børster tænder"],
            titles: [
                "Hvor er næsen?", "Øjne, ører, mund", "Klap i hænderne", "Mine fødder", "Tit-tit, hvem er jeg?",
                "Vaske, vaske", "Hoved, skulder, knæ og tå", "Min krop",
            ]),
        ThemeTitles(
            band: .toddlers, theme: "Rim og remser", characters: ["Lille Lus", "Hønen Hulda", "Tudsen Tage"],
            templates: ["Rim med #", "# synger"],
            titles: [
                "Rim for de mindste", "Små sange til små ører", "Klappe-klappe-kage", "Fingerremser",
                "Hoppe-loppe-bogen", "Trille, trille, bolde", "Puslerim", "Nussevers", "Ride, ride på fars knæ",
            ]),
    ]

    // MARK: 3–6 years: picture books, green crates

    static let preschoolThemes: [ThemeTitles] = [
        ThemeTitles(
            band: .preschool, theme: "Bondegården",
            characters: ["Koen Karla", "Grisen Gorm", "Hanen Helmer", "Fåret Frida", "Traktoren Tøffe"],
            templates: [
                "# og den nye kalv", "# i mudderet", "# og høstdagen", "# vil ikke i stalden",
                "# og ræven ved hønsehuset",
            ],
            titles: [
                "En dag på bondegården", "Hvem bor i stalden?", "Mælk fra ko til køleskab", "Bondemand Bents traktor",
                "Alle dyrene på gården", "Kattekillingerne i laden", "Hesten der ville være ko", "Æg til morgenmad",
            ],
            games: ["Vendespil: Bondegårdens dyr", "Brætspil: Høsten skal i hus"]),
        ThemeTitles(
            band: .preschool, theme: "Kroppen",
            characters: ["Lille Ludvig", "Pigen Pil", "Doktor Dorte", "Skelettet Sofus"],
            templates: [
                "# falder og slår sig", "# skal til lægen", "# mister en tand", "# vokser",
                "# og de beskidte hænder",
            ],
            titles: [
                "Min krop kan", "Hvad sker der i maven?", "Hjertet banker", "Fra top til tå",
                "Tænderne skal børstes", "Hvorfor skal jeg sove?", "Ti fingre og ti tæer", "Sådan hører øret",
            ]),
        ThemeTitles(
            band: .preschool, theme: "Dyr i skoven",
            characters: ["Egernet Egon", "Ræven Rita", "Pindsvinet Pjuske", "Uglen Ulla", "Grævlingen Gunnar"],
            templates: [
                "# samler nødder", "# og vinterhiet", "# finder en ny hule", "# og skovens nye dyr",
                "# hører en lyd i natten",
            ],
            titles: [
                "Hvem bor i skoven?", "Spor i sneen", "Skovens nat", "Hjorten og det store træ", "Et år i skoven",
                "Mosens hemmeligheder", "Hvem har gnavet i koglen?", "Haren og de lange ører",
            ],
            games: ["Vendespil: Skovens dyr"]),
        ThemeTitles(
            band: .preschool, theme: "Årstider",
            characters: ["Mormor Mille", "Lille Ebbe", "Vinden Vilmer", "Fuglen Fie"],
            templates: [
                "# og den første sne", "# plukker æbler", "# og forårets første blomst", "# bader i havet",
                "# og efterårsstormen",
            ],
            titles: [
                "Forår, sommer, efterår og vinter", "Bladene falder", "Når sneen kommer", "Solen står op over marken",
                "Drageflyvning i oktober", "Hvor bliver fuglene af om vinteren?", "Sommerferie ved fjorden",
                "Regnvejr og vandpytter",
            ]),
        ThemeTitles(
            band: .preschool, theme: "Eventyr",
            characters: ["Prinsesse Perle", "Dragen Dagmar", "Trolden Torvald", "Den lille heks Hedda", "Ridder Rune"],
            templates: [
                "# og det forheksede slot", "# og de syv nøgler", "# redder kongeriget", "# og den gyldne fjer",
                "# og kæmpens sko",
            ],
            titles: [
                "Kongens nye sko", "Troldkvindens have", "Eventyret om den blå fugl", "Slottet bag bjerget",
                "Den modige skrædder", "Guldfisken i brønden", "Heksens kage", "Syv små nisser",
            ],
            games: ["Fortællekort: Eventyr"]),
        ThemeTitles(
            band: .preschool, theme: "Venskab",
            characters: ["Bjørnen Bruno", "Musen Mira", "Ællingen Elias", "Kaninen Konrad", "Giraffen Gry"],
            templates: [
                "# vil også være med", "# siger undskyld", "# deler sin kage", "# og den store uenighed",
                "# og den nye i børnehaven",
            ],
            titles: [
                "Venner for altid", "Må jeg lege med?", "Den bedste ven i hele verden", "Vi er to om det",
                "Alene på legepladsen", "Venskabsbogen", "Hej, jeg hedder Ali", "To små hænder",
            ]),
        ThemeTitles(
            band: .preschool, theme: "Trafik",
            characters: ["Bussen Berta", "Brandbilen Bjarne", "Skraldebilen Svend", "Cyklen Cilla", "Toget Tut"],
            templates: [
                "# på første tur", "# og den røde lampe", "# punkterer", "# i myldretiden", "# får nye hjul",
            ],
            titles: [
                "Stop! Se dig for", "Hvad kører der på vejen?", "Over vejen med mor", "Cykelhjelmen",
                "Havnens store skibe", "Lastbiler og gravemaskiner", "Med bussen til byen", "Politibilen rykker ud",
            ],
            games: ["Billedlotto: Trafik"]),
        ThemeTitles(
            band: .preschool, theme: "Rim og remser",
            characters: ["Rimsnakkeren Rolf", "Versemusen Vilma", "Papegøjen Polle"],
            templates: ["# rimer igen", "# og de skøre vers", "# synger for hele byen"],
            titles: [
                "Hopla, sagde lopla", "Rimeramasjang", "Snik snak snude", "Tripe trape trold", "Remser fra gården",
                "Sov nu, lille mus", "Ti små grise", "Abekatten og andre rim", "Vrøvlevers for hele familien",
                "Sang og rim til samling",
            ],
            games: ["Rimespil: Find to der rimer"]),
        ThemeTitles(
            band: .preschool, theme: "Farver og former",
            characters: ["Den røde prik", "Lille Firkant", "Trekanten Trine", "Maleren Mads"],
            templates: ["# finder sin farve", "# og regnbuen", "# bygger et hus"],
            titles: [
                "Rød, gul og blå", "Former overalt", "Hvad er gult?", "Den grønne frø og den røde bil",
                "Rund, firkantet eller spids?", "Regnbuens farver", "Prikker og striber", "Blå som havet",
            ],
            games: ["Lotto: Former og farver"]),
        ThemeTitles(
            band: .preschool, theme: "Dinosaurer",
            characters: ["Dino-Dorte", "T-rex Tobias", "Lille Langhals", "Dinosauren Dennis"],
            templates: ["# og vulkanen", "# mister sit æg", "# skal i børnehave", "# og istiden"],
            titles: [
                "De store dinosaurer", "Da dinosaurerne levede", "Hvem fandt knoglen?", "Dinosaurernes dag",
                "Fodspor i stenen", "Min første dinobog", "Dinosaurfesten", "Æg i reden",
            ]),
        ThemeTitles(
            band: .preschool, theme: "Havet",
            characters: ["Krabben Kurt", "Sælen Sigrid", "Fisken Finn", "Vandmanden Vera", "Søstjernen Stella"],
            templates: ["# og det store net", "# finder en flaskepost", "# og stormen på havet", "# dykker ned"],
            titles: [
                "Under havet", "En dag ved stranden", "Fiskerens båd", "Fyrtårnet på næsset", "Hvem bor i tangen?",
                "Muslinger og sten", "Havets kæmpe", "Sandslottet",
            ]),
        ThemeTitles(
            band: .preschool, theme: "Følelser",
            characters: ["Vrede Villads", "Glade Gro", "Bekymrede Bo", "Alma"],
            templates: [
                "# bliver rigtig vred", "# er ked af det", "# er bange for mørket", "# savner mormor",
                "# er jaloux",
            ],
            titles: [
                "Når jeg er glad", "Min mave kribler", "Det er okay at græde", "Hvad gør man, når man er vred?",
                "Hjertet i min mave", "Sur, sød og sulten", "En dag med mange følelser", "Knus og kram",
            ],
            games: ["Følelseskort til samling"]),
        ThemeTitles(
            band: .preschool, theme: "Familien",
            characters: ["Lillebror Loke", "Storesøster Saga", "Farfar Frode", "Mille"],
            templates: ["# får en lillebror", "# flytter", "# besøger farmor", "# holder fødselsdag"],
            titles: [
                "Min familie og din", "To hjem", "Da vi fik en baby", "Farmor kan alt", "Søndag hos mormor",
                "Vores hus", "Hvem er med i din familie?", "Far er på arbejde",
            ]),
        ThemeTitles(
            band: .preschool, theme: "Rummet",
            characters: ["Astronauten Asta", "Rumvæsenet Zik", "Raketten Rolf", "Månen Mona"],
            templates: ["# flyver til månen", "# og stjerneskuddet", "# lander i haven", "# tæller stjerner"],
            titles: [
                "Op i rummet", "Planeterne", "Natten er fuld af stjerner", "Min første rumbog", "Solen og månen",
                "Hvor langt er der til månen?", "Rumskibet i gården", "Kometen kommer",
            ]),
        ThemeTitles(
            band: .preschool, theme: "Natur og udeliv",
            characters: ["Sneglen Silke", "Myren Malte", "Bien Bodil", "Regnormen Rudolf"],
            templates: ["# bygger et hus", "# leder efter mad", "# og regnbygen"],
            titles: [
                "Ud i naturen", "Hvad finder vi i vandhullet?", "Bål og snobrød", "Insekter i haven",
                "Tur i skoven", "Små dyr under stenen", "Byg en hule", "Fugle på foderbrættet",
            ]),
    ]

    // MARK: School: reading books, blue crates

    static let schoolThemes: [ThemeTitles] = [
        ThemeTitles(
            band: .school, theme: "Højtlæsning",
            characters: ["Mille og Malthe", "Detektiv Dina", "Bedstemor Bølle", "Drengen Hugo"],
            templates: ["# og det store væddemål", "# bliver væk i byen"],
            titles: [
                "Sommeren med bedstefar", "Huset for enden af vejen", "Verdens værste ferie",
                "Hemmeligheden i træhuset", "Drengen der kunne flyve", "Nattoget mod nord",
                "Pigen med de grønne støvler", "Hunden der kom tilbage",
            ]),
        ThemeTitles(
            band: .school, theme: "Let-læsning", characters: ["Bo og Bi", "Sif", "Tom", "Lis"],
            templates: [
                "# ser en kat", "# og bolden", "# på tur", "# i skolen", "# har en hund", "# og is", "# kan hoppe",
            ],
            titles: [
                "Se, en bil!", "Jeg kan læse", "Is og sol", "Sol og vind", "Hop, hop, hop", "Den røde bus",
                "Ud og ind", "Far og Bo", "En mus i huset", "Ole og ålen",
            ],
            usesBandTemplates: false),
        ThemeTitles(
            band: .school, theme: "Gys og gru",
            characters: ["Spøgelset Sigurd", "Vampyren Vera", "Heksen fra nr. 13", "Zombie-Zack"],
            templates: ["# og den hjemsøgte skole", "# går igen", "# og den sidste bus", "# og kirkegårdsnatten"],
            titles: [
                "Gyseren i gymnastiksalen", "Natten hvor lyset gik ud", "Skyggen under sengen", "Det tomme hus",
                "Fodsporene i sneen", "Den sorte kat", "Skrig i skoven", "Mumien i museet",
            ]),
        ThemeTitles(
            band: .school, theme: "Fakta om dyr", characters: ["ulven", "ræven", "hjorten", "sælen", "ørnen"],
            templates: ["Sådan lever #", "Alt om #", "Et år med #"],
            titles: [
                "Fakta: Ulve i Danmark", "Fakta: Hajer", "Fakta: Insekter i haven", "Fakta: Heste",
                "Fakta: Dyr i Arktis", "Fakta: Slanger", "Fakta: Fugle ved kysten", "Fakta: Dyr om natten",
                "Fakta: Bier og humlebier", "Fakta: Hvaler", "Fakta: Katte", "Fakta: Krybdyr", "Fakta: Aber",
                "Fakta: Elefanter", "Fakta: Pindsvin", "Fakta: Ugler", "Fakta: Frøer og tudser",
                "Fakta: Edderkopper", "Fakta: Myrer", "Fakta: Dyr i ørkenen",
            ],
            usesBandTemplates: false),
        ThemeTitles(
            band: .school, theme: "Sjove bøger",
            characters: ["Rasmine Rod", "Klassens klovn Kalle", "Lærer Lund"],
            templates: ["# laver ballade", "# og den forkerte madpakke", "# bliver berømt"],
            titles: [
                "Min lillebror er et rumvæsen", "Da farmor stjal en traktor", "Hunden der spiste mine lektier",
                "Verdens dårligste vittigheder", "Pas på, pruttepuden!", "Kaos i kantinen",
            ]),
        ThemeTitles(
            band: .school, theme: "Oplæsning", characters: ["Nora og Noah", "Ella", "Viktor"],
            templates: ["# og ordene der forsvandt", "# læser for hele klassen"],
            titles: [
                "Historier til at læse højt", "Ti minutter med en bog", "Fortællinger fra Djursland",
                "Korte historier for modige læsere", "Ord der bærer", "Højt og tydeligt",
            ]),
    ]
}
