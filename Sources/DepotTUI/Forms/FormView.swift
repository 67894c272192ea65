import DepotCore

/// Draws a form in a box over the screen: labels on the left, the fields, a marker and message beside a field that
/// is wrong, and the focused field's whole message and the keys at the bottom.
struct FormView {
    var form: FormState
    var strings: Strings

    /// Where to break `text` so that the first part fits in `width` columns: at the last space that fits.
    static func breakIndex(_ text: String, width: Int) -> String.Index? {
        var used = 0
        var lastSpace: String.Index?
        for index in text.indices {
            used += displayWidth(of: text[index])
            if used > width { break }
            if text[index] == " " { lastSpace = index }
        }
        return lastSpace
    }

    func render(into grid: inout CellGrid, area: Rect) {
        // The form grows with the window (a coordinator's laptop), and its fields with it.
        let width = min(area.width, max(96, area.width - 20))
        let height = min(area.height, form.fields.count + 6)
        let box = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        grid.fill(box, style: .plain)
        let inner = Border(title: form.title).render(into: &grid, area: box)
        let labelWidth = min(20, (form.fields.map { displayWidth(of: $0.label) }.max() ?? 0) + 2)
        let inputWidth = max(10, inner.width - labelWidth - 2) * 3 / 5
        let visibleFields = max(0, inner.height - 3)
        let first = max(0, min(form.focus - visibleFields + 1, form.fields.count - visibleFields))
        for (row, index) in (first..<min(form.fields.count, first + visibleFields)).enumerated() {
            let field = form.fields[index]
            let y = inner.y + row
            let focused = index == form.focus
            grid.put(field.label, x: inner.x, y: y, style: focused ? .bold : .plain, maxWidth: labelWidth)
            // The field being typed in takes the whole row while there is no message beside it, so a long list
            // (members, targets) shows more than its tail.
            // A field with a message beside it gives up room to the message (down to 10 columns), so it is not cut.
            let errorWidth = field.error.map { displayWidth(of: "! " + $0) + 1 } ?? 0
            let width =
                focused && field.error == nil
                ? max(inputWidth, inner.width - labelWidth)
                : max(min(inputWidth, 10), min(inputWidth, inner.width - labelWidth - errorWidth))
            let fieldArea = Rect(x: inner.x + labelWidth, y: y, width: width, height: 1)
            switch field.kind {
            case .text, .suggestions:
                field.input.render(into: &grid, area: fieldArea, style: .underline, focused: focused)
            case .choice:
                let text = "◂ \(field.text) ▸"
                grid.put(text, x: fieldArea.x, y: y, style: focused ? .reverse : .underline, maxWidth: width)
            }
            if let error = field.error {
                let x = fieldArea.maxX + 1
                // Cut with "…" beside the field; the whole message shows at the bottom while the field has the focus.
                let room = max(0, inner.maxX - x)
                grid.put(truncate("! " + error, toWidth: room), x: x, y: y, style: FormView.errorStyle, maxWidth: room)
            }
        }
        let focusedError = form.fields[form.focus].error
        let bottom =
            form.asking.map { "\($0.question) \(strings[.confirmYesNo])" }
            ?? (form.isAskingToDiscard
                ? "\(strings[.formDiscardTitle]) \(strings[.formDiscardQuestion]) \(strings[.confirmYesNo])"
                : (focusedError ?? form.message ?? form.fields[form.focus].hint ?? ""))
        let style: Style =
            form.asking != nil
            ? .reverse.adding(.bold)
            : form.isAskingToDiscard || focusedError != nil || form.message != nil ? FormView.errorStyle : .dim
        // A long hint takes the blank row above too, broken at a space.
        if displayWidth(of: bottom) > inner.width, let cut = FormView.breakIndex(bottom, width: inner.width) {
            grid.put(String(bottom[..<cut]), x: inner.x, y: inner.maxY - 3, style: style, maxWidth: inner.width)
            let rest = bottom[cut...].drop { $0 == " " }
            grid.put(String(rest), x: inner.x, y: inner.maxY - 2, style: style, maxWidth: inner.width)
        } else {
            grid.put(bottom, x: inner.x, y: inner.maxY - 2, style: style, maxWidth: inner.width)
        }
        let keys = "Tab/Shift-Tab \(strings[.keyNextField])   Ctrl-S \(strings[.keySave])   Esc \(strings[.keyCancel])"
        grid.put(keys, x: inner.x, y: inner.maxY - 1, style: .dim, maxWidth: inner.width)
    }

    static let errorStyle = Style(foreground: .red, attributes: .bold)
}
