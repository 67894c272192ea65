import DepotCore

/// One numbered tab of the main screen. Adding a tab means writing one type that conforms to this and listing it
/// in `AppState.standardTabs`.
public protocol TabScreen {
    var titleKey: TextKey { get }
    /// The title shortened, for a tab bar that has no room for every title whole ("Arr." for "Arrangementer").
    var shortTitleKey: TextKey { get }
    /// True while the screen takes typed text (its filter), so that letters and digits are not commands.
    var isCapturingText: Bool { get }
    /// Called after the library changed, before the next frame.
    mutating func refresh(_ context: AppContext)
    mutating func handle(_ key: Key, _ context: AppContext) -> ScreenCommand
    mutating func render(into grid: inout CellGrid, area: Rect, _ context: AppContext)
    /// The few keys shown in the status line.
    func hints(_ strings: Strings) -> [KeyHint]
    /// Every key of this screen, for the `?` help.
    func help(_ strings: Strings) -> [HelpEntry]
    /// Selects the record if this tab lists it; returns whether it did.
    mutating func reveal(_ jump: Jump, _ context: AppContext) -> Bool
    func selectedRecord(_ context: AppContext) -> (file: StoreFile, id: String, name: String)?
    /// After a saved change: selects the record only if the tab's own filters (a status) still show it, leaving
    /// them as the librarian set them; returns whether it did. By default the same as `reveal`.
    mutating func revealKeepingFilters(_ jump: Jump, _ context: AppContext) -> Bool
}

/// One line of the help overlay: the keys and what they do.
public struct HelpEntry: Hashable, Sendable {
    public var keys: String
    public var meaning: String

    public init(_ keys: String, _ meaning: String) {
        self.keys = keys
        self.meaning = meaning
    }
}

extension TabScreen {
    public var isCapturingText: Bool { false }
    public mutating func refresh(_ context: AppContext) {}
    public mutating func reveal(_ jump: Jump, _ context: AppContext) -> Bool { false }
    /// The record selected in the tab, whose history `H` shows; nil for a tab without one.
    public func selectedRecord(_ context: AppContext) -> (file: StoreFile, id: String, name: String)? { nil }
    public mutating func revealKeepingFilters(_ jump: Jump, _ context: AppContext) -> Bool { reveal(jump, context) }
}
