/// Makes the reading-aloud championship of a generated library as it stands while being planned: the Syddjurs
/// format, readers from 7 schools for the school heats, judges for both rounds, no scores yet.
enum CompetitionFactory {
    /// Children's first names (common in Denmark for children born around 2016).
    static let childNames = [
        "Alma", "Ella", "Freja", "Ida", "Karla", "Olivia", "Agnes", "Clara", "Emma", "Asta", "Luna", "Sofia",
        "Noah", "Oscar", "William", "Carl", "Malthe", "Alfred", "Valdemar", "Emil", "Aksel", "Arthur", "Otto",
        "Lucas", "Victor", "Elias", "August", "Storm",
    ]

    /// Invented children's novels a 5th grader might read from.
    static let bookTitles = [
        "Hemmeligheden i fyrtårnet", "Drengen der talte med måger", "Natten hvor skolen forsvandt",
        "Sommer på Mols", "Den sidste drage i Jylland", "Mig og min bror og hunden Bølle", "Ulvepigen",
        "Kaptajn Kvik og skibet i flasken", "Spøgelset på loftet", "Alle tiders rekord",
    ]

    static func make(
        schools: [String], partners: [Partner], staff: [StaffMember], finalDay: Day, venue: String,
        authors: [String], random: inout RandomSource
    ) -> Competition {
        var readers: [Reader] = []
        var used = Set<String>()
        for school in schools.prefix(7) {
            let classes = ["5.a", "5.b", "5.c"].prefix(random.int(in: 2...3))
            for className in classes {
                var name = random.pick(childNames)
                while used.contains("\(school) \(name)") { name = random.pick(childNames) }
                used.insert("\(school) \(name)")
                readers.append(
                    Reader(
                        id: Reader.ID("R" + CollectionFactory.padded(readers.count + 1, 2)), firstName: name,
                        className: className, school: school,
                        schoolID: partners.first { $0.kind == .school && $0.name == school }?.id,
                        book: Reader.Book(title: random.pick(bookTitles), author: random.pick(authors))))
            }
        }
        var competition = Competition(format: .syddjurs, readers: readers)
        var people = PersonMaker(random: random)
        // Each school's heat: its school librarian or a teacher, and a public librarian from SKOFO.
        competition.rounds[0].judges = [
            Judge(id: "J1", name: staff[2].name, role: .librarian),
            Judge(id: "J2", name: people.fullName(), role: .teacher),
        ]
        competition.rounds[0].day = finalDay.adding(days: -28)
        competition.rounds[1].judges = [
            Judge(id: "J1", name: people.fullName(), role: .storyteller),
            Judge(id: "J2", name: people.fullName(), role: .schoolConsultant),
            Judge(id: "J3", name: staff[1].name, role: .librarian),
        ]
        competition.rounds[1].day = finalDay
        competition.rounds[1].venue = venue
        random = people.random
        return competition
    }
}
