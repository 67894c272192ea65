import Testing

@testable import DepotTUI

@Test func verticalLayoutGivesFixedRowsFirstAndTheRestToFill() {
    let parts = Layout.vertical([.length(1), .fill, .length(1)]).split(Rect(x: 0, y: 0, width: 80, height: 24))
    #expect(
        parts == [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ]
    )
}

@Test func horizontalLayoutSplitsByPercentageAndMinimum() {
    let parts = Layout.horizontal([.percentage(25), .min(10)]).split(Rect(x: 0, y: 0, width: 80, height: 5))
    #expect(parts.map(\.width) == [20, 60])
    #expect(parts.map(\.x) == [0, 20])
}

@Test func layoutSharesLeftoverRoomBetweenFillParts() {
    let parts = Layout.horizontal([.fill, .fill, .fill], spacing: 1).split(Rect(x: 0, y: 0, width: 12, height: 1))
    #expect(parts.map(\.width) == [4, 3, 3])
    #expect(parts.map(\.x) == [0, 5, 9])
}

@Test func layoutShrinksFixedPartsWhenTheAreaIsTooSmall() {
    let parts = Layout.vertical([.length(3), .length(3)]).split(Rect(x: 0, y: 0, width: 10, height: 4))
    #expect(parts.map(\.height) == [3, 1])
}

@Test func rectangleCenteredInsideAnother() {
    let box = Rect(x: 0, y: 0, width: 80, height: 24).centered(width: 20, height: 6)
    #expect(box == Rect(x: 30, y: 9, width: 20, height: 6))
}
