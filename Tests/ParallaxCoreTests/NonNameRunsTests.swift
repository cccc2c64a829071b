import Testing
@testable import ParallaxCore

/// An office set off by commas after a name, a handle's parts and an honorific after a handle are no people —
/// docs/quotes-and-details.md, "Real pages, stops 36–37, follow-up". Our own sentences.
@Suite struct NonNameRunsTests {
    @Test func anOfficeSetOffByCommasIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "Rescuers reached the trapped workers on Tuesday after drilling through the last stretch of rubble.",
            "“The crews never stopped,” says Arjun Mehta, Site Head, Kestrel Tunnel.",
            "“We are relieved,” said Nadia Brook, Area Manager, after the last man came out.",
        ]))
        let names = idx.people.map(\.name)
        #expect(names.contains("Arjun Mehta"))
        #expect(names.contains("Nadia Brook"))
        #expect(!names.contains("Site Head"))
        #expect(!names.contains("Area Manager"))
    }

    @Test func aListOfNamesKeepsItsPeople() {
        let idx = PeopleIndex.build(story: story([
            "The guests included Nadia Brook, Anthony Head, and Priya Shah.",
            "Head told reporters the evening had raised a record sum.",
        ]))
        #expect(idx.people.map(\.name).contains("Anthony Head"))
    }

    @Test func aHandleAndItsHonorificAreNoPeople() {
        let idx = PeopleIndex.build(story: story([
            "Rescuers reached the trapped workers on Tuesday, Arjun Mehta said.",
            "“I thank the governor @marydavis Ji and my colleague @Gen_RKVerma Ji, who almost camped there,” the minister wrote.",
        ]))
        let names = idx.people.map(\.name)
        #expect(names == ["Arjun Mehta"])
    }
}

/// A vessel named like a woman after "the" — same section. Our own sentences.
@Suite struct VesselAfterTheTests {
    @Test func aShipAfterTheIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "The search was carried out by the Mary Doyle and a coastguard cutter, Arjun Mehta said.",
        ]))
        #expect(idx.people.map(\.name) == ["Arjun Mehta"])
    }

    @Test func aNameBeforeANounStaysAPerson() {
        let idx = PeopleIndex.build(story: story([
            "The Joe Biden administration announced the grants on Monday, officials said.",
            "Earlier, the Mary Doyle campaign said it had raised a record sum, and Mary Doyle thanked donors.",
        ]))
        #expect(idx.people.map(\.name).contains("Mary Doyle"))
    }
}
