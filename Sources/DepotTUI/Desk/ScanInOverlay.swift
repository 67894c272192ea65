import DepotCore

/// Scanning a returning deposit at the desk: each scan is checked off at once ("27 af 30 tilbage"), items that
/// belong elsewhere and unknown barcodes are flagged with a beep, a title typed by hand finds a book whose barcode
/// will not scan, and one key finishes. When something is missing, finishing asks what became of it: lost, still at
/// the kindergarten, or back after all.
struct ScanInOverlay: Overlay {
    private enum Phase: Equatable {
        /// Opened by a scan on a tab: start (or go on with) this deposit's return? `first` is that scan, counted on
        /// Enter.
        case confirmingStart(first: String)
        case scanning
        case deciding
    }

    private var session: ScanIn
    private var phase = Phase.scanning
    private var log: [ScanResult] = []
    private var title = TextField()
    private var matchSelection = 0
    private var decisions: [Item.ID: MissingDecision] = [:]
    private var missingSelection = 0
    /// A line under the prompt: the question, a refusal, or where a resumed return stood.
    private var notice: (text: String, isWarning: Bool)?
    private let partnerName: String

    /// Scans `deposit` home; a return of it begun earlier goes on where it stopped. With `firstScan` (a book of
    /// the deposit scanned on a tab) it first asks whether to start, and Enter counts that scan.
    init(deposit: Deposit, context: AppContext, firstScan: String? = nil) {
        session = ScanIn(deposit: deposit, data: context.data, index: context.index)
        partnerName = context.data.partner(deposit.partnerID, in: context.index)?.name ?? deposit.partnerID.rawValue
        for barcode in session.scannedInOrder {
            guard let item = context.data.item(barcode, in: context.index) else { continue }
            log.append(session.lateReturns[barcode].map { .lateReturn(item, deposit: $0) } ?? .returned(item))
        }
        let strings = context.strings
        if let firstScan {
            phase = .confirmingStart(first: firstScan)
            let crates = deposit.crateIDs.map(\.rawValue).joined(separator: " ")
            let question =
                session.scannedInOrder.isEmpty
                ? strings.format(ReturnText.startQuestion, deposit.id, crates, partnerName)
                : strings.format(
                    ReturnText.resumeQuestion, deposit.id, crates, partnerName, session.returnedCount,
                    session.expectedCount)
            notice = (question, true)
        } else if let progress = deposit.returnInProgress {
            notice = (
                strings.format(
                    ReturnText.resumed, strings.longDate(progress.startedOn), session.returnedCount,
                    session.expectedCount),
                false
            )
        }
    }

    /// A title half typed, or decisions about what is missing not saved yet (scans are saved as they come).
    var hasUnsavedInput: Bool {
        !title.text.isEmpty || (phase == .deciding && !decisions.isEmpty)
    }

    private var matches: [Item] {
        title.text.count < 2 ? [] : Array(session.matches(title: title.text).prefix(8))
    }

    // MARK: Input

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        switch phase {
        case .confirmingStart(let first):
            return confirmStart(first, input, context)
        case .deciding:
            switch input {
            case .scanned(let code): return scanWhileDeciding(code, context)
            case .key(let key): return decide(key, context)
            }
        case .scanning:
            switch input {
            case .scanned(let code): return scan(code, context)
            case .key(let key): return scanningKey(key, context)
            }
        }
    }

    /// Enter starts with the first scan counted; a further scan of this return starts it too, with both counted (the
    /// librarian is plainly scanning the crate home); any other scan is refused with a beep, and Esc leaves.
    private mutating func confirmStart(_ first: String, _ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        switch input {
        case .key(.enter):
            phase = .scanning
            notice = nil
            return scan(first, context)
        case .key(.escape), .key(.character("n")):
            return .close
        case .key:
            return .stay
        case .scanned(let code):
            var trial = session
            let result = trial.scan(code)
            guard result.isAccepted else {
                return .message(
                    context.strings.format(ReturnText.answerFirst, describe(result, context)), beep: true)
            }
            phase = .scanning
            notice = nil
            let outcome = scan(first, context)
            if case .message(_, true) = outcome { return outcome }
            return scan(code, context)
        }
    }

    /// Counts a scan and saves the return so far at once, so a quit or crash loses nothing; a refused scan beeps.
    private mutating func scan(_ code: String, _ context: AppContext) -> OverlayOutcome {
        let result = session.scan(code)
        log.append(result)
        title.clear()
        return saveProgress(describe(result, context), accepted: result.isAccepted, context)
    }

    /// A scan on the list of what is missing: a late book from the bottom of the crate counts back and leaves the
    /// list; anything else is said and beeped, as while scanning.
    private mutating func scanWhileDeciding(_ code: String, _ context: AppContext) -> OverlayOutcome {
        let missingBefore = Set(session.missing.map(\.id))
        let result = session.scan(code)
        log.append(result)
        guard result.isAccepted else { return .message(describe(result, context), beep: true) }
        var text = describe(result, context)
        if let item = result.item, missingBefore.contains(item.id) {
            decisions[item.id] = nil
            text = context.strings.format(ReturnText.backOnList, item.id, item.title)
        }
        let missing = session.missing
        if missing.isEmpty {
            phase = .scanning
            notice = (context.strings[ReturnText.allBack], false)
        } else {
            missingSelection = min(missingSelection, missing.count - 1)
        }
        return saveProgress(text, accepted: true, context)
    }

    private mutating func saveProgress(_ summary: String, accepted: Bool, _ context: AppContext) -> OverlayOutcome {
        guard accepted else { return .message(summary, beep: true) }
        var session = session
        let today = context.today
        let result = DeskCommands.change(summary, context) { data throws(DeskError) in
            try session.saveProgress(on: today, in: &data)
        }
        self.session = session
        switch result {
        case .success(let change):
            if change.files.isEmpty { return .message(summary, beep: false) }
            return .save(change, close: false)
        case .failure(let error):
            return .message(error.localizedDescription(context.strings.language), beep: true)
        }
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
            if session.returnedCount == 0 && session.lateReturns.isEmpty { return .close }
            // Everything scanned is saved already: leaving loses nothing, and a scan of the deposit goes on.
            return .closeSaying(
                strings.format(ReturnText.left, session.deposit.id, session.returnedCount, session.expectedCount))
        case .control("d"):
            guard let last = log.last(where: \.isAccepted)?.item else { return .stay }
            do {
                try session.markDamaged(last.id)
            } catch {
                return .message(error.localizedDescription(strings.language), beep: true)
            }
            return saveProgress(strings.format(.scanMarkedDamaged, last.title), accepted: true, context)
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
                return saveProgress(describe(result, context), accepted: result.isAccepted, context)
            }
            if !title.text.isEmpty, title.text.allSatisfy({ $0.isNumber }) { return scan(title.text, context) }
            if title.text.isEmpty { return finishOrDecide(context) }
        default:
            if title.handle(key) {
                matchSelection = 0
                notice = nil
            }
        }
        return .stay
    }

    private mutating func finishOrDecide(_ context: AppContext) -> OverlayOutcome {
        if session.missing.isEmpty { return finish(context) }
        missingSelection = 0
        notice = nil
        phase = .deciding
        return .stay
    }

    /// No decision is made for the librarian: each missing book starts "not decided", Enter saves only when every
    /// one is decided (one by one with t, b or f, or the rest at once with T or B).
    private mutating func decide(_ key: Key, _ context: AppContext) -> OverlayOutcome {
        let missing = session.missing
        guard !missing.isEmpty else { return finish(context) }
        let selected = missing[min(missingSelection, missing.count - 1)].id
        func choose(_ decision: MissingDecision) {
            decisions[selected] = decision
            let next = missing.indices.first { $0 > missingSelection && decisions[missing[$0].id] == nil }
            missingSelection = next ?? min(missing.count - 1, missingSelection + 1)
        }
        switch key {
        case .up, .character("k"): missingSelection = max(0, missingSelection - 1)
        case .down, .character("j"): missingSelection = min(missing.count - 1, missingSelection + 1)
        case .character("t"): choose(.lost)
        case .character("b"): choose(.stillAtPartner)
        case .character("f"): choose(.returned)
        case .character("T"): chooseAll(.lost, for: missing)
        case .character("B"): chooseAll(.stillAtPartner, for: missing)
        case .enter, .function(2), .control("f"):
            let open = missing.filter { decisions[$0.id] == nil }
            guard open.isEmpty else {
                if let first = missing.firstIndex(where: { decisions[$0.id] == nil }) { missingSelection = first }
                return .message(context.strings.format(ReturnText.notDecided, open.count), beep: true)
            }
            return finish(context)
        case .escape: phase = .scanning
        default: break
        }
        return .stay
    }

    /// T and B: every book not decided yet, so the odd one out can be decided first; when all are decided, every one.
    private mutating func chooseAll(_ decision: MissingDecision, for missing: [Item]) {
        let open = missing.filter { decisions[$0.id] == nil }
        for item in open.isEmpty ? missing : open { decisions[item.id] = decision }
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

    private func describe(_ result: ScanResult, _ context: AppContext) -> String {
        let strings = context.strings
        switch result {
        case .returned(let item): return "✓ \(item.id) \(item.title)"
        case .alreadyScanned(let item): return strings.format(.scanAlready, item.id, item.title)
        case .lateReturn(let item, let deposit): return strings.format(.scanLate, item.id, item.title, deposit)
        case .foreign(let item, let crate, let partner):
            // The partner by name, as the desk knows them; the id only when the partner is gone from the library.
            let name = partner.map { id in context.data.partner(id, in: context.index)?.name ?? id.rawValue }
            let owner = [crate?.rawValue, name].compactMap { $0 }.joined(separator: " · ")
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
        let noticeLines = notice.map { EventsDetailText.wrap($0.text, width: max(1, inner.width), indent: "") } ?? []
        for (row, line) in noticeLines.prefix(2).enumerated() {
            grid.put(
                line, x: inner.x, y: inner.y + 2 + row, style: notice?.isWarning == true ? FormView.errorStyle : .dim,
                maxWidth: inner.width)
        }
        let top = 2 + max(1, min(2, noticeLines.count))
        let body = Rect(x: inner.x, y: inner.y + top, width: inner.width, height: max(0, inner.height - top))
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
                var text = describe(result, context)
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
        let question = EventsDetailText.wrap(strings[ReturnText.decideQuestion], width: max(1, area.width), indent: "")
            .prefix(2)
        for (row, line) in question.enumerated() {
            grid.put(line, x: area.x, y: area.y + row, style: .bold, maxWidth: area.width)
        }
        let missing = session.missing
        let top = area.y + question.count
        let visible = max(0, area.height - question.count - 1)
        let first = max(0, min(missingSelection - visible + 1, missing.count - visible))
        for (row, item) in missing.dropFirst(first).prefix(visible).enumerated() {
            let label: String
            switch decisions[item.id] {
            case nil: label = strings[ReturnText.undecided]
            case .lost?: label = strings[.decisionLost]
            case .stillAtPartner?: label = strings[.decisionStillAtPartner]
            case .returned?: label = strings[.decisionReturned]
            }
            let line = "\(fit(label, toWidth: 22))  \(item.id)  \(item.title)  \(strings.money(item.price))"
            let selected = first + row == missingSelection
            let style: Style =
                selected ? .reverse : decisions[item.id] == nil ? Style(foreground: .red, attributes: .bold) : .plain
            grid.put(line, x: area.x, y: top + row, style: style, maxWidth: area.width)
        }
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        switch phase {
        case .confirmingStart:
            return [KeyHint("Enter", strings[.scanTitle]), KeyHint("Esc", strings[.keyCancel])]
        case .deciding:
            return [
                KeyHint("t/b/f", strings[ReturnText.keyDecideOne]), KeyHint("T/B", strings[ReturnText.keyDecideAll]),
                KeyHint("Enter", strings[.keySave]), KeyHint("Esc", strings[.keyBack]),
            ]
        case .scanning:
            return [
                KeyHint("Enter/F2", strings[ReturnText.keyFinish]), KeyHint("Ctrl-D", strings[.itemDamaged]),
                KeyHint("Esc", strings[.keyBack]),
            ]
        }
    }
}
