import Testing
@testable import ParallaxCore

/// "The Mayor of Kelderby said …": a title with "of PLACE" names an office. The speaker is the person the
/// article gives that title, or else the office whole, never the place with "of" (README "Quotes and details").
@Suite struct OfficeTitleSpeakerTests {
    @Test func theOfficeAloneIsTheWholeTitle() {
        #expect(RoleNounSpeakerTests.speakers([[
            "The Mayor of Tarnmouth said the ferry would not run on Sunday. “We will not take risks with the tide,” she said.",
            "“The timetable comes back on Monday,” the Mayor of Tarnmouth told reporters.",
        ]]) == ["Mayor of Tarnmouth", "Mayor of Tarnmouth"])
    }

    @Test func theOfficeIsThePersonTheArticleTitlesSo() {
        #expect(RoleNounSpeakerTests.speakers([[
            "Mayor Ines Varga cut the ribbon on the new ferry in March.",
            "On Friday the Mayor of Tarnmouth said it would stay in port. “The tide is too high,” she said.",
        ]]) == ["Ines Varga"])
    }

    @Test func twoHoldersOfTheTitleLeaveTheOffice() {
        // Two mayors: which one holds Tarnmouth's office the text does not say.
        #expect(RoleNounSpeakerTests.speakers([[
            "Mayor Ines Varga and Mayor Piet Olsen met at the harbour.",
            "“The ferry stays,” the Mayor of Tarnmouth said.",
        ]]) == ["Mayor of Tarnmouth"])
    }

    @Test func theRoleNounFindsTheOffice() {
        #expect(RoleNounSpeakerTests.speakers([[
            "The Bishop of Carrow blessed the new boat. “May she come home every night,” the bishop said.",
        ]]) == ["Bishop of Carrow"])
    }
}
