import DepotCore

/// A plan laid out for the Plan tab: partners down (route by route, then by name), the weeks with exchanges across,
/// and in each cell the partner's visit that week with its conflicts and what could not be planned. Built once per
/// change of the plan, never per frame; a cell is a dictionary look-up.
struct PlanGrid {
    /// What one cell holds, as positions in the plan's arrays.
    struct Cell {
        var visits: [Int] = []
        var unplanned: [Int] = []
        var violations: [Int] = []
    }

    let rows: [Partner.ID]
    let names: [String]
    let weeks: [ISOWeek]
    private let cells: [Int: Cell]
    /// The plan's conflicts that have a cell, in the plan's order: the violation's position, its cell's row and
    /// column (`c` jumps from one to the next).
    let conflictPlaces: [(violation: Int, row: Int, column: Int)]
    private let rowOfPartner: [Partner.ID: Int]
    private let columnOfWeek: [ISOWeek: Int]

    /// No plan: no rows, no weeks.
    init() {
        rows = []
        names = []
        weeks = []
        cells = [:]
        conflictPlaces = []
        rowOfPartner = [:]
        columnOfWeek = [:]
    }

    init(plan: Plan, data: LibraryData) {
        let partners = Dictionary(data.partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let routeOrder = Dictionary(
            (plan.request.settings ?? data.settings).routes.enumerated().map { ($0.element.id, $0.offset) },
            uniquingKeysWith: min)
        let partnerIDs = Set(plan.visits.map(\.partnerID) + plan.unplanned.map(\.partnerID))
        let unplannedNames = Dictionary(
            plan.unplanned.map { ($0.partnerID, $0.partnerName) }, uniquingKeysWith: { first, _ in first })
        func name(_ id: Partner.ID) -> String { partners[id]?.name ?? unplannedNames[id] ?? id.rawValue }
        func routePosition(_ id: Partner.ID) -> Int {
            partners[id]?.routeID.flatMap { routeOrder[$0] } ?? Int.max
        }
        let sortKeys = Dictionary(
            partnerIDs.map { ($0, (routePosition($0), DanishSortKey(name($0)))) }, uniquingKeysWith: { a, _ in a })
        rows = partnerIDs.sorted { a, b in
            let left = sortKeys[a]!
            let right = sortKeys[b]!
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            return a < b
        }
        names = rows.map(name)
        weeks = Set(
            plan.visits.map { ISOWeek(containing: $0.day) } + plan.unplanned.map { ISOWeek(containing: $0.day) }
        )
        .sorted()
        let rowOfPartner = Dictionary(rows.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: min)
        let columnOfWeek = Dictionary(weeks.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: min)
        let columns = weeks.count
        var cells: [Int: Cell] = [:]
        func key(_ partner: Partner.ID, _ day: Day) -> Int? {
            guard let row = rowOfPartner[partner], let column = columnOfWeek[ISOWeek(containing: day)] else {
                return nil
            }
            return row * columns + column
        }
        var visitsOnRouteDay: [String: [Int]] = [:]
        for (position, visit) in plan.visits.enumerated() {
            guard let cell = key(visit.partnerID, visit.day) else { continue }
            cells[cell, default: Cell()].visits.append(position)
            visitsOnRouteDay["\(visit.routeID) \(visit.day)", default: []].append(position)
        }
        for (position, slot) in plan.unplanned.enumerated() {
            guard let cell = key(slot.partnerID, slot.day) else { continue }
            cells[cell, default: Cell()].unplanned.append(position)
        }
        for (position, violation) in plan.violations.enumerated() {
            if let partner = violation.partnerID, let cell = key(partner, violation.day) {
                cells[cell, default: Cell()].violations.append(position)
            } else if let route = violation.routeID {
                // A van over capacity is a conflict of every visit on that route day.
                for visit in visitsOnRouteDay["\(route) \(violation.day)"] ?? [] {
                    if let cell = key(plan.visits[visit].partnerID, violation.day) {
                        cells[cell, default: Cell()].violations.append(position)
                    }
                }
            }
        }
        self.cells = cells
        // Each conflict's first cell (row, column), in the order of the plan's list (by day).
        var placeOfViolation: [Int: (row: Int, column: Int)] = [:]
        for key in cells.keys.sorted() {
            for position in cells[key]?.violations ?? [] where placeOfViolation[position] == nil {
                placeOfViolation[position] = (key / max(1, columns), key % max(1, columns))
            }
        }
        conflictPlaces = plan.violations.indices.compactMap { position in
            placeOfViolation[position].map { (position, $0.row, $0.column) }
        }
        self.rowOfPartner = rowOfPartner
        self.columnOfWeek = columnOfWeek
    }

    var isEmpty: Bool { rows.isEmpty || weeks.isEmpty }

    func cell(row: Int, column: Int) -> Cell? {
        guard rows.indices.contains(row), weeks.indices.contains(column) else { return nil }
        return cells[row * weeks.count + column]
    }

    func row(of partner: Partner.ID) -> Int? { rowOfPartner[partner] }

    func column(of week: ISOWeek) -> Int? { columnOfWeek[week] }

    /// The column of `week`, or of the nearest week after it with exchanges (the last column when none).
    func column(atOrAfter week: ISOWeek) -> Int {
        weeks.firstIndex { $0 >= week } ?? max(0, weeks.count - 1)
    }
}
