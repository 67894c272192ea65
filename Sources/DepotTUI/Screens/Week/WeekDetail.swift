import DepotCore

/// The pane beside the Week tab's list on wide screens: what the driver's route sheet says about the selected stop
/// (address, contact, phone, delivery notes, the crates with their themes), or the selected event, deadline or
/// closure in full.
struct WeekDetail {
    let context: AppContext
    var schedule: WeekSchedule? = nil

    private var strings: Strings { context.strings }

    func render(_ entry: WeekEntry?, into grid: inout CellGrid, area: Rect) {
        guard !area.isEmpty, let entry else { return }
        let (title, text) = describe(entry)
        let inner = Border(title: title, style: .dim).render(into: &grid, area: area)
        text.render(into: &grid, area: inner, offset: 0)
    }

    private func describe(_ entry: WeekEntry) -> (String, DetailText) {
        var text = DetailText()
        let lines = WeekLines(context: context, width: Int.max, schedule: schedule)
        switch entry {
        case .visit(let visit, _, let closed):
            let partner = context.data.partner(visit.partnerID, in: context.index)
            text.add(strings[WeekTabText.detailRoute], WeekLines.routeName(visit.routeID, context))
            text.add(strings[.columnKind], lines.kindName(visit.kind) + " · " + strings.days.short(visit.day))
            if closed {
                text.line(strings[WeekTabText.partnerClosed], style: WeekStyle.warning)
            } else if lines.isSpecialDelivery(visit) {
                text.line(strings[WeekTabText.specialDelivery], style: WeekStyle.warning)
            }
            for line in lines.conflictLines(visit) { text.line(line, style: WeekStyle.overdue) }
            if let partner {
                text.add(strings[WeekTabText.detailAddress], partner.address.singleLine)
                text.add(strings[WeekTabText.detailContact], partner.contact.name)
                text.add(strings[WeekTabText.detailPhone], partner.contact.phone)
                text.add(strings[WeekTabText.detailNotes], partner.deliveryNotes, style: WeekStyle.warning)
            }
            text.heading(strings[WeekTabText.detailLeave])
            if let leave = visit.leave {
                crates(leave, into: &text)
            } else {
                text.line(strings[WeekTabText.notPacked], style: WeekStyle.warning)
            }
            text.heading(strings[WeekTabText.detailCollect])
            // "none" only when no single books are collected either.
            if !visit.collect.isEmpty || visit.collectItems.isEmpty { crates(visit.collect, into: &text) }
            for barcode in visit.collectItems {
                let title = context.data.item(barcode, in: context.index)?.title
                text.line("\(barcode.rawValue)  \(title ?? "")", style: WeekStyle.warning)
            }
            return (partner?.name ?? visit.partnerID.rawValue, text)
        case .event(let event):
            let days =
                event.endsOn.map { strings.days.short(event.startsOn) + " – " + strings.days.short($0) }
                ?? strings.days.short(event.startsOn)
            text.add(strings[.columnDate], days)
            text.add(strings[WeekTabText.detailTime], event.startsAt)
            text.add(strings[WeekTabText.detailVenue], event.venue)
            let names = event.partnerIDs.map { context.data.partner($0, in: context.index)?.name ?? $0.rawValue }
            text.add(strings[WeekTabText.detailPartners], names.joined(separator: ", "))
            text.add(strings[.detailNotes], event.notes)
            return (event.title, text)
        case .task(let deadline):
            let task = deadline.task
            text.add(strings[WeekTabText.detailDue], strings.days.short(task.dueOn))
            let owner = context.data.staff.first { $0.id == task.ownerID }?.name ?? task.ownerID.rawValue
            text.add(strings[WeekTabText.detailOwner], owner)
            text.add(strings[WeekTabText.detailBelongsTo], deadline.belongsTo)
            if let done = task.doneOn {
                text.add(strings[WeekTabText.done], strings.days.short(done), style: .dim)
            } else if task.isOverdue(on: context.today) {
                text.line(WeekLines.overdue(task.dueOn.days(until: context.today), strings), style: WeekStyle.overdue)
            }
            return (task.title, text)
        case .closure(let days, let reason, let partners):
            text.add(strings[WeekTabText.detailClosed], lines.span(days))
            text.add(strings[WeekTabText.detailReason], reason)
            text.heading(strings[WeekTabText.detailPartners])
            for id in partners {
                let partner = context.data.partner(id, in: context.index)
                text.line((partner?.name ?? id.rawValue) + (partner.map { ", " + $0.address.city } ?? ""))
            }
            return (strings[WeekTabText.closedThisWeek], text)
        default:
            return ("", text)
        }
    }

    /// One line a crate: number, theme and age band.
    private func crates(_ ids: [Crate.ID], into text: inout DetailText) {
        if ids.isEmpty { text.line(strings[WeekTabText.noCrates], style: .dim) }
        for id in ids {
            guard let crate = context.data.crate(id, in: context.index) else {
                text.line(id.rawValue)
                continue
            }
            text.line(
                "\(crate.id)  \(crate.theme) · \(strings.label(crate.ageBand)) · "
                    + strings.format(WeekTabText.itemCount, count: crate.itemBarcodes.count, crate.itemBarcodes.count),
                style: Palette.style(for: crate.ageBand))
        }
    }
}
