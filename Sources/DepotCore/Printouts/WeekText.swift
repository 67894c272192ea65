/// The week as plain text for a printer: the team schedule, then one route sheet per route and day, each starting
/// on a new page. At most 80 columns; pages of A4 separated by form feeds, each with a header.
public enum WeekText {
    /// The team schedule followed by the route sheets, and with `withItems` a packing list for every crate to leave.
    /// `index` is `data`'s look-ups when the caller has them (the screen does), else they are built once here.
    public static func text(
        for schedule: WeekSchedule, data: LibraryData, language: Language, withItems: Bool = false,
        index: LibraryIndex? = nil
    ) -> String {
        let index = index ?? LibraryIndex(data)
        let sheets =
            [teamSchedule(schedule, data: data, index: index, language: language)]
            + schedule.routeDays.map {
                routeSheet($0, schedule: schedule, data: data, index: index, language: language)
            }
        guard withItems else { return sheets.joined(separator: "\u{0C}") }
        let packing = cratesToLeave(schedule, data: data, index: index).map { crate, visit in
            PackingList.text(
                for: crate, data: data, today: schedule.madeOn, language: language,
                destination: destination(visit, data: data, index: index, language: language), index: index)
        }
        return (sheets + packing).joined(separator: "\u{0C}")
    }

    /// Every crate to leave during the week, once, in the order of the route sheets, with the visit it goes on.
    /// Crates not known yet (nothing packed) have no list; a crate id with no crate record is skipped.
    public static func cratesToLeave(
        _ schedule: WeekSchedule, data: LibraryData, index: LibraryIndex
    ) -> [(Crate, ScheduledVisit)] {
        var seen = Set<Crate.ID>()
        var result: [(Crate, ScheduledVisit)] = []
        for visit in schedule.visits {
            for id in visit.leave ?? [] where seen.insert(id).inserted {
                if let crate = data.crate(id, in: index) { result.append((crate, visit)) }
            }
        }
        return result
    }

    /// "Børnehuset Bikuben · Nord · Tirsdag 24. november 2026": where and when a crate goes.
    static func destination(
        _ visit: ScheduledVisit, data: LibraryData, index: LibraryIndex, language: Language
    ) -> String {
        let words = WeekWords(language)
        let name = data.partner(visit.partnerID, in: index)?.name ?? visit.partnerID.rawValue
        return "\(name) · \(words.routeName(visit.routeID, data: data)) · \(words.dayHeading(visit.day))"
    }

    /// The week at a glance, day by day: closures, then each day's holiday, visits by route, events and deadlines.
    public static func teamSchedule(_ schedule: WeekSchedule, data: LibraryData, language: Language) -> String {
        teamSchedule(schedule, data: data, index: LibraryIndex(data), language: language)
    }

    static func teamSchedule(
        _ schedule: WeekSchedule, data: LibraryData, index: LibraryIndex, language: Language
    ) -> String {
        let words = WeekWords(language)
        var blocks: [[String]] = []
        if !schedule.closures.isEmpty {
            var block = ["\(words.closedThisWeek):"]
            for notice in schedule.closures {
                let name = data.partner(notice.partnerID, in: index)?.name ?? notice.partnerID.rawValue
                let reason = notice.closure.reason.map { " (\($0))" } ?? ""
                block += WeekPages.wrap("\(name): \(words.span(notice.closure.days))\(reason)", indent: "  ")
            }
            blocks.append(block + [""])
        }
        for day in schedule.days {
            var block = [words.dayHeading(day.day).uppercased(), String(repeating: "-", count: WeekPages.width)]
            if day.holiday != nil { block.append("  " + words.holidayNote(on: day.day)) }
            if !day.closed.isEmpty {
                let names = day.closed.map { data.partner($0, in: index)?.name ?? $0.rawValue }
                block += WeekPages.wrap("\(words.closedToday): " + names.joined(separator: ", "), indent: "  ")
            }
            for route in day.routes {
                block.append("  " + words.routeHeading(route.routeID, data: data))
                for visit in route.visits {
                    let partner = data.partner(visit.partnerID, in: index)
                    let place = partner.map { "\($0.name), \($0.address.postalCode) \($0.address.city)" }
                    block.append(
                        WeekPages.pad(WeekPages.cut("    " + (place ?? visit.partnerID.rawValue), 62), 64)
                            + words.kind(visit, in: schedule, data: data, index: index))
                    for line in words.conflicts(visit, in: schedule) {
                        block += TextWrap.lines(line, width: WeekPages.width, firstIndent: "      ", indent: "        ")
                    }
                    block += WeekPages.wrap(
                        "\(words.leave): \(words.crates(visit.leave)) · "
                            + "\(words.collect): \(words.collecting(visit))",
                        indent: "      ")
                }
            }
            if !day.events.isEmpty {
                block.append("  \(words.events):")
                for event in day.events {
                    let time = event.startsAt.map { "\($0) " } ?? ""
                    let venue = event.venue.map { ", \($0)" } ?? ""
                    block += WeekPages.wrap("\(time)\(event.title)\(venue)", indent: "    ")
                }
            }
            if !day.tasks.isEmpty {
                block.append("  \(words.deadlines):")
                for deadline in day.tasks {
                    let owner = staffName(deadline.task.ownerID, data: data)
                    let done = deadline.task.isDone ? " (\(words.done))" : ""
                    block += WeekPages.wrap(
                        "\(deadline.task.title) – \(owner) – \(deadline.belongsTo)\(done)", indent: "    ")
                }
            }
            if !day.hasActivity { block.append("  " + words.nothing) }
            blocks.append(block + [""])
        }
        let pages = WeekPages(
            library: data.settings.name, title: words.teamTitle, weekLine: words.weekLine(schedule.week),
            words: words)
        return pages.render(blocks).joined(separator: "\u{0C}")
    }

    /// The driver's sheet for one route on one day: the stops in order with address, contact, delivery notes and
    /// crates, each with a line to tick and sign.
    public static func routeSheet(
        _ routeDay: WeekSchedule.RouteDay, schedule: WeekSchedule, data: LibraryData, language: Language
    ) -> String {
        routeSheet(routeDay, schedule: schedule, data: data, index: LibraryIndex(data), language: language)
    }

    static func routeSheet(
        _ routeDay: WeekSchedule.RouteDay, schedule: WeekSchedule, data: LibraryData, index: LibraryIndex,
        language: Language
    ) -> String {
        let words = WeekWords(language)
        let out = routeDay.visits.reduce(0) { $0 + ($1.leave?.count ?? 0) }
        let home = routeDay.visits.reduce(0) { $0 + $1.collect.count }
        var blocks: [[String]] = [
            [
                words.routeHeading(routeDay.routeID, data: data) + " · " + words.dayHeading(routeDay.day),
                "\(routeDay.visits.count) \(words.stops) · \(out) \(words.cratesOut) · \(home) \(words.cratesHome)",
                "",
            ]
        ]
        for (number, visit) in routeDay.visits.enumerated() {
            let partner = data.partner(visit.partnerID, in: index)
            let name = "\(number + 1)".leftPadded(to: 2) + ". " + (partner?.name ?? visit.partnerID.rawValue)
            let kind = words.kind(visit, in: schedule, data: data, index: index)
            var block = [
                WeekPages.pad(WeekPages.cut(name, WeekPages.width - kind.count - 2), WeekPages.width - kind.count)
                    + kind
            ]
            // A published visit that breaks a hard rule says so first, so the driver asks before going.
            for line in words.conflicts(visit, in: schedule) {
                block += TextWrap.lines(line, width: WeekPages.width, firstIndent: "    ", indent: "      ")
            }
            if let partner {
                block.append("    " + partner.address.singleLine)
                var contact = "\(words.contact): \(partner.contact.name)"
                if let phone = partner.contact.phone { contact += " · \(words.phone) \(phone)" }
                block += WeekPages.wrap(contact, indent: "    ")
                if let notes = partner.deliveryNotes, !notes.isEmpty {
                    block += TextWrap.lines(
                        notes, width: WeekPages.width, firstIndent: "    \(words.notes): ", indent: "      ")
                }
            }
            block += TextWrap.lines(
                words.crates(visit.leave), width: WeekPages.width,
                firstIndent: WeekPages.pad("    \(words.leave):", 14),
                indent: String(repeating: " ", count: 14))
            block += TextWrap.lines(
                words.collecting(visit), width: WeekPages.width,
                firstIndent: WeekPages.pad("    \(words.collect):", 14),
                indent: String(repeating: " ", count: 14))
            for (number, line) in words.bookLines(visit, data: data, index: index).enumerated() {
                block += TextWrap.lines(
                    line, width: WeekPages.width,
                    firstIndent: WeekPages.pad(number == 0 ? "    \(words.keptBooks):" : "", 14),
                    indent: String(repeating: " ", count: 16))
            }
            block.append("    " + words.tickLine)
            blocks.append(block + [""])
        }
        blocks.append([String(repeating: "-", count: WeekPages.width), words.driverSignature])
        let pages = WeekPages(
            library: data.settings.name, title: words.routeSheetTitle, weekLine: words.weekLine(schedule.week),
            words: words)
        return pages.render(blocks).joined(separator: "\u{0C}")
    }

    static func staffName(_ id: StaffMember.ID, data: LibraryData) -> String {
        data.staff.first { $0.id == id }?.name ?? id.rawValue
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
