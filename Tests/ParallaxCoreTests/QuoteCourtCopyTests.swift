import Testing
@testable import ParallaxCore

/// Quote attribution rules added after the fourth blind story's first run (court reporting, embedded
/// posts; README "Quotes and details"), on our own sentences.
@Suite struct QuoteCourtCopyTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs)
    }

    @Test func theJudgeBeforeSheIsNamed() {
        #expect(Self.speakers([
            "“The harm was deliberate and it was sustained,” the judge said as the accused stood.",
            "Judge Ingrid Solberg found that the firm had hidden its losses for years.",
        ]) == ["Ingrid Solberg"])
    }

    @Test func herHonourFoundThat() {
        #expect(Self.speakers([
            "In sentencing, Judge Ingrid Solberg set a term of six years.",
            "Her Honour accepted that he was sorry, but found that “the apology came only when the money ran out”.",
        ]) == ["Ingrid Solberg"])
    }

    @Test func quoteThenDashThenSpeaker() {
        #expect(Self.speakers([
            "Magistrate Ruth Okello read her reasons to a full courtroom.",
            "“Nobody forced his hand” — Magistrate Okello on the letter the accused wrote from prison.",
        ]) == ["Ruth Okello"])
    }

    @Test func postNominalAndThousandsSeparatorInTheApposition() {
        #expect(Self.speakers([
            "His barrister, Hugo Lindqvist SC, wrote in written submissions that “my client accepts every finding”.",
            "Speaking outside the court, Dr. Omar al-Rashid, a dentist from Harlow who lost A$12,000, said, “I trusted them.”",
        ]) == ["Hugo Lindqvist", "Omar al-Rashid"])
    }

    @Test func colonIntroductionNamesThePersonNotTheFirstWord() {
        #expect(Self.speakers([
            "Statement from our convenor Gurpreet Singh Randhawa on the ruling: “The money is still gone.”",
        ]) == ["Gurpreet Singh Randhawa"])
    }
}
