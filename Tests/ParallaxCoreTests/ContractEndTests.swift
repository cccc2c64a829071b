import Foundation
import Testing
@testable import ParallaxCore

/// The year a contract, deal or lease runs to is one event (`ContractEnds`): two outlets giving it differently
/// conflict however little else their sentences share; other years after "to" / "until" are compared as before.
@Suite struct ContractEndTests {
    static func years(_ left: [String], _ right: [String]) -> [DetailStatus] {
        DetailLedgerTests.ledger(left, right).details.filter { $0.kind == "year" && $0.claims.count > 1 }.map(\.status)
    }

    static func isEnd(_ text: String) -> Bool {
        let p = Paragraph(index: 0, text: text, sentences: SentenceSplitter.split(text), sourceLines: 1...1)
        return DetailExtractor.mentions(in: p, referenceYear: 2026).contains { $0.value.kind == "year" && $0.event == ContractEnds.marker }
    }

    @Test func readsTheEndOfAContract() {
        #expect(Self.isEnd("He signed a deal to the summer of 2031."))
        #expect(Self.isEnd("She joins on a four-year contract, running until June 2031, after talks."))
        #expect(Self.isEnd("The lease expires in 2031."))
        #expect(Self.isEnd("He has a contract that runs until the end of 2031."))
        #expect(!Self.isEnd("The deal was signed in 2031."))
        #expect(!Self.isEnd("She moved to Leeds in 2031."))
        #expect(!Self.isEnd("The ban runs until 2031."))
        #expect(!Self.isEnd("The contract was awarded; work runs to 2031."))
    }

    @Test func oneContractsEndGivenTwiceConflicts() {
        #expect(Self.years(
            ["Quick recap: the board has handed the manager a deal to the summer of 2028 and a transfer budget."],
            ["Ostrova has signed a contract to the summer of 2029."]) == [.conflict])
        #expect(Self.years(
            ["The manager has agreed a deal to the end of 2028."],
            ["He joins on a three-year contract, running until June 2029, after weeks of talks."]) == [.conflict])
    }

    @Test func theSameEndAgrees() {
        #expect(Self.years(
            ["Quick recap: the board has handed the manager a deal to the summer of 2029 and a transfer budget."],
            ["He joins on a contract, running until June 2029, after weeks of talks."]) == [.agree])
    }

    @Test func otherYearsOrBothInOneArticleDoNot() {
        // a ban's end is no contract's
        #expect(!Self.years(["The ban runs until 2029 for the whole squad."], ["A contract for the stand's roof was signed in 2030."]).contains(.conflict))
        // one article gives two ends: an old deal and a new one, so neither is compared as the other outlet's contract
        #expect(!Self.years(
            ["Ostrova signed a deal running until 2029 on Friday.", "Her previous deal ran to 2026."],
            ["The club handed the striker a contract to the summer of 2030 in a short statement."]).contains(.conflict))
        // one article gives both years: an old deal and a new one
        #expect(!Self.years(
            ["He signed a new contract to 2030 in March.", "His old deal would have run to 2027."],
            ["He is tied to the club by a deal to 2027."]).contains(.conflict))
    }

    /// The demo story's planted contract end (articles/README.md): "a deal to the summer of 2029" against 2030.
    @Test func demoStoryContractEnd() throws {
        let l = DetailLedger.build(story: try LibraryLoader.loadStory(
            path: QuoteGold.repo.appendingPathComponent("articles/kellingford-coach-unveiled").path))
        let ends = l.details.filter { $0.kind == "year" && $0.status == .conflict }
        #expect(ends.count == 1)
        #expect(ends.first?.claims.map(\.text).sorted() == ["2029", "2030", "2030"])
    }
}
