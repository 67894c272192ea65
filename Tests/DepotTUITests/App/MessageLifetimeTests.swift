import DepotCore
import Foundation
import Testing

@testable import DepotTUI

/// The message line says what the last action did; it goes once it is old news, not when a quick next key comes
/// and not while nobody is at the desk.
@Suite("Message lifetime")
struct MessageLifetimeTests {
    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_800_000_000)
    }

    private func stateWithMessage() -> (AppState, Clock) {
        let clock = Clock()
        var state = ScreenTest.app()
        state.clock = { clock.now }
        state.handle(.scanned("0000000"))
        #expect(state.message.hasPrefix("Ukendt stregkode"))
        return (state, clock)
    }

    @Test func anOldMessageGoesOnTheThirdKeyAfterIt() {
        var (state, clock) = stateWithMessage()
        clock.now += AppState.messageLifetime
        state.press(.down)
        #expect(state.message.hasPrefix("Ukendt stregkode"), "one key is not enough: it may come at once")
        state.press(.down)
        #expect(state.message.hasPrefix("Ukendt stregkode"))
        state.press(.down)
        #expect(state.message.isEmpty)
    }

    @Test func keysPressedSoonAfterKeepIt() {
        var (state, clock) = stateWithMessage()
        for _ in 0..<10 { state.press(.down) }
        clock.now += AppState.messageLifetime - 1
        state.press(.up)
        #expect(state.message.hasPrefix("Ukendt stregkode"))
        clock.now += 1
        state.press(.up)
        #expect(state.message.isEmpty)
    }

    @Test func aNewMessageStartsAfresh() {
        var (state, clock) = stateWithMessage()
        state.press(.down, .down)
        clock.now += AppState.messageLifetime
        state.handle(.scanned("1111111"))
        #expect(state.message == "Ukendt stregkode 1111111")
        state.press(.down, .down)
        #expect(state.message == "Ukendt stregkode 1111111")
        clock.now += AppState.messageLifetime
        state.press(.down)
        #expect(state.message.isEmpty)
    }
}
