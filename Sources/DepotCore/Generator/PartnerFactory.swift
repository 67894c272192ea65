/// A partner while the library is being generated, with what the deposit planner needs to know about it.
struct PartnerBuild {
    var partner: Partner
    var routeIndex: Int
    /// The age bands of the crates in one of its deposits.
    var crateBands: [AgeBand]
    /// The first and last season (indices into the generated seasons) the partner receives deposits in.
    var firstSeason: Int
    var lastSeason: Int
    /// Closures over the whole history; the partner record keeps only those of the current season.
    var closures: [DayRange]

    func isClosed(on day: Day) -> Bool { closures.contains { $0.contains(day) } }
}

/// Makes kindergartens, childminder groups and schools with Danish names, contacts and closures.
enum PartnerFactory {
    private enum Role {
        case kindergarten, kindergartenLibrary, ended, lateJoiner, childminders, school
    }

    static func make(
        profile: ScaleProfile, seasons: [Season], random: inout RandomSource
    ) -> [PartnerBuild] {
        let region = profile.region
        var roles: [Role] = []
        roles += Array(repeating: .kindergartenLibrary, count: profile.kindergartenLibraries)
        roles += Array(repeating: .ended, count: profile.endedKindergartens)
        let regular =
            profile.kindergartens - profile.kindergartenLibraries - profile.endedKindergartens - profile.lateJoiners
        roles += Array(repeating: .kindergarten, count: regular)
        roles += Array(repeating: .childminders, count: profile.childminderGroups)
        roles += Array(repeating: .school, count: profile.schools)
        // Partners got their numbers as they joined: the kinds are mixed, and the late joiners come last.
        roles = random.shuffled(roles) + Array(repeating: .lateJoiner, count: profile.lateJoiners)

        let towns = random.shuffled(region.towns.flatMap { Array(repeating: $0, count: $0.weight) })
        var maker = Maker(profile: profile, seasons: seasons, random: random)
        let width = max(3, String(roles.count).count)
        var schoolNumber = 0
        var partners: [PartnerBuild] = []
        for (index, role) in roles.enumerated() {
            let id = Partner.ID("P" + CollectionFactory.padded(index + 1, width))
            let town = towns[index % towns.count]
            switch role {
            case .school:
                let name = region.schools[2 + schoolNumber % (region.schools.count - 2)]
                schoolNumber += 1
                partners.append(maker.school(id: id, name: name))
            case .childminders:
                partners.append(maker.childminders(id: id, town: town))
            default:
                partners.append(maker.kindergarten(id: id, town: town, role: role))
            }
        }
        random = maker.random
        return partners
    }

    /// Draws the details of each partner.
    private struct Maker {
        let profile: ScaleProfile
        let seasons: [Season]
        var random: RandomSource
        var usedNames = Set<String>()

        init(profile: ScaleProfile, seasons: [Season], random: RandomSource) {
            self.profile = profile
            self.seasons = seasons
            self.random = random
        }

        private static let prefixes: [(name: String, domain: String)] = [
            ("Børnehuset", "bh"), ("Børnehuset", "bh"), ("Børnehaven", "bh"), ("Børnehaven", "bh"),
            ("Skovbørnehaven", "skovbh"), ("Naturbørnehaven", "naturbh"), ("Børnegården", "bg"),
            ("Dagtilbuddet", "dagtilbud"), ("Vuggestuen og Børnehaven", "vuggestue"),
        ]

        mutating func kindergarten(id: Partner.ID, town: Town, role: Role) -> PartnerBuild {
            var name = ""
            var domain = ""
            for attempt in 0..<60 {
                let prefix = random.pick(Maker.prefixes)
                let given = random.pick(DanishNames.kindergartenNames)
                name = attempt < 40 ? "\(prefix.name) \(given)" : "\(prefix.name) \(given), \(town.name)"
                domain = "\(prefix.domain)-\(DanishNames.slug(given)).dk"
                if usedNames.insert(name).inserted { break }
            }
            let toddlers = random.chance(perMille: 650)
            let ageGroups: [AgeBand] = toddlers ? [.toddlers, .preschool] : [.preschool]
            var bands = Array(repeating: AgeBand.preschool, count: profile.cratesPerKindergartenDeposit)
            if toddlers, bands.count >= 2 { bands[bands.count - 1] = .toddlers }
            let isLibrary = role == .kindergartenLibrary
            if isLibrary { bands.append(toddlers ? .toddlers : .preschool) }

            var firstSeason = 0
            var lastSeason = seasons.count - 1
            var endedOn: Day?
            var notes = random.chance(perMille: 150) ? random.pick(DanishNames.partnerNotes) : nil
            if role == .ended {
                lastSeason = random.below(max(1, seasons.count - 1))
                endedOn = seasons[lastSeason].lastDay.adding(days: -31)
                notes = random.pick([
                    "Børnehaven lukkede ved sommerferien og er lagt sammen med en nabobørnehave",
                    "Samarbejdet sluttede efter eget ønske – de låner nu selv på biblioteket",
                    "Institutionen er nedlagt; børnene er flyttet til et nyt dagtilbud",
                ])
            } else if role == .lateJoiner {
                firstSeason = random.int(in: 1...max(1, seasons.count - 1))
            }

            let summerWeek = random.chance(perMille: 750) ? 28 : 29
            let christmas = random.chance(perMille: 550)
            let closures = yearlyClosures(summerWeeks: summerWeek...(summerWeek + 2), christmas: christmas)
            let contact = contact(domain: domain)
            let partner = Partner(
                id: id, name: name, kind: .kindergarten, address: town.address(street: street()), contact: contact,
                deliveryNotes: random.chance(perMille: 550) ? random.pick(DanishNames.deliveryNotes) : nil,
                ageGroups: ageGroups, childCount: isLibrary ? random.int(in: 50...90) : random.int(in: 20...90),
                routeID: town.routeID, depositKind: isLibrary ? .kindergartenLibrary : .deposit,
                closures: endedOn == nil ? current(closures) : [], endedOn: endedOn, notes: notes)
            return build(partner, bands: bands, firstSeason: firstSeason, lastSeason: lastSeason, closures: closures)
        }

        mutating func childminders(id: Partner.ID, town: Town) -> PartnerBuild {
            var name = ""
            for attempt in 0..<20 {
                let part = random.pick(["", " Nord", " Syd", " Øst", " Vest", " Midt"])
                name = "Dagplejen \(town.name)\(part)\(attempt < 10 ? "" : " \(attempt - 8)")"
                if usedNames.insert(name).inserted { break }
            }
            let closures = yearlyClosures(summerWeeks: 28...30, christmas: random.chance(perMille: 500))
            let partner = Partner(
                id: id, name: name, kind: .childminderGroup, address: town.address(street: street()),
                contact: contact(domain: "dagpleje-\(DanishNames.slug(town.name)).dk"),
                deliveryNotes: "Kasserne afleveres i legestuen – dagplejerne henter selv deres bøger",
                ageGroups: [.toddlers], childCount: 4 * random.int(in: 5...10), routeID: town.routeID,
                loanPeriod: .months(4), closures: current(closures),
                notes: "Dagplejerne bytter bøger i legestuen hver uge")
            return build(partner, bands: [.toddlers], firstSeason: 0, lastSeason: seasons.count - 1, closures: closures)
        }

        mutating func school(id: Partner.ID, name: String) -> PartnerBuild {
            let towns = profile.region.towns
            let town = towns.first { name.hasPrefix($0.name) } ?? random.pick(towns)
            var closures = yearlyClosures(summerWeeks: 27...31, christmas: true, summer: "Sommerferie")
            for year in (seasons[0].startYear)...(seasons[seasons.count - 1].startYear + 1) {
                for (week, reason) in [(7, "Vinterferie"), (42, "Efterårsferie")] {
                    let monday = ISOWeek(year: year, week: week)!.monday
                    closures.append(
                        Partner.Closure(days: DayRange(first: monday, last: monday.adding(days: 6)), reason: reason))
                }
            }
            closures.sort { $0.days.first < $1.days.first }
            let bands = Array(repeating: AgeBand.school, count: max(1, profile.cratesPerKindergartenDeposit))
            let partner = Partner(
                id: id, name: name, kind: .school, address: town.address(street: street()),
                contact: contact(domain: "\(DanishNames.slug(name)).dk"),
                deliveryNotes: "Afleveres på skolebiblioteket, indgang fra skolegården",
                ageGroups: [.school], childCount: random.int(in: 40...75), routeID: town.routeID,
                loanPeriod: .weeks(8), closures: current(closures),
                notes: "Bruges i indskolingens læsebånd. Skolen betaler bøder og erstatning efter bibliotekets regler")
            return build(partner, bands: bands, firstSeason: 0, lastSeason: seasons.count - 1, closures: closures)
        }

        private func build(
            _ partner: Partner, bands: [AgeBand], firstSeason: Int, lastSeason: Int, closures: [Partner.Closure]
        ) -> PartnerBuild {
            let routeIndex = profile.region.routes.firstIndex { $0.id == partner.routeID } ?? 0
            return PartnerBuild(
                partner: partner, routeIndex: routeIndex, crateBands: bands, firstSeason: firstSeason,
                lastSeason: lastSeason, closures: closures.map(\.days))
        }

        private mutating func contact(domain: String) -> Contact {
            var people = PersonMaker(random: random)
            let name = people.fullName()
            let phone =
                people.random.chance(perMille: 700)
                ? people.landline(prefixes: profile.region.phonePrefixes) : people.mobile()
            random = people.random
            let first = DanishNames.slug(String(name.split(separator: " ")[0]))
            let mailbox = random.chance(perMille: 300) ? random.pick(["kontor", "leder", "post"]) : first
            return Contact(name: name, phone: phone, email: "\(mailbox)@\(domain)")
        }

        private mutating func street() -> String {
            "\(random.pick(DanishNames.streets)) \(random.int(in: 1...120))"
        }

        /// Summer and Christmas closures for every year of the history and the year after.
        private func yearlyClosures(
            summerWeeks: ClosedRange<Int>, christmas: Bool, summer: String = "Sommerlukket"
        ) -> [Partner.Closure] {
            var closures: [Partner.Closure] = []
            for year in (seasons[0].startYear)...(seasons[seasons.count - 1].startYear + 1) {
                let first = ISOWeek(year: year, week: summerWeeks.lowerBound)!.monday
                let last = ISOWeek(year: year, week: summerWeeks.upperBound)!.monday.adding(days: 6)
                closures.append(
                    Partner.Closure(
                        days: DayRange(first: first, last: last),
                        reason: "\(summer) (uge \(summerWeeks.lowerBound)–\(summerWeeks.upperBound))"))
                if christmas {
                    closures.append(
                        Partner.Closure(
                            days: DayRange(
                                first: Day(year: year, month: 12, day: 23)!,
                                last: Day(year: year + 1, month: 1, day: 1)!),
                            reason: "Juleferie"))
                }
            }
            return closures
        }

        /// The closures the partner record keeps: those in the current season.
        private func current(_ closures: [Partner.Closure]) -> [Partner.Closure] {
            let season = seasons[seasons.count - 1]
            return closures.filter { season.contains($0.days.first) }
        }
    }
}
