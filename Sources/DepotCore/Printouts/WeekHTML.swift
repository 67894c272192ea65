/// The week as one self-contained HTML page: the team schedule, then a route sheet per route and day, each printed
/// on its own A4 sheet. Black on white, borders and bold instead of colour, so it reads on any printer.
public enum WeekHTML {
    /// The whole page, with its print stylesheet inline; with `withItems` a packing list for every crate to leave
    /// follows the route sheets, one crate to a sheet. `index` is `data`'s look-ups when the caller has them.
    public static func page(
        for schedule: WeekSchedule, data: LibraryData, language: Language, withItems: Bool = false,
        index: LibraryIndex? = nil
    ) -> String {
        let words = WeekWords(language)
        let index = index ?? LibraryIndex(data)
        let weekLine = escape(words.weekLine(schedule.week))
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(escape(data.settings.name)) · \(escape(words.days.week(schedule.week)))</title>
            <style>
            \(PrintStyle.css(language))
            body { font-family: sans-serif; font-size: 11pt; color: #000; background: #fff; margin: 0 auto; max-width: 180mm; }
            header { border-bottom: 2px solid #000; margin-bottom: 1em; }
            header p { margin: 0.2em 0; }
            h1 { font-size: 16pt; margin: 0.3em 0; }
            h2 { font-size: 13pt; margin: 1em 0 0.3em; border-bottom: 1px solid #000; }
            h3 { font-size: 11pt; margin: 0.6em 0 0.2em; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #000; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
            section.sheet { break-before: page; page-break-before: always; }
            thead th.continued { font-size: 13pt; }
            .tick { white-space: nowrap; }
            .holiday { font-weight: bold; }
            @media print { a { color: #000; text-decoration: none; } }
            </style>
            </head>
            <body>

            """
        html += "<section class=\"team\">\n"
        html += header(data.settings.name, words.teamTitle, weekLine)
        if !schedule.closures.isEmpty {
            html += "<h2>\(escape(words.closedThisWeek))</h2>\n<ul>\n"
            for notice in schedule.closures {
                let name = data.partner(notice.partnerID, in: index)?.name ?? notice.partnerID.rawValue
                let reason = notice.closure.reason.map { " (\(escape($0)))" } ?? ""
                html += "<li>\(escape(name)): \(escape(words.span(notice.closure.days)))\(reason)</li>\n"
            }
            html += "</ul>\n"
        }
        for day in schedule.days {
            html += "<h2>\(escape(words.dayHeading(day.day)))</h2>\n"
            if day.holiday != nil { html += "<p class=\"holiday\">\(escape(words.holidayNote(on: day.day)))</p>\n" }
            if !day.closed.isEmpty {
                let names = day.closed.map { data.partner($0, in: index)?.name ?? $0.rawValue }
                html += "<p>\(escape(words.closedToday)): \(escape(names.joined(separator: ", ")))</p>\n"
            }
            for route in day.routes {
                // The route's name heads the table, so a table continued on the next sheet is headed there too.
                let heading = escape(words.routeHeading(route.routeID, data: data))
                html += "<table class=\"route\">\n<thead><tr><th colspan=\"4\">\(heading)</th></tr></thead>\n<tbody>\n"
                for visit in route.visits {
                    let partner = data.partner(visit.partnerID, in: index)
                    let marks = words.conflicts(visit, in: schedule).map { "<br><strong>\(escape($0))</strong>" }
                    html += "<tr><td>\(escape(partner?.name ?? visit.partnerID.rawValue))\(marks.joined())</td>"
                    html += "<td>\(escape(words.kind(visit, in: schedule, data: data, index: index)))</td>"
                    html += "<td>\(escape(words.leave)): \(escape(words.crates(visit.leave)))</td>"
                    html += "<td>\(escape(words.collect)): \(escape(words.collecting(visit)))</td></tr>\n"
                }
                html += "</tbody>\n</table>\n"
            }
            if !day.events.isEmpty {
                html += "<h3>\(escape(words.events))</h3>\n<ul>\n"
                for event in day.events {
                    let time = event.startsAt.map { "\(escape($0)) " } ?? ""
                    let venue = event.venue.map { ", \(escape($0))" } ?? ""
                    html += "<li>\(time)\(escape(event.title))\(venue)</li>\n"
                }
                html += "</ul>\n"
            }
            if !day.tasks.isEmpty {
                html += "<h3>\(escape(words.deadlines))</h3>\n<ul>\n"
                for deadline in day.tasks {
                    let owner = WeekText.staffName(deadline.task.ownerID, data: data)
                    let done = deadline.task.isDone ? " (\(escape(words.done)))" : ""
                    html += "<li>\(escape(deadline.task.title)) – \(escape(owner)) – "
                    html += "\(escape(deadline.belongsTo))\(done)</li>\n"
                }
                html += "</ul>\n"
            }
            if !day.hasActivity { html += "<p>\(escape(words.nothing))</p>\n" }
        }
        html += "</section>\n"
        for routeDay in schedule.routeDays {
            html += routeSheet(
                routeDay, schedule: schedule, data: data, index: index, words: words, weekLine: weekLine)
        }
        if withItems {
            for (crate, visit) in WeekText.cratesToLeave(schedule, data: data, index: index) {
                let destination = WeekText.destination(visit, data: data, index: index, language: language)
                html += packingList(crate, destination: destination, data: data, index: index, language: language)
            }
        }
        html += "</body>\n</html>\n"
        return html
    }

    /// One crate's packing list on its own sheet: where it goes, then every item with its barcode.
    private static func packingList(
        _ crate: Crate, destination: String, data: LibraryData, index: LibraryIndex, language: Language
    ) -> String {
        let book = TextBook(language)
        var html = "<section class=\"sheet packing\">\n"
        html += header(data.settings.name, book.format(PackingListText.title, crate.id), escape(destination))
        html += "<p>\(escape(crate.theme)) · \(escape(crate.ageBand.rawValue)) · "
        html += "\(book[PackingListText.count]): \(crate.itemBarcodes.count)</p>\n"
        html += "<table class=\"crates\">\n<thead><tr><th>\(book[PackingListText.barcode])</th>"
        html += "<th>\(book[PackingListText.itemTitle])</th><th>\(book[PackingListText.author])</th></tr></thead>\n"
        html += "<tbody>\n"
        for barcode in crate.itemBarcodes {
            let item = data.item(barcode, in: index)
            html += "<tr><td>\(escape(barcode.rawValue))</td><td>\(escape(item?.title ?? "?"))</td>"
            html += "<td>\(escape(item?.author ?? ""))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n<p class=\"signature\">"
        html += book[PackingListText.signaturesHTML]
        html += "</p>\n</section>\n"
        return html
    }

    private static func routeSheet(
        _ routeDay: WeekSchedule.RouteDay, schedule: WeekSchedule, data: LibraryData, index: LibraryIndex,
        words: WeekWords, weekLine: String
    ) -> String {
        var html = "<section class=\"sheet\">\n"
        html += header(data.settings.name, words.routeSheetTitle, weekLine)
        // Repeated at the top of every sheet the route continues onto: which route and day the stops belong to.
        let title =
            "\(escape(words.routeHeading(routeDay.routeID, data: data))) · \(escape(words.dayHeading(routeDay.day)))"
        html += "<table>\n<thead><tr><th>#</th><th class=\"continued\">\(title)</th></tr></thead>\n"
        for (number, visit) in routeDay.visits.enumerated() {
            let partner = data.partner(visit.partnerID, in: index)
            html += "<tbody class=\"stop\">\n<tr><th>\(number + 1)</th><th>"
            html +=
                "\(escape(partner?.name ?? visit.partnerID.rawValue)) · \(escape(words.kind(visit, in: schedule, data: data, index: index)))</th></tr>\n"
            var details = words.conflicts(visit, in: schedule).map {
                "<strong class=\"conflict\">\(escape($0))</strong>"
            }
            if let partner {
                details.append(escape(partner.address.singleLine))
                var contact = "\(words.contact): \(partner.contact.name)"
                if let phone = partner.contact.phone { contact += " · \(words.phone) \(phone)" }
                details.append(escape(contact))
                if let notes = partner.deliveryNotes, !notes.isEmpty {
                    details.append("<strong>\(escape(words.notes)):</strong> \(escape(notes))")
                }
            }
            details.append("<strong>\(escape(words.leave)):</strong> \(escape(words.crates(visit.leave)))")
            details.append("<strong>\(escape(words.collect)):</strong> \(escape(words.collecting(visit)))")
            let books = words.bookLines(visit, data: data, index: index)
            if !books.isEmpty {
                details.append(
                    "<strong>\(escape(words.keptBooks)):</strong> \(books.map(escape).joined(separator: "<br>\n"))")
            }
            details.append("<span class=\"tick\">\(escape(words.tickLine))</span>")
            html += "<tr><td></td><td>\(details.joined(separator: "<br>\n"))</td></tr>\n"
            // The driver's signature goes with the last stop: never pushed alone onto a sheet of its own.
            if number == routeDay.visits.count - 1 {
                html += "<tr class=\"signature\"><td></td><td>\(escape(words.driverSignature))</td></tr>\n"
            }
            html += "</tbody>\n"
        }
        if routeDay.visits.isEmpty {
            html += "<tbody class=\"signature\"><tr><td></td><td>\(escape(words.driverSignature))</td></tr></tbody>\n"
        }
        html += "</table>\n</section>\n"
        return html
    }

    private static func header(_ library: String, _ title: String, _ weekLine: String) -> String {
        "<header><p>\(escape(library))</p><h1>\(escape(title))</h1><p>\(weekLine)</p></header>\n"
    }

    /// Text safe inside HTML elements and attribute values (`HTMLPage.escape`).
    static func escape(_ text: String) -> String { HTMLPage.escape(text) }
}
