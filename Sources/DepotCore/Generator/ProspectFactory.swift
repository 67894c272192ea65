/// The municipality's institutions that are not partners yet: prospects from its list, some contacted, one offered
/// a deposit, some that said no. They have no route and no deposits, so the reach report has someone not reached.
///
/// They are written by hand for the region, not drawn: the outreach story of the sample is the same on every
/// machine, and adding them changes none of the partners, crates or deposits drawn before them.
enum ProspectFactory {
    /// One institution of the region's list and how far the outreach has come.
    struct Spec {
        var name: String
        var kind: Partner.Kind
        var street: String
        var postcode: String
        var town: String
        var children: Int
        var state: PartnershipState
        /// The head of the institution, as the municipality's list gives them: "Lone, leder".
        var contact: String
        var phone: String
        var email: String
        /// The contact log: days before `today`, the staff member (an index into the generated staff) and the note.
        var log: [(daysAgo: Int, staff: Int, note: String)] = []
        var offer: DepositKind?
    }

    static let syddjurs: [Spec] = [
        Spec(
            name: "Børnehuset Kastanjen", kind: .kindergarten, street: "Toftevej 12", postcode: "8410", town: "Rønde",
            children: 48, state: .prospect, contact: "Hanne Bech, leder", phone: "+45 87 91 24 60",
            email: "kastanjen@syddjurs.dk"),
        Spec(
            name: "Naturbørnehaven Molsbjerge", kind: .kindergarten, street: "Femmøller Strandvej 5",
            postcode: "8400", town: "Ebeltoft", children: 35, state: .contacted, contact: "Mette Kjær, leder",
            phone: "+45 86 34 52 18", email: "molsbjerge@syddjurs.dk",
            log: [
                (
                    41, 1,
                    "Interesseret i et depot; vil tale med personalet og ringer tilbage efter efterårsferien"
                )
            ]),
        Spec(
            name: "Dagplejen Ådalen", kind: .childminderGroup, street: "Bygaden 3", postcode: "8560",
            town: "Kolind", children: 24, state: .contacted, contact: "Susanne Holm, dagplejepædagog",
            phone: "+45 21 48 36 07", email: "dagplejen.aadalen@syddjurs.dk",
            log: [(12, 5, "Legestuen vil gerne prøve en kasse til de 0-3-årige; sender datoer for legestuen")]),
        Spec(
            name: "Børnehaven Kildebakken", kind: .kindergarten, street: "Kildevej 22", postcode: "8543",
            town: "Hornslet", children: 62, state: .offered, contact: "Jonas Friis, souschef",
            phone: "+45 87 53 71 40", email: "kildebakken@syddjurs.dk",
            log: [
                (78, 0, "Første opringning: de kender depoterne fra en nabobørnehave og vil høre mere"),
                (52, 0, "Møde i børnehaven: tilbudt depot med to kasser hver tredje måned, svar efter personalemødet"),
            ], offer: .deposit),
        Spec(
            name: "Børnehuset Mølleparken", kind: .kindergarten, street: "Skolegade 9", postcode: "8544",
            town: "Mørke", children: 40, state: .declined, contact: "Birthe Lund, leder", phone: "+45 87 53 60 22",
            email: "molleparken@syddjurs.dk",
            log: [(95, 1, "Takker nej for nu: de går selv på biblioteket hver uge. Spørg igen til foråret")]),
        Spec(
            name: "Ryomgård Realskole", kind: .school, street: "Stationsvej 40", postcode: "8550", town: "Ryomgård",
            children: 85, state: .prospect, contact: "Anders Vinther, skoleleder", phone: "+45 86 39 40 11",
            email: "kontor@ryomgaard-realskole.dk"),
        Spec(
            name: "Børnehaven Troldeskoven", kind: .kindergarten, street: "Skovgårdsvej 7", postcode: "8550",
            town: "Ryomgård", children: 31, state: .prospect, contact: "Pia Nørgaard, leder",
            phone: "+45 87 53 64 90", email: "troldeskoven@syddjurs.dk"),
        Spec(
            name: "Vuggestuen Æblehaven", kind: .kindergarten, street: "Adelgade 61", postcode: "8400",
            town: "Ebeltoft", children: 28, state: .declined, contact: "Lise Dam, leder", phone: "+45 86 34 18 75",
            email: "aeblehaven@syddjurs.dk",
            log: [(150, 1, "Vil ikke have kasser stående; har ingen plads til dem i vuggestuen")]),
    ]

    /// The region's prospects as partner records numbered after `partners`, with names none of them has, their
    /// contact logs kept by `staff` and dated before `today`.
    static func make(_ specs: [Spec], after partners: [Partner], staff: [StaffMember], today: Day) -> [Partner] {
        guard !staff.isEmpty else { return [] }
        var made: [Partner] = []
        let taken = Set(partners.map { $0.name.lowercased() })
        for spec in specs where !taken.contains(spec.name.lowercased()) {
            let log = spec.log.map { entry in
                ContactLogEntry(
                    day: today.adding(days: -entry.daysAgo), staffID: staff[min(entry.staff, staff.count - 1)].id,
                    person: spec.contact, note: entry.note)
            }
            let since = log.last?.day ?? today.adding(days: -120)
            made.append(
                Partner(
                    id: Outreach.nextID(partners + made), name: spec.name, kind: spec.kind,
                    address: Address(street: spec.street, postalCode: spec.postcode, city: spec.town),
                    contact: Contact(
                        name: String(spec.contact.prefix { $0 != "," }), phone: spec.phone, email: spec.email),
                    ageGroups: Outreach.defaultAgeGroups(spec.kind), childCount: spec.children,
                    partnership: Partnership(state: spec.state, since: since, offer: spec.offer, contactLog: log)))
        }
        return made
    }
}
