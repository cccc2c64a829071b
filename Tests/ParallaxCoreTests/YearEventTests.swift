import Foundation
import Testing
@testable import ParallaxCore

/// Two years of one event, named by the participle both belong to ("stolen … in 1911" / "stolen in 1913"), conflict
/// however little else their sentences share; years of different events, or an article giving both years, do not.
@Suite struct YearEventTests {
    static func years(_ left: [String], _ right: [String]) -> [DetailStatus] {
        DetailLedgerTests.ledger(left, right).details.filter { $0.kind == "year" }.map(\.status)
    }

    @Test func readsTheParticipleBeforeTheYear() {
        func event(_ text: String) -> String? {
            let p = Paragraph(index: 0, text: text, sentences: SentenceSplitter.split(text), sourceLines: 1...1)
            return DetailExtractor.mentions(in: p, referenceYear: 2026).first { if case .year = $0.value { true } else { false } }?.event
        }
        #expect(event("The painting was stolen by a hotel porter in 1911.") == EnglishStemmer.stem("stolen"))
        #expect(event("The bridge was opened in 1932 by the mayor.") == EnglishStemmer.stem("opened"))
        // a comma ends the clause; a capitalised word is no verb
        #expect(event("The bridge, opened by the mayor, closed for good, in 1932.") == nil)
        #expect(event("She moved to Sweden in 1990.") == EnglishStemmer.stem("moved"))
        #expect(event("The garden in 1990 was smaller.") == nil)
    }

    @Test func oneEventDatedTwiceConflicts() {
        #expect(Self.years(
            ["The painting, which hung in the hall for decades, was stolen by a hotel porter in 1911."],
            ["The canvas was stolen in 1913 from a locked room at the back of the gallery."]) == [.conflict])
        #expect(Self.years(
            ["The lighthouse was built by convicts in 1841."],
            ["Local records say the tower was built in 1844 with stone from the quarry."]) == [.conflict])
    }

    @Test func differentEventsOrBothYearsInOneArticleDoNot() {
        // different participles: different events
        #expect(!Self.years(
            ["The painting was stolen by a hotel porter in 1911."],
            ["The canvas was recovered in 1913 in a flat in the city."]).contains(.conflict))
        // one article gives both years: they date different things
        #expect(!Self.years(
            ["The painting was stolen by a porter in 1911.", "A copy was stolen in 1913 as well."],
            ["The canvas was stolen in 1913 from a locked room."]).contains(.conflict))
        // births of two people are not one event ("born" is no event participle)
        #expect(!Self.years(
            ["The singer was born in a small town in 1950."],
            ["Her brother was born in the city in 1948."]).contains(.conflict))
    }
}
