import Testing
@testable import ParallaxCore

/// "The airline said" is the airline the article named before ("The Greystone Air flight had left …"), a name that
/// says what it is, even with another business named since (a café, a hotel). Our own sentences.
@Suite struct AirlineAntecedentTests {
    private func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs)
    }

    @Test func theAirlineIsTheNameOfAnAirlineBefore() {
        #expect(speakers([
            "The Greystone Air flight had left Ardmore for Lisbon earlier in the morning and landed at about 10am.",
            "Tess Marlow, who runs the Harbour Café on Quay Street, said she heard the engines change.",
            "The airline said two passengers had been treated for minor injuries and that the crew had “done everything right”.",
        ]) == ["Greystone Air"])
    }

    @Test func withNoAirlineNamedTheOldReadingStands() {
        #expect(speakers([
            "Skyward Holdings will stop flying from Elmbridge on Monday, the company said in a statement.",
            "The airline said passengers would be offered “a full refund or a new date”.",
        ]) == ["Skyward Holdings"])
    }
}
