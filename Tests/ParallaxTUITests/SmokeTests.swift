import Testing
@testable import ParallaxTUI

@Suite struct SmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
