/// Makes the staff, the SKOFO partnership team and the season's events.
enum TeamFactory {
    struct Result {
        var staff: [StaffMember]
        var teams: [PartnershipTeam]
        var events: [Event]
    }

    /// The SKOFO team's identifier.
    static let skofoID: PartnershipTeam.ID = "skofo"

    static func make(
        profile: ScaleProfile, partners: [Partner], season: Season, authors: [String],
        random: inout RandomSource
    ) -> Result {
        let region = profile.region
        var people = PersonMaker(random: random)
        var usedNames = Set<String>()
        var staff: [StaffMember] = []

        func add(_ kind: StaffMember.Affiliation.Kind, _ institution: String, role: String, endedOn: Day? = nil) {
            var name = people.fullName()
            while !usedNames.insert(name).inserted { name = people.fullName() }
            let parts = name.split(separator: " ").map { DanishNames.slug(String($0)) }
            let domain = kind == .school ? "\(DanishNames.slug(institution)).dk" : region.staffDomain
            staff.append(
                StaffMember(
                    id: StaffMember.ID("S" + CollectionFactory.padded(staff.count + 1, 2)), name: name,
                    affiliation: StaffMember.Affiliation(kind: kind, institution: institution), role: role,
                    email: "\(parts[0]).\(parts[parts.count - 1])@\(domain)", phone: people.mobile(), endedOn: endedOn))
        }

        // SKOFO: two public librarians (the first is the coordinator) and two school librarians.
        add(.publicLibrary, region.branches[0], role: "børnebibliotekar, tovholder for SKOFO")
        add(.publicLibrary, region.branches[1], role: "børnebibliotekar")
        add(.school, region.schools[0], role: "skolebibliotekar")
        add(.school, region.schools[1], role: "skolebibliotekar")
        let roles = [
            "børnebibliotekar", "bibliotekar, depoter og børnehavebiblioteker",
            "biblioteksassistent, pakning af kasser",
            "formidler, sprogstimulering", "børnebibliotekar", "biblioteksassistent",
        ]
        for number in 0..<profile.otherStaff {
            // The last of the others has left; their name stays on the history.
            let ended = number == profile.otherStaff - 1 ? season.firstDay.adding(days: -62) : nil
            add(
                .publicLibrary, region.branches[(number + 2) % region.branches.count],
                role: roles[number % roles.count], endedOn: ended)
        }
        random = people.random

        let year = season.startYear + 1
        let team = PartnershipTeam(
            id: skofoID, name: "SKOFO – Skole- og Folkebibliotekarer", memberIDs: staff.prefix(4).map(\.id),
            coordinatorID: staff[0].id,
            aims: [
                "Børnene får en glidende overgang fra skolebiblioteket til folkebiblioteket",
                "Skole- og folkebibliotekarer arbejder mere sammen og deler viden",
                "Beslutninger tages sammen med de kolleger, der skal udføre dem",
                "\(region.championshipTitle) for 5. klasse holdes hvert forår",
            ],
            targets: [
                PartnershipTeam.OutcomeTarget(
                    description: "7 skoler deltager", target: 7, measure: .schoolsTakingPart),
                PartnershipTeam.OutcomeTarget(
                    description: "250 elever i publikum", target: 250, measure: .childrenReached),
                PartnershipTeam.OutcomeTarget(description: "2 fælles planlægningsmøder pr. halvår", target: 2),
            ],
            reviewOn: Day(year: year, month: 5, day: 31))

        let schools = partners.filter { $0.kind == .school && $0.isActive }.map(\.id)
        // The author visits a branch; the kindergartens on the van route of its town are invited.
        let visitVenue = region.branches[1]
        let venueRoute = region.towns.first { visitVenue.hasPrefix($0.name.split(separator: " ")[0]) }?.routeID
        let kindergartens = partners.filter { $0.kind == .kindergarten && $0.isActive && $0.routeID == venueRoute }
        let visitors = random.shuffled(kindergartens.map(\.id)).prefix(4).sorted()
        let author = random.pick(authors)
        let finalDay = ISOWeek(year: year, week: 11)!.monday.adding(days: 3)
        let competition = CompetitionFactory.make(
            schools: region.schools, partners: partners, staff: staff, finalDay: finalDay,
            venue: region.championshipVenue, authors: authors, random: &random)
        let planningDay = season.firstDay.adding(months: 3)  // 1 November
        let championshipTasks = [
            EventTask(
                title: "Book salen til finalen", ownerID: staff[0].id, dueOn: planningDay.adding(days: 14),
                doneOn: planningDay.adding(days: 9)),
            EventTask(
                title: "Send invitation og regler til skolerne", ownerID: staff[2].id,
                dueOn: planningDay.adding(days: 19)),
            EventTask(
                title: "Aftal juryen til finalen", ownerID: staff[1].id, dueOn: Day(year: year, month: 1, day: 15)!),
            EventTask(
                title: "Bestil diplomer og præmier", ownerID: staff[3].id, dueOn: Day(year: year, month: 2, day: 26)!),
        ]
        let championshipLog = [
            LogNote(
                on: planningDay.adding(days: 4), authorID: staff[0].id,
                text: "SKOFO-møde: vi holder os til Syddjurs-formatet med skolerunder i februar og finale i uge 11."),
            LogNote(
                on: planningDay.adding(days: 11), authorID: staff[3].id,
                text: "Skolerne har meldt oplæsere til skolerunderne; navnelisten er lagt ind."),
        ]
        let events = [
            Event(
                id: Event.ID("E\(season.startYear)-01"), kind: .bookTalk,
                title: "Bogsnak for pædagoger: årets nye billedbøger",
                startsOn: ISOWeek(year: season.startYear, week: 41)!.monday.adding(days: 1), venue: region.branches[2],
                notes: "Pædagoger fra børnehaverne med depot er inviteret. Kaffe og kage fra kl. 16."),
            Event(
                id: Event.ID("E\(year)-01"), kind: .readingCompetition, title: "\(region.championshipTitle) \(year)",
                startsOn: finalDay, venue: region.championshipVenue, teamID: skofoID, partnerIDs: schools,
                notes: "Finale for 5. klasse med én oplæser fra hver skole. En forberedt tekst (ca. 3 min.) og en "
                    + "ukendt tekst (ca. 2 min.). Jury: en fortæller, en skolekonsulent og en bibliotekar.",
                startsAt: "9.30", expected: Attendance(children: 290, adults: 30), tasks: championshipTasks,
                log: championshipLog, competition: competition),
            Event(
                id: Event.ID("E\(year)-02"), kind: .authorVisit, title: "Forfatterbesøg: \(author) læser op",
                startsOn: ISOWeek(year: year, week: 6)!.monday.adding(days: 2), venue: visitVenue,
                partnerIDs: Array(visitors),
                notes: "Børnehaverne kommer med de ældste børn. Bøgerne ligger i depotkasserne fra januar."),
        ]
        return Result(staff: staff, teams: [team], events: events)
    }
}
