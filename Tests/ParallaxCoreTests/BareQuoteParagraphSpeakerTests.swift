import Testing
@testable import ParallaxCore

/// A paragraph that is nothing but a quotation, with its speaker named in the paragraph before — by name, by
/// a role before the name ("Ferry captain X"), or by a role noun alone ("the prime minister", "the
/// president's opening statement") — README "Quotes and details". Our own sentences.
@Suite struct BareQuoteParagraphSpeakerTests {
    static let opening = "President Ivo Rask of Tarnia arrived in Velm on Monday for talks with Prime Minister Anna Kovac."

    static func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs, opening: [opening])
    }

    @Test func aRoleNounSubjectResolvedToItsPerson() {
        #expect(Self.speakers([
            "The prime minister was asked about the fishermen on the delta.",
            "“They will be the first to see the water come back.”",
        ]) == ["Anna Kovac"])
    }

    @Test func aRoleNounNoOneWasIntroducedWithStaysAPhrase() {
        #expect(Self.speakers([
            "The spokesman declined to give a date for the first payments.",
            "“The money is there, and it will be paid when the commission is ready.”",
        ]) == ["the spokesman"])
    }

    @Test func aPossessedRoleIsTheOneIntroducedWithIt() {
        // "Kovac's spokesman", "Her spokesman": the spokesman named before, not Kovac.
        #expect(QuoteUnseenCopyTests.ledger([("a", [
            "Prime Minister Anna Kovac arrived with her spokesman, Lars Berg.",
            "Kovac's spokesman was asked whether the fund was agreed.",
            "“The fund is agreed in principle, and the details follow.”",
            "Her spokesman later played down the delay.",
            "“A month is nothing in a forty-year accord.”",
        ])]).quotes.flatMap(\.instances).sorted { $0.paragraph < $1.paragraph }.map(\.speaker) == ["Lars Berg", "Lars Berg"])
    }

    @Test func theRolesStatementIntroducesTheQuote() {
        #expect(Self.speakers([
            "The line of the day came from the president's opening statement at the news conference:",
            "“A river has no passport, and it should not need one.”",
        ]) == ["Ivo Rask"])
    }

    @Test func aRoleBeforeTheNameIsNotTheSubject() {
        #expect(Self.speakers([
            "Ferry captain Idris Mabon watched the motorcade from the quay.",
            "“I have never seen so many cars on this side of the river.”",
        ]) == ["Idris Mabon"])
    }

    @Test func someoneIntroducedAfterTheLastQuoteTakesTheNext() {
        // The paragraph before ends on another person: the bare quote is hers, not the last quote's speaker's.
        #expect(Self.speakers([
            "“We will sign before the summer,” Rask said. The prime minister was less certain.",
            "“Nothing is agreed until the water reaches the delta.”",
        ]) == ["Ivo Rask", "Anna Kovac"])
    }

    @Test func thePersonOfAnEarlierSentenceWhenTheLastBringsInNoOne() {
        // The role and the name beside it; the last sentence is about the company.
        #expect(Self.speakers([
            "The port's chief executive, Daniel Fuchs, welcomed the vote. The company had offered a raise of 4 percent.",
            "“We are glad to have everyone back at work.”",
        ]) == ["Daniel Fuchs"])
    }

    @Test func anEarlierSentenceLendsOnlyAPerson() {
        // A body confirming figures two sentences back is not who speaks in the bare quote after.
        #expect(Self.speakers([
            "The coastguard has confirmed that two boats sank. Five fishermen are still missing.",
            "“The sea took everything we had.”",
        ]) == [nil])
    }

    @Test func aSentenceAboutNoOneLeavesTheQuoteWithItsSpeaker() {
        #expect(Self.speakers([
            "“We will sign before the summer,” Rask said. The delegation then left for the dam.",
            "“Nothing is agreed until the water reaches the delta.”",
        ]) == ["Ivo Rask", "Ivo Rask"])
    }

    @Test func theNameInAnOpeningClausesAppositionIsNotTheSubject() {
        // "Asked whether …, Rask was less certain": the minister named inside the opening clause is what he was
        // asked about; the quote after the sentence is the president's.
        #expect(Self.speakers([
            "Asked whether his foreign minister, Lena Voss, would stay in her post, Rask was less certain. “Lena decides that herself.”",
        ]) == ["Ivo Rask"])
    }

    @Test func aQuoteBeforeAnActionAndAnotherQuoteIsTheSameSpeakers() {
        // "He pauses." names no speech: both halves are the fisherman's; the writer's question stays unattributed.
        let q = QuoteUnseenCopyTests.ledger([("a", [
            "At dawn the harbour is empty, and Alun Pryse is already aboard.",
            "“Where did you learn?” I ask.",
            "“From my uncle, on this boat.” He pauses. “He never let me steer.”",
        ])]).quotes.flatMap(\.instances).sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
        #expect(q.map(\.speaker) == [nil, "Alun Pryse", "Alun Pryse"])
    }
}
