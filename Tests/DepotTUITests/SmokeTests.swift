import Testing

@testable import DepotTUI

@Test func builds() { #expect(Bool(true)) }
