import Testing
@testable import ParallaxCore

/// An organisation named again by its initials ("The ICO said") is the one the story spells out ("the Information
/// Commissioner's Office"); initials the story never spells out stay as written — README "Quotes and details".
/// Our own sentences.
@Suite struct AcronymSpeakerTests {
    @Test func initialsAreTheOrganisationTheStorySpellsOut() {
        #expect(ClauseSubjectSpeakerTests.speakers([
            "The firm reported the breach to the Information Commissioner's Office on Monday.",
            "The ICO said it was “looking closely at what the firm has told us”.",
        ]) == ["Information Commissioner's Office"])
    }

    @Test func initialsNeverSpelledOutStayAsWritten() {
        #expect(ClauseSubjectSpeakerTests.speakers([
            "The RNLI said its crews were “stretched but coping” after the storm.",
        ]) == ["RNLI"])
    }

    @Test func onlyCapitalisedWordsSpellInitials() {
        var a = Acronyms()
        let t = "Under UK law the Office for Budget Responsibility must publish."
        a.scan(t, tokens: Tokenizer.tokens(t))
        let u = "The OBR disagreed."
        a.scan(u, tokens: Tokenizer.tokens(u))
        a.finish()
        #expect(a.expansions["OBR"] == "Office for Budget Responsibility")
    }
}
