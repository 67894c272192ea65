/// A plan for the terminal and for spreadsheets: a table by week and route, the unplanned cells with their
/// reasons, the quality figures; or one CSV row per visit.
public enum PlanText {
    /// The plan as text: a heading, then week by week the visits by route, date and partner, then what could not
    /// be planned and why, any broken rules, and the quality figures.
    public static func table(_ plan: Plan, data: LibraryData, language: Language) -> String {
        let words = PlanWords(language)
        let settings = plan.request.settings ?? data.settings
        let routeOrder = Dictionary(uniqueKeysWithValues: settings.routes.enumerated().map { ($1.id, $0) })
        let routeName = { (id: Route.ID) in settings.routes.first { $0.id == id }?.name ?? id.rawValue }
        let partnerIndex = partnerNames(data)
        let quality = plan.quality

        var lines: [String] = []
        lines.append(
            (language.said(.rotationPlan, plan.season))
                + " (\(words.short(plan.firstDay)) \(plan.firstDay.year) – \(words.short(plan.lastDay)) \(plan.lastDay.year)): "
                + (language.said(
                    .visitsOutUnplanned, quality.visits, words.crates(quality.cratesLeft), quality.unplannedSlots))
        )

        let columns: [String] = [.columnRoute, .columnDay, .columnPartner, .columnVisit, .columnHome, .columnOut].map {
            language.said($0)
        }
        var rows: [(week: ISOWeek, cells: [String])] = []
        let ordered = plan.visits.sorted { lhs, rhs in
            let left = (ISOWeek(containing: lhs.day), routeOrder[lhs.routeID] ?? Int.max, lhs.day, lhs.partnerID)
            let right = (ISOWeek(containing: rhs.day), routeOrder[rhs.routeID] ?? Int.max, rhs.day, rhs.partnerID)
            return left < right
        }
        for visit in ordered {
            let name = partnerIndex[visit.partnerID] ?? visit.partnerID.rawValue
            var kind = words.kind(visit.kind)
            if visit.pinned { kind += "*" }
            rows.append(
                (
                    ISOWeek(containing: visit.day),
                    [
                        routeName(visit.routeID), words.short(visit.day),
                        "\(visit.partnerID) \(clip(name, 28))", kind, list(visit.pickUp), list(visit.leave),
                    ]
                ))
        }
        var widths = columns.map(\.count)
        for row in rows {
            for (index, cell) in row.cells.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var text =
                "  "
                + zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
                .joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var week: ISOWeek?
        for row in rows {
            if row.week != week {
                week = row.week
                lines.append("")
                lines.append(capitalized(words.days.week(row.week)) + " (\(words.short(row.week.monday)))")
                lines.append(line(columns))
            }
            lines.append(line(row.cells))
        }
        if plan.visits.contains(where: \.pinned) {
            lines.append("")
            lines.append(language.said(.pinnedByHand))
        }

        if !plan.unplanned.isEmpty {
            lines.append("")
            lines.append(language.said(.notPlanned, plan.unplanned.count))
            for slot in plan.unplanned {
                lines.append("  \(words.short(slot.day)) \(slot.day.year), \(slot.partnerName): \(slot.text(language))")
            }
        }
        if !plan.violations.isEmpty {
            lines.append("")
            lines.append(
                language.said(.rulesBroken, plan.violations.count))
            for violation in plan.violations { lines.append("  " + violation.text(language)) }
        }
        lines.append("")
        lines += qualityLines(quality, words: words, routeName: routeName)
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per visit, with a header: week, date, route, partner, visit kind, crates picked up and left (each a
    /// space-separated list), pinned, the day wanted, the day it was postponed from.
    public static func csv(_ plan: Plan, data: LibraryData) -> String {
        let names = partnerNames(data)
        var rows = [
            [
                "week", "date", "routeID", "partnerID", "partner", "kind", "pickUp", "leave", "pinned", "target",
                "postponedFrom",
            ]
        ]
        for visit in plan.visits {
            // Ids and names come from the library: a spreadsheet must not take one for a formula.
            let text = [
                visit.routeID.rawValue, visit.partnerID.rawValue, names[visit.partnerID] ?? "",
                visit.pickUp.map(\.rawValue).joined(separator: " "), visit.leave.map(\.rawValue).joined(separator: " "),
            ].map(CSVFormula.neutralised)
            rows.append([
                String(ISOWeek(containing: visit.day).week), visit.day.description, text[0], text[1], text[2],
                visit.kind.rawValue, text[3], text[4], visit.pinned ? "yes" : "no", visit.target.description,
                visit.postponedFrom?.description ?? "",
            ])
        }
        return CSVWriter.text(rows)
    }

    private static func qualityLines(_ quality: PlanQuality, words: PlanWords, routeName: (Route.ID) -> String)
        -> [String]
    {
        let language = words.language
        var lines = [language.said(.quality)]
        lines.append(
            language.said(.ofCratesIdleAtHome, format(quality.cratesIdlePerWeek), quality.crates))
        let avoidable = quality.themeRepeatsInSeason - quality.themeRepeatsInSeasonUnavoidable
        lines.append(
            language.said(.aThemeThePartnerAlready, words.crates(quality.themeRepeatsInSeason), avoidable))
        lines.append(
            language.said(.aThemeFromTheLook, words.crates(quality.themeRepeatsLookBack)))
        lines.append(
            language.said(.theSameThemeTwiceIn, quality.themeRepeats))
        lines.append(
            language.said(.unplannedMissing, quality.unplannedSlots, words.crates(quality.cratesMissing)))
        lines.append(
            language.said(.visitsPerRouteDaySpread, format(quality.visitsPerRouteDaySpread)))
        for route in quality.routes {
            lines.append(
                "    \(words.route(routeName(route.routeID))): "
                    + (language.said(
                        .visitsOnRouteDaysA, route.visits, route.routeDays, route.fewest, route.most, route.mostCrates,
                        route.vanCapacity)))
        }
        return lines
    }

    private static func partnerNames(_ data: LibraryData) -> [Partner.ID: String] {
        var names: [Partner.ID: String] = [:]
        for partner in data.partners { names[partner.id] = partner.name }
        return names
    }

    /// "Uge 10" from "uge 10".
    private static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    private static func list(_ crates: [Crate.ID]) -> String {
        crates.isEmpty ? "–" : crates.map(\.rawValue).joined(separator: " ")
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    private static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let tenths = (abs(hundredths) + 5) / 10
        return "\(hundredths < 0 ? "-" : "")\(tenths / 10).\(tenths % 10)"
    }
}

/// The texts of `PlanText` in the language files.
public enum PlanPrintText: String, TextCatalogue {
    case columnRoute, columnDay, columnPartner, columnVisit, columnHome, columnOut
    case rotationPlan
    case visitsOutUnplanned
    case pinnedByHand
    case notPlanned
    case rulesBroken
    case quality
    case ofCratesIdleAtHome
    case aThemeThePartnerAlready
    case aThemeFromTheLook
    case theSameThemeTwiceIn
    case unplannedMissing
    case visitsPerRouteDaySpread
    case visitsOnRouteDaysA

    public static let placeholders: [PlanPrintText: [String]] = [
        .rotationPlan: ["season"],
        .visitsOutUnplanned: ["visits", "crates", "unplannedSlots"],
        .notPlanned: ["count"],
        .rulesBroken: ["count"],
        .ofCratesIdleAtHome: ["quality", "crates"],
        .aThemeThePartnerAlready: ["crates", "avoidable"],
        .aThemeFromTheLook: ["crates"],
        .theSameThemeTwiceIn: ["themeRepeats"],
        .unplannedMissing: ["unplannedSlots", "crates"],
        .visitsPerRouteDaySpread: ["quality"],
        .visitsOnRouteDaysA: ["visits", "routeDays", "fewest", "most", "mostCrates", "vanCapacity"],
    ]
}

extension Language {
    fileprivate func said(_ key: PlanPrintText, _ arguments: CustomStringConvertible...) -> String {
        TextBook(self).filled(key, arguments)
    }
}
