import DepotCore

/// One labelled field of a form.
public struct FormField {
    public enum Kind {
        /// Free text; `validate` says what is wrong, or nil.
        case text
        /// One of a fixed list, chosen with ←/→ or Space; the stored text is the option's label.
        case choice([String])
        /// Free text with known values offered: while the field is empty or holds one of them, ←/→ go through
        /// them; anything typed is kept as typed (a school that is no record yet).
        case suggestions([String])
    }

    public var label: String
    public var input: TextField
    public var kind: Kind
    /// Checks the typed text; returns the message to show next to the field, or nil when it is fine.
    public var validate: (String) -> String?
    /// The message shown since the field was last checked.
    public var error: String?
    /// How to fill the field in, shown under the form while the field has the focus: "names, commas between".
    public var hint: String?

    public init(
        _ label: String, _ text: String = "", kind: Kind = .text, hint: String? = nil,
        validate: @escaping (String) -> String? = { _ in nil }
    ) {
        self.label = label
        self.hint = hint
        var input = TextField(text: text)
        input.moveToEnd()
        self.input = input
        self.kind = kind
        self.validate = validate
    }

    public var text: String { input.text.trimmingCharacters(in: .whitespaces) }
}

/// A form on top of the screen: labelled fields, Tab and Shift-Tab between them, validation next to the field,
/// Ctrl-S (or Enter on the last field) to save, Esc to leave — asking first when something was typed.
public struct FormState {
    public enum Outcome {
        case stay
        case close
        case save(Change)
    }

    public var title: String
    public var fields: [FormField]
    public var focus = 0
    /// Set while asking whether to throw away typed changes.
    public var isAskingToDiscard = false
    /// A message for the whole form, e.g. why saving failed; the form stays open with its contents.
    public var message: String?
    /// Asked before a valid form is saved (a new school to make): the question, or nil to save at once.
    public var question: (([String]) -> String?)?
    /// The question being asked and the change a yes saves; any other key goes back to the form as it was.
    public private(set) var asking: (question: String, change: Change)?
    private let original: [String]
    /// Builds the change from the field texts once every field is valid; may still refuse with a field's message.
    private let submit: ([String]) -> Result<Change, FieldFailure>

    public struct FieldFailure: Error {
        public var field: Int
        public var message: String

        public init(field: Int, message: String) {
            self.field = field
            self.message = message
        }
    }

    public init(title: String, fields: [FormField], submit: @escaping ([String]) -> Result<Change, FieldFailure>) {
        self.title = title
        self.fields = fields
        self.original = fields.map(\.input.text)
        self.submit = submit
    }

    public var isDirty: Bool { fields.map(\.input.text) != original }

    public mutating func handle(_ key: Key, strings: Strings) -> Outcome {
        if let asking {
            self.asking = nil
            switch key {
            case .character("j"), .character("y"), .character("J"), .character("Y"): return .save(asking.change)
            default: return .stay
            }
        }
        if isAskingToDiscard {
            switch key {
            case .character("j"), .character("y"), .character("J"), .character("Y"): return .close
            default:
                isAskingToDiscard = false
                return .stay
            }
        }
        switch key {
        case .escape:
            if isDirty {
                isAskingToDiscard = true
                return .stay
            }
            return .close
        case .tab, .down:
            check(focus)
            focus = (focus + 1) % fields.count
        case .backTab, .up:
            check(focus)
            focus = (focus + fields.count - 1) % fields.count
        case .control("s"):
            return trySubmit(strings: strings)
        case .enter:
            check(focus)
            if focus == fields.count - 1 { return trySubmit(strings: strings) }
            focus += 1
        default:
            edit(key)
        }
        return .stay
    }

    /// Types text into the focused field (used for scanner input).
    public mutating func type(_ text: String) {
        fields[focus].input.insert(text)
        fields[focus].error = nil
    }

    private mutating func edit(_ key: Key) {
        if case .suggestions(let options) = fields[focus].kind, !options.isEmpty, key == .left || key == .right {
            let text = fields[focus].text.lowercased()
            if text.isEmpty || options.contains(where: { $0.lowercased() == text }) {
                let current = options.firstIndex { $0.lowercased() == text }
                let next =
                    key == .right
                    ? current.map { ($0 + 1) % options.count } ?? 0
                    : current.map { ($0 + options.count - 1) % options.count } ?? options.count - 1
                fields[focus].input = TextField(text: options[next])
                fields[focus].error = nil
                return
            }
        }
        if case .choice(let options) = fields[focus].kind {
            let current = options.firstIndex(of: fields[focus].text) ?? 0
            switch key {
            case .right, .character(" "):
                fields[focus].input = TextField(text: options[(current + 1) % options.count])
            case .left:
                fields[focus].input = TextField(text: options[(current + options.count - 1) % options.count])
            default:
                return
            }
            fields[focus].error = nil
            return
        }
        if fields[focus].input.handle(key) { fields[focus].error = nil }
    }

    /// Validates one field and shows its message.
    private mutating func check(_ index: Int) {
        fields[index].error = fields[index].validate(fields[index].text)
    }

    private mutating func trySubmit(strings: Strings) -> Outcome {
        for index in fields.indices { check(index) }
        if let first = fields.firstIndex(where: { $0.error != nil }) {
            focus = first
            message = strings[.formFix]
            return .stay
        }
        switch submit(fields.map(\.text)) {
        case .success(let change):
            message = nil
            if let text = question?(fields.map(\.text)) {
                asking = (text, change)
                return .stay
            }
            return .save(change)
        case .failure(let failure):
            fields[failure.field].error = failure.message
            focus = failure.field
            message = strings[.formFix]
            return .stay
        }
    }
}
