import DepotCore

// Placeholders so the package builds while the real screens are written; this file is deleted when they land.
struct CratesScreen: TabScreen {
    var titleKey: TextKey { .tabCrates }
    func handle(_ key: Key, _ context: AppContext) -> ScreenCommand { .ignored }
    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {}
    func hints(_ strings: Strings) -> [KeyHint] { [] }
    func help(_ strings: Strings) -> [HelpEntry] { [] }
}

struct ItemsScreen: TabScreen {
    var titleKey: TextKey { .tabItems }
    func handle(_ key: Key, _ context: AppContext) -> ScreenCommand { .ignored }
    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {}
    func hints(_ strings: Strings) -> [KeyHint] { [] }
    func help(_ strings: Strings) -> [HelpEntry] { [] }
}

struct DepositsScreen: TabScreen {
    var titleKey: TextKey { .tabDeposits }
    func handle(_ key: Key, _ context: AppContext) -> ScreenCommand { .ignored }
    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {}
    func hints(_ strings: Strings) -> [KeyHint] { [] }
    func help(_ strings: Strings) -> [HelpEntry] { [] }
}
