import Testing
@testable import ParallaxCore

/// A study's size, a crowd, a firm's customers: one large count of one thing that outlets round or get wrong
/// ("14,600 heart patients" / "randomly assigned 11,460 patients") reports one fact, as a rising toll does;
/// the story's other counts of that thing, far apart, stay other facts (blind13 findings). Our own sentences.
@Suite struct LargeCountLinkTests {
    func details(_ text: String) -> [FactDetail] {
        LinkEvidenceTests.sharedDetails(text)
    }

    @Test func oneStudysSizeToldTwoWays() {
        let a = details("Researchers tried the cream on 12,800 volunteers with mild eczema in six countries.")
        let b = details("The team randomly assigned 9,450 volunteers to the cream or a dummy lotion.")
        #expect(SharedDetails.share(a, b))
    }

    @Test func countsFarApartOrOfOtherThingsStayApart() {
        let customers = details("Hackers took the records of 2.3 million customers of the chain.")
        let numbers = details("The files also hold the card numbers of 1.1 million customers, the chain said.")
        #expect(!SharedDetails.share(customers, numbers))
        let staff = details("The chain employs about 11,000 staff across the country.")
        let visitors = details("The chain's website had 12,000 visitors on Monday alone.")
        #expect(!SharedDetails.share(staff, visitors))
        // small counts of one thing are chance
        let few = details("Officers arrested 12 people near the ground before the match.")
        let more = details("Police said 15 people had been held near the ground by the evening.")
        #expect(!SharedDetails.largeCountsOfOneThing(few[0], more[0]))
    }
}
