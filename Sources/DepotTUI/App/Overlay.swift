import DepotCore

/// A desk session on top of the tabs that takes every key and scan until it closes: scanning a crate home,
/// packing a crate, reading the ledger.
public protocol Overlay {
    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome
    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext)
    func hints(_ strings: Strings) -> [KeyHint]
    /// Called before each frame with the area the overlay will be drawn in, so that it can page by what fits.
    mutating func willRender(in area: Rect, _ context: AppContext)
    /// Whether the overlay holds something typed or chosen that is not saved yet (a title being typed, points not
    /// entered, decisions not finished): Ctrl-C then asks before quitting, as a form with typed text does.
    var hasUnsavedInput: Bool { get }
}

extension Overlay {
    public mutating func willRender(in area: Rect, _ context: AppContext) {}
    public var hasUnsavedInput: Bool { false }
}

/// What an overlay asks of the application after an input.
public enum OverlayOutcome {
    case stay
    case close
    /// Closes and says `text` in the status line (e.g. that what was scanned is kept).
    case closeSaying(String)
    /// Shows a message in the status line; `beep` for a scan that needs the librarian's eyes.
    case message(String, beep: Bool)
    /// Saves the change; the overlay closes afterwards when `close` is true and the save succeeded.
    case save(Change, close: Bool)
    case print(PrintJob)
    /// Names the staff member at the desk (for the change log), closes, and says `text`.
    case identify(StaffMember.ID, String)
}

/// Text to print: written to a file in the library's `printouts/` folder and sent to the printer when there is one.
public struct PrintJob: Hashable, Sendable {
    /// A file name without folder: `packing-K001.txt`.
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
