import Testing
@testable import ParallaxCore

/// A tunnel, dam or highway named after a pass or a person is no person — docs/quotes-and-details.md, "Real
/// pages, stop 37". Our own sentences.
@Suite struct NamedWorksTests {
    @Test func aNamedTunnelIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "Rescuers reached the trapped workers on Tuesday after drilling through the last stretch of rubble.",
            "Crews at the Marlow Pass Tunnel had worked for two weeks, project head Arjun Mehta said.",
            "The Teresa Lund Dam upstream was not affected, Mehta said.",
        ]))
        #expect(!idx.people.map(\.name).contains("Marlow Pass Tunnel"))
        #expect(!idx.people.map(\.name).contains("Teresa Lund Dam"))
        #expect(idx.people.map(\.name).contains("Arjun Mehta"))
    }

    @Test func aOneWordTunnelIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "“The breakthrough came at seven,” said Arjun Mehta, who runs the works at the Kestrel Tunnel.",
            "Work on Brennock Dam resumed on Monday, Mehta said.",
        ]))
        #expect(idx.people.map(\.name) == ["Arjun Mehta"])
    }
}
