/// A town or district partners are found in, with the van route that serves it.
struct Town {
    /// The name people use: "Feldballe".
    var name: String
    var postalCode: String
    /// The post town of the postal code: "Rønde" for Feldballe.
    var postTown: String
    var routeID: Route.ID
    /// How many institutions the town has, relative to the others.
    var weight: Int

    /// A street address in the town; a village gets its name on the street line ("Bakkevej 3, Feldballe").
    func address(street: String) -> Address {
        let line = name == postTown ? street : "\(street), \(name)"
        return Address(street: line, postalCode: postalCode, city: postTown)
    }
}

/// A van route to be generated.
struct RouteSpec {
    var id: Route.ID
    var name: String
    var weekdays: [Weekday]
    var vanCapacity: Int
    var driver: String
}

/// Where a generated library is: its name, branches, schools, towns and routes.
struct Region {
    var libraryName: String
    var address: Address
    /// Public library branches, for staff affiliations and event venues.
    var branches: [String]
    /// Schools in the area: the first two are the SKOFO school librarians' schools, the rest can be partners.
    var schools: [String]
    var towns: [Town]
    var routes: [RouteSpec]
    /// The domain of staff e-mail addresses.
    var staffDomain: String
    /// The first two digits of landline numbers.
    var phonePrefixes: [Int]
    /// The reading-aloud championship, followed by its year: "Syddjursmesterskaberne i oplæsning 2027".
    var championshipTitle: String
    var championshipVenue: String

    static let syddjurs = Region(
        libraryName: "Syddjurs Bibliotekerne, Børneteamet",
        address: Address(street: "Hovedgaden 40", postalCode: "8410", city: "Rønde"),
        branches: ["Rønde Bibliotek", "Ebeltoft Bibliotek", "Hornslet Bibliotek", "Kolind Bibliotek"],
        schools: [
            "Rønde Skole", "Hornslet Skole", "Kolind Centralskole", "Ebeltoft Skole", "Mørke Skole",
            "Thorsager Skole", "Rosmus Skole", "Knebel Skole", "Ryomgård Skole",
        ],
        towns: [
            Town(name: "Ebeltoft", postalCode: "8400", postTown: "Ebeltoft", routeID: "mols", weight: 3),
            Town(name: "Rønde", postalCode: "8410", postTown: "Rønde", routeID: "vest", weight: 3),
            Town(name: "Hornslet", postalCode: "8543", postTown: "Hornslet", routeID: "nord", weight: 3),
            Town(name: "Ryomgård", postalCode: "8550", postTown: "Ryomgård", routeID: "nord", weight: 2),
            Town(name: "Kolind", postalCode: "8560", postTown: "Kolind", routeID: "nord", weight: 2),
            Town(name: "Mørke", postalCode: "8544", postTown: "Mørke", routeID: "vest", weight: 1),
            Town(name: "Knebel", postalCode: "8420", postTown: "Knebel", routeID: "mols", weight: 1),
            Town(name: "Tirstrup", postalCode: "8400", postTown: "Ebeltoft", routeID: "mols", weight: 1),
            Town(name: "Balle", postalCode: "8444", postTown: "Balle", routeID: "vest", weight: 1),
            Town(name: "Nimtofte", postalCode: "8581", postTown: "Nimtofte", routeID: "nord", weight: 1),
            Town(name: "Thorsager", postalCode: "8410", postTown: "Rønde", routeID: "vest", weight: 1),
            Town(name: "Feldballe", postalCode: "8410", postTown: "Rønde", routeID: "vest", weight: 1),
            Town(name: "Rosmus", postalCode: "8444", postTown: "Balle", routeID: "vest", weight: 1),
            Town(name: "Trustrup", postalCode: "8570", postTown: "Trustrup", routeID: "nord", weight: 1),
            Town(name: "Pindstrup", postalCode: "8550", postTown: "Ryomgård", routeID: "nord", weight: 1),
            Town(name: "Femmøller", postalCode: "8400", postTown: "Ebeltoft", routeID: "mols", weight: 1),
        ],
        routes: [
            RouteSpec(id: "nord", name: "Nord", weekdays: [.tuesday], vanCapacity: 14, driver: "Bent Sørensen"),
            RouteSpec(id: "mols", name: "Mols", weekdays: [.wednesday], vanCapacity: 12, driver: "Bent Sørensen"),
            RouteSpec(id: "vest", name: "Vest", weekdays: [.thursday], vanCapacity: 16, driver: "Kirsten Holm"),
        ],
        staffDomain: "syddjursbib.dk",
        phonePrefixes: [86, 87],
        championshipTitle: "Syddjursmesterskaberne i oplæsning",
        championshipVenue: "Rønde Bibliotek")

    static let aarhus = Region(
        libraryName: "Aarhus Bibliotekerne, Børn og Familier",
        address: Address(street: "Hack Kampmanns Plads 2", postalCode: "8000", city: "Aarhus C"),
        branches: [
            "Hovedbiblioteket", "Viby Bibliotek", "Højbjerg Bibliotek", "Risskov Bibliotek", "Brabrand Bibliotek",
            "Åby Bibliotek", "Tranbjerg Bibliotek", "Lystrup Bibliotek",
        ],
        schools: [
            "Skt. Annæ Skole", "Katrinebjergskolen", "Vestergårdsskolen", "Rosenvangskolen", "Elev Skole",
            "Søndervangskolen", "Frydenlundskolen", "Skæring Skole", "Vorrevangskolen", "Åby Skole",
            "Risskov Skole", "Højvangskolen", "Lyseng Skole", "Bakkegårdsskolen", "Kragelundskolen",
            "Ellevangskolen", "Tovshøjskolen", "Samsøgades Skole", "Strandskolen", "Engdalskolen",
            "Holme Skole", "Viby Skole",
        ],
        towns: [
            Town(name: "Aarhus C", postalCode: "8000", postTown: "Aarhus C", routeID: "centrum", weight: 5),
            Town(
                name: "Frederiksbjerg", postalCode: "8000", postTown: "Aarhus C", routeID: "frederiksbjerg", weight: 3),
            Town(name: "Aarhus N", postalCode: "8200", postTown: "Aarhus N", routeID: "nord", weight: 5),
            Town(name: "Aarhus V", postalCode: "8210", postTown: "Aarhus V", routeID: "vest", weight: 4),
            Town(name: "Brabrand", postalCode: "8220", postTown: "Brabrand", routeID: "brabrand", weight: 4),
            Town(name: "Åbyhøj", postalCode: "8230", postTown: "Åbyhøj", routeID: "aabyhoej", weight: 3),
            Town(name: "Risskov", postalCode: "8240", postTown: "Risskov", routeID: "risskov", weight: 3),
            Town(name: "Egå", postalCode: "8250", postTown: "Egå", routeID: "egaa", weight: 2),
            Town(name: "Viby J", postalCode: "8260", postTown: "Viby J", routeID: "viby", weight: 4),
            Town(name: "Højbjerg", postalCode: "8270", postTown: "Højbjerg", routeID: "hoejbjerg", weight: 4),
        ],
        routes: [
            RouteSpec(
                id: "centrum", name: "Centrum", weekdays: [.monday, .thursday], vanCapacity: 28, driver: "Ali Hassan"),
            RouteSpec(
                id: "frederiksbjerg", name: "Frederiksbjerg", weekdays: [.tuesday, .friday], vanCapacity: 24,
                driver: "Ali Hassan"),
            RouteSpec(
                id: "nord", name: "Aarhus N", weekdays: [.monday, .wednesday], vanCapacity: 30,
                driver: "Jens Kristensen"),
            RouteSpec(
                id: "vest", name: "Aarhus V", weekdays: [.tuesday, .thursday], vanCapacity: 28,
                driver: "Jens Kristensen"),
            RouteSpec(
                id: "brabrand", name: "Brabrand", weekdays: [.wednesday, .friday], vanCapacity: 28,
                driver: "Lone Bach"),
            RouteSpec(
                id: "aabyhoej", name: "Åbyhøj", weekdays: [.monday, .thursday], vanCapacity: 24, driver: "Lone Bach"),
            RouteSpec(
                id: "risskov", name: "Risskov", weekdays: [.tuesday, .friday], vanCapacity: 24,
                driver: "Per Mikkelsen"),
            RouteSpec(
                id: "egaa", name: "Egå", weekdays: [.wednesday], vanCapacity: 24, driver: "Per Mikkelsen"),
            RouteSpec(
                id: "viby", name: "Viby", weekdays: [.monday, .thursday], vanCapacity: 28, driver: "Hanne Skov"),
            RouteSpec(
                id: "hoejbjerg", name: "Højbjerg", weekdays: [.tuesday, .friday], vanCapacity: 28,
                driver: "Hanne Skov"),
        ],
        staffDomain: "aarhusbib.dk",
        phonePrefixes: [86, 87, 89],
        championshipTitle: "Aarhusmesterskaberne i oplæsning",
        championshipVenue: "Hovedbiblioteket")
}
