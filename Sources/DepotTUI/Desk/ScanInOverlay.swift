import DepotCore

/// Scanning a returning deposit at the desk: each scan is checked off at once ("27 af 30 tilbage"), items that
/// belong elsewhere and unknown barcodes are flagged with a beep, a title typed by hand finds a book whose barcode
/// will not scan, and one key finishes. When something is missing, finishing asks what became of it: lost, still at
/// the kindergarten, or back after all.
struct ScanInOverlay: Overlay {
    private enum Phase {
        case scanning
        case deciding
        case askingToLeave
    }

    private var session: ScanIn
    private var phase = Phase.scanning
    private var log: [ScanResult] = []
    private var title = TextField()
    private var matchSelection = 0
    private var decisions: [Item.ID: MissingDecision] = [:]
    private var missingSelection = 0
    private let partnerName: String

    init(deposit: Deposit, context: AppContext) {
        session = ScanIn(deposit: deposit, data: context.data, index: context.index)
        partnerName = context.data.partner(deposit.partnerID, in: context.index)?.name ?? deposit.partnerID.rawValue
    }

    private var matches: [Item] {
        title.text.count < 2 ? [] : Array(session.matches(title: title.text).prefix(8))
    }

    // MARK: Input

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        let strings = context.strings
        switch phase {
        case .askingToLeave:
            if case .key(let key) = input, [.character("j"), .character("y")].contains(key) { return .close }
            phase = .scanning
            return .stay
        case .deciding:
            guard case .key(let key) = input else { return .stay }
            return decide(key, context)
        case .scanning:
            switch input {
            case .scanned(let code): return scan(code, strings)
            case .key(let key): return scanningKey(key, context)
            }
        }
    }

    private mutating func scan(_ code: String, _ strings: Strings) -> OverlayOutcome {
        let result = session.scan(code)
        log.append(result)
        title.clear()
        return .message(describe(result, strings), beep: !result.isAccepted)
    }

    private mutating func scanningKey(_ key: Key, _ context: AppContext) -> OverlayOutcome {
        let strings = context.strings
        switch key {
        case .function(2), .control("f"):
            return finishOrDecide(context)
        case .escape:
            if !title.text.isEmpty {
                title.clear()
                return .stay
            }
            if session.returnedCount > 0 {
                phase = .askingToLeave
                return .stay
            }
            return .close
        case .control("d"):
            guard let last = log.last(where: \.isAccepted)?.item else { return .stay }
            do {
                try session.markDamaged(last.id)
                return .message(strings.format(.scanMarkedDamaged, last.title), beep: false)
            } catch {
                return .message(error.localizedDescription(strings.language), beep: true)
            }
        case .up:
            matchSelection = max(0, matchSelection - 1)
        case .down:
            matchSelection = min(max(0, matches.count - 1), matchSelection + 1)
        case .enter:
            let found = matches
            if found.indices.contains(matchSelection) {
                let result = session.checkIn(found[matchSelection].id)
                log.append(result)
                title.clear()
                matchSelection = 0
                return .message(describe(result, strings), beep: !result.isAccepted)
            }
            if !title.text.isEmpty, title.text.allSatisfy({ $0.isNumber }) { return scan(title.text, strings) }
        default:
            if title.handle(key) { matchSelection = 0 }
        }
        return .stay
    }

    private mutating func finishOrDecide(_ context: AppContext) -> OverlayOutcome {
        if session.missing.isEmpty { return finish(context) }
        for item in session.missing where decisions[item.id] == nil { decisions[item.id] = .lost }
        missingSelection = 0
        phase = .deciding
        return .stay
    }

    private mutating func decide(_ key: Key, _ context: AppContext) -> OverlayOutcome {
        let missing = session.missing
        guard !missing.isEmpty else { return finish(context) }
        let selected = missing[min(missingSelection, missing.count - 1)].id
        switch key {
        case .up, .character("k"): missingSelection = max(0, missingSelection - 1)
        case .down, .character("j"): missingSelection = min(missing.count - 1, missingSelection + 1)
        case .character("t"): decisions[selected] = .lost
        case .character("b"): decisions[selected] = .stillAtPartner
        case .character("f"): decisions[selected] = .returned
        case .character("T"): for item in missing { decisions[item.id] = .lost }
        case .character("B"): for item in missing { decisions[item.id] = .stillAtPartner }
        case .enter, .function(2), .control("f"): return finish(context)
        case .escape: phase = .scanning
        default: break
        }
        return .stay
    }

    private func finish(_ context: AppContext) -> OverlayOutcome {
        let session = session
        let decisions = decisions
        let today = context.today
        let summary = context.strings.format(
            .scanFinished, session.deposit.id, session.returnedCount, session.expectedCount)
        switch DeskCommands.change(
            summary, reveal: .deposit(session.deposit.id), context,
            { data throws(DeskError) in
                try session.finish(missing: decisions, on: today, in: &data)
            })
        {
        case .success(let change): return .save(change, close: true)
        case .failure(let error): return .message(error.localizedDescription(context.strings.language), beep: true)
        }
    }

    // MARK: Text

    private func describe(_ result: ScanResult, _ strings: Strings) -> String {
        switch result {
        case .returned(let item): return "✓ \(item.id) \(item.title)"
        case .alreadyScanned(let item): return strings.format(.scanAlready, item.id, item.title)
        case .lateReturn(let item, let deposit): return strings.format(.scanLate, item.id, item.title, deposit)
        case .foreign(let item, let crate, let partner):
            let owner = [crate?.rawValue, partner?.rawValue].compactMap { $0 }.joined(separator: " / ")
            return strings.format(.scanForeign, item.id, item.title, owner.isEmpty ? strings[.atHome] : owner)
        case .unknown(let code): return strings.format(.scanUnknown, code)
        }
    }

    private func style(of result: ScanResult) -> Style {
        result.isAccepted ? Style(foreground: .green) : Style(foreground: .red, attributes: .bold)
    }

    // MARK: Drawing

    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        grid.fill(area, style: .plain)
        let crates = session.deposit.crateIDs.map(\.rawValue).joined(separator: " ")
        let heading = "\(strings[.scanTitle]) \(session.deposit.id) · \(partnerName) · \(crates)"
        let inner = Border(title: heading, style: .bold).render(into: &grid, area: area)
        guard inner.height >= 4 else { return }
        let progress = strings.format(.scanProgress, session.returnedCount, session.expectedCount)
        grid.put(
            progress, x: inner.x, y: inner.y, style: session.isComplete ? Palette.heading : .bold, maxWidth: inner.width
        )
        if phase == .deciding {
            renderDecisions(
                into: &grid, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2),
                strings)
            return
        }
        let prompt = strings[.scanPrompt]
        let used = grid.put(prompt, x: inner.x, y: inner.y + 1, style: .dim, maxWidth: inner.width)
        title.render(
            into: &grid,
            area: Rect(x: inner.x + used, y: inner.y + 1, width: min(30, max(0, inner.width - used)), height: 1),
            style: .underline)
        if phase == .askingToLeave {
            grid.put(
                strings[.scanLeaveQuestion], x: inner.x, y: inner.y + 2, style: FormView.errorStyle,
                maxWidth: inner.width)
        }
        let body = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        let halves = Layout.horizontal([.percentage(55), .fill]).split(body)
        let found = matches
        if !found.isEmpty {
            grid.put(strings[.scanMatches], x: halves[0].x, y: halves[0].y, style: .bold, maxWidth: halves[0].width)
            for (row, item) in found.prefix(halves[0].height - 1).enumerated() {
                let line = "\(item.id)  \(item.title)"
                grid.put(
                    line, x: halves[0].x, y: halves[0].y + 1 + row, style: row == matchSelection ? .reverse : .plain,
                    maxWidth: halves[0].width - 1)
            }
        } else {
            grid.put(strings[.scanLatest], x: halves[0].x, y: halves[0].y, style: .bold, maxWidth: halves[0].width)
            for (row, result) in log.suffix(max(0, halves[0].height - 1)).reversed().enumerated() {
                var text = describe(result, strings)
                if let item = result.item, result.isAccepted, session.isDamaged(item.id) {
                    text += " · \(strings[.itemDamaged])"
                }
                grid.put(
                    text, x: halves[0].x, y: halves[0].y + 1 + row, style: style(of: result),
                    maxWidth: halves[0].width - 1)
            }
        }
        let missing = session.missing
        grid.put(
            strings.format(.scanMissing, missing.count), x: halves[1].x, y: halves[1].y, style: .bold,
            maxWidth: halves[1].width)
        for (row, item) in missing.prefix(max(0, halves[1].height - 1)).enumerated() {
            grid.put(
                "\(item.id)  \(item.title)", x: halves[1].x, y: halves[1].y + 1 + row, style: .dim,
                maxWidth: halves[1].width)
        }
    }

    private func renderDecisions(into grid: inout CellGrid, area: Rect, _ strings: Strings) {
        grid.put(strings[.scanDecideQuestion], x: area.x, y: area.y, style: .bold, maxWidth: area.width)
        let missing = session.missing
        let visible = max(0, area.height - 2)
        let first = max(0, min(missingSelection - visible + 1, missing.count - visible))
        for (row, item) in missing.dropFirst(first).prefix(visible).enumerated() {
            let decision = decisions[item.id] ?? .lost
            let label: String
            switch decision {
            case .lost: label = strings[.decisionLost]
            case .stillAtPartner: label = strings[.decisionStillAtPartner]
            case .returned: label = strings[.decisionReturned]
            }
            let line = "\(fit(label, toWidth: 22))  \(item.id)  \(item.title)  \(strings.money(item.price))"
            let selected = first + row == missingSelection
            grid.put(line, x: area.x, y: area.y + 1 + row, style: selected ? .reverse : .plain, maxWidth: area.width)
        }
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        switch phase {
        case .deciding:
            return [
                KeyHint("t", strings[.decisionLost]), KeyHint("b", strings[.decisionStillAtPartner]),
                KeyHint("f", strings[.decisionReturned]), KeyHint("Enter", strings[.keySave]),
                KeyHint("Esc", strings[.keyBack]),
            ]
        case .scanning, .askingToLeave:
            return [
                KeyHint("F2", strings[.scanFinish]), KeyHint("Ctrl-D", strings[.itemDamaged]),
                KeyHint("Esc", strings[.keyCancel]),
            ]
        }
    }
}
