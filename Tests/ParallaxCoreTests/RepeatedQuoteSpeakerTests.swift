import Testing
@testable import ParallaxCore

/// A quote the writer repeats as the subject of a sentence of her own ("“The panel will do what it's told”
/// is not a gaffe.") names no speaker there; the words are those of whoever the article quoted them from
/// before (README "Quotes and details"). Our own sentences.
@Suite struct RepeatedQuoteSpeakerTests {
    @Test func aRepeatedQuoteKeepsTheSpeakerTheArticleGaveItBefore() {
        let l = QuoteUnseenCopyTests.ledger([("a", [
            "At the dinner the harbour minister, Nils Ekdahl, told donors: “The tender is already decided.”",
            "“The tender is already decided” is not a slip. It is a confession.",
        ])])
        let speakers = l.quotes.flatMap(\.instances).sorted { $0.paragraph < $1.paragraph }.map(\.speaker)
        #expect(speakers == ["Nils Ekdahl", "Nils Ekdahl"])
        // The minister's fragment the writer then repeats whole is one row of the article (`OutletRows`), his.
        let fragment = QuoteUnseenCopyTests.ledger([("a", [
            "At the dinner the harbour minister, Nils Ekdahl, told donors the tender “is already decided.”",
            "“The tender is already decided” is not a slip. It is a confession.",
        ])]).quotes.flatMap(\.instances)
        #expect(fragment.map(\.speaker) == ["Nils Ekdahl"])
        #expect(fragment.first?.parts.map(\.paragraph).sorted() == [0, 1])
    }

    @Test func anotherArticlesSpeakerIsNotLent() {
        // Only the same article's earlier quote lends its speaker: another outlet may quote someone else.
        let l = QuoteUnseenCopyTests.ledger([
            ("a", ["The harbour minister, Nils Ekdahl, told donors the tender “is already decided.”"]),
            ("b", ["“The tender is already decided” is what everyone in town is saying."]),
        ])
        let b = l.quotes.flatMap(\.instances).first { $0.article == "b" }
        #expect(b != nil && b?.speaker == nil)
    }
}
