import Testing

@testable import DepotCore

@Test func sampleIsBundled() { #expect(SampleLibrary.url != nil) }
