import Testing

@testable import DepotTUI

@Test func tabBarNumbersTabsAndHighlightsTheActiveOne() {
    var grid = CellGrid(width: 40, height: 1)
    TabBar(titles: ["Overview", "Partners", "Events"], selectedIndex: 1).render(into: &grid, area: grid.area)
    #expect(grid.lines() == [" 1 Overview  2 Partners  3 Events"])
    #expect(grid[13, 0].style.attributes.contains(.reverse))
    #expect(!grid[1, 0].style.attributes.contains(.reverse))
}

@Test func tabBarShortensTheOtherTabsWhenTheyDoNotFit() {
    var grid = CellGrid(width: 30, height: 1)
    TabBar(titles: ["Overblik", "Arrangementer", "Uge"], selectedIndex: 0).render(into: &grid, area: grid.area)
    // Roomy labels need 39 columns, compact ones 33: "Arrangementer" gives up three.
    #expect(grid.lines() == [" 1 Overblik 2 Arrangeme… 3 Uge"])
    #expect(grid[1, 0].style.attributes.contains(.reverse))
    var narrow = CellGrid(width: 30, height: 1)
    TabBar(titles: ["Overblik", "Arrangementer", "Uge"], selectedIndex: 1).render(into: &narrow, area: narrow.area)
    #expect(narrow.lines()[0].contains("2 Arrangementer"))
}

@Test func tabBarGivesTheLongestOtherTitlesTheirShortFormsBeforeCuttingAny() {
    let titles = ["Overblik", "Materialer", "Arrangementer", "Uge"]
    let short = ["Overbl.", "Mat.", "Arr.", "Uge"]
    var grid = CellGrid(width: 40, height: 1)
    TabBar(titles: titles, shortTitles: short, selectedIndex: 0).render(into: &grid, area: grid.area)
    // Compact labels need 46 columns: "Arrangementer" alone giving way is enough.
    #expect(grid.lines() == [" 1 Overblik 2 Materialer 3 Arr. 4 Uge"])
    var active = CellGrid(width: 40, height: 1)
    TabBar(titles: titles, shortTitles: short, selectedIndex: 2).render(into: &active, area: active.area)
    #expect(active.lines() == [" 1 Overblik 2 Mat. 3 Arrangementer 4 Uge"])
    // Too narrow for every short form: then the cut, as without short forms.
    var narrow = CellGrid(width: 26, height: 1)
    TabBar(titles: titles, shortTitles: short, selectedIndex: 0).render(into: &narrow, area: narrow.area)
    #expect(narrow.lines()[0].hasPrefix(" 1 Overblik 2 M") && narrow.lines()[0].contains("…"))
    #expect(narrow.lines()[0].contains(" 4 U"))
}

@Test func statusLineShowsHintsLeftAndMessageRight() {
    var grid = CellGrid(width: 30, height: 1)
    StatusLine(hints: [KeyHint("q", "afslut"), KeyHint("/", "søg")], message: "Gemt")
        .render(into: &grid, area: grid.area)
    #expect(grid.lines() == ["q afslut  / søg           Gemt"])
    #expect(grid[0, 0].style == .bold)
}

@Test func statusLineDropsHintsThatDoNotFitBesideTheMessage() {
    var grid = CellGrid(width: 22, height: 1)
    StatusLine(hints: [KeyHint("q", "afslut"), KeyHint("/", "søg")], message: "Gemt kl. 14")
        .render(into: &grid, area: grid.area)
    #expect(grid.lines() == ["q afslut   Gemt kl. 14"])
}

@Test func borderDrawsBoxWithTitleAndReturnsTheInside() {
    var grid = CellGrid(width: 12, height: 4)
    let inner = Border(title: "Bøger").render(into: &grid, area: grid.area)
    #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
    expectScreen(
        grid,
        """
        ┌─ Bøger ──┐
        │          │
        │          │
        └──────────┘
        """
    )
}

@Test func borderTitleIsTruncatedToTheTopEdge() {
    var grid = CellGrid(width: 10, height: 3)
    Border(title: "Arrangementer").render(into: &grid, area: grid.area)
    #expect(grid.lines()[0] == "┌─ Arra…─┐")
}

@Test func dialogIsCenteredWithItsLinesAndButtonHint() {
    var grid = CellGrid(width: 30, height: 9)
    let box = Dialog(title: "Slet", lines: ["Slette titlen?"], buttonHint: "Enter Ja  Esc Nej")
        .render(into: &grid, area: grid.area)
    #expect(box == Rect(x: 4, y: 2, width: 21, height: 5))
    expectScreen(
        grid,
        """


            ┌─ Slet ────────────┐
            │ Slette titlen?    │
            │                   │
            │ Enter Ja  Esc Nej │
            └───────────────────┘
        """
    )
}

@Test func dialogClearsWhatIsBehindIt() {
    var grid = CellGrid(width: 20, height: 5)
    grid.fill(grid.area, symbol: "x")
    Dialog(title: "", lines: ["Hej"], buttonHint: "").render(into: &grid, area: grid.area)
    #expect(grid.lines()[2] == "xxxxxx│ Hej │xxxxxxx")
}
