import Foundation
import Testing
@testable import ParallaxCore

/// Sums of one transaction — a fee paid, a value, a prize — named by the transaction word of their clause conflict when
/// the figures differ, however little else their sentences share (`MoneyTransactions`); sums of different transactions,
/// far apart, in different currencies, or both given by one outlet do not.
@Suite struct MoneyTransactionTests {
    static func money(_ left: [String], _ right: [String]) -> [DetailStatus] {
        DetailLedgerTests.ledger(left, right).details.filter { $0.kind == "money" && $0.claims.count > 1 }.map(\.status)
    }

    /// The transaction keys of the sums of one sentence, in order.
    static func keys(_ text: String) -> [String?] {
        let p = Paragraph(index: 0, text: text, sentences: SentenceSplitter.split(text), sourceLines: 1...1)
        return DetailExtractor.mentions(in: p, referenceYear: 2026).filter { $0.value.kind == "money" }.map(\.event)
    }

    static func value(_ text: String) -> DetailValue { DetailLedgerTests.values(text).first { $0.kind == "money" }! }

    @Test func readsTheTransactionWordOfTheClause() {
        #expect(Self.keys("Rovers paid Granton what is believed to be £3m for the striker.") == ["paid||"])
        #expect(Self.keys("The club agreed a transfer fee of about £4.5m.") == ["paid|fee|transfer"])
        #expect(Self.keys("The club paid a compensation fee of about £4.5m.") == ["paid|fee|"])
        #expect(Self.keys("The bells, worth £5million, went back on Friday.") == ["value||"])
        #expect(Self.keys("The vase was valued for probate at about £40,000.") == ["value||"])
        #expect(Self.keys("She took home the £3,000 first prize.") == ["prize||first"])
        #expect(Self.keys("She won a winner's cheque of £3,000.") == ["prize||"])
        // a conversion after a comma is the same sum
        #expect(Self.keys("The club pays around 40 million kronor, about £3.1 million, in compensation.") == ["paid||", "paid||"])
        // no transaction word, or one beyond a comma or another number, keys nothing
        // a rate keeps its unit
        #expect(Self.keys("He will be paid around £18,000 a week.") == ["paid/week||"])
        #expect(Self.keys("The city will spend £85,000 on packing and flights.") == [nil])
        #expect(Self.keys("He was paid, in the end, £900 for the work.") == [nil])
    }

    @Test func oneFeeReportedTwiceConflicts() {
        #expect(Self.money(
            ["For anyone who missed it: Rovers have paid Granton what is believed to be £3m to sign the striker."],
            ["The Chronicle understands Rovers paid a transfer fee of about £1.8m to prise him away."]) == [.conflict])
        #expect(Self.money(
            ["A town hall has given away nine bronze bells worth £5million to a temple."],
            ["Councillors asked whether the city could dispose of objects valued for insurance at about £3.8m."]) == [.conflict])
        #expect(Self.money(
            ["She went home with a winner's cheque of five thousand pounds."],
            ["Her £3,000 first prize will go to the lifeboat station."]) == [.conflict])
    }

    @Test func figuresOfOneSumAgree() {
        #expect(Self.money(
            ["The club paid a compensation fee of about £1.2m."],
            ["It is understood the club pays around 15 million kronor, about £1.2 million, in compensation."]) == [.agree])
        // "about £2.4m" and "£2.5m" are one figure rounded
        #expect(Self.money(
            ["The statue is worth about £2.4m."], ["A statue valued at £2.5m was moved to the atrium on Monday."]) == [.agree])
    }

    @Test func differentSumsDoNotConflict() {
        // a price paid and a value are different facts
        #expect(!Self.money(["The trust paid £2m for the house in 2019."], ["The house is now worth £3m, agents say."]).contains(.conflict))
        // far apart: two payments
        #expect(!Self.money(["The council paid £85,000 for the packing."], ["Collectors paid £2m for the set."]).contains(.conflict))
        // one outlet gives both sums: two payments
        #expect(!Self.money(
            ["The club paid £2m up front.", "It paid a further £1.2m in March."],
            ["The club paid a fee of about £1.2m, reports say."]).contains(.conflict))
        // one outlet gives two sums of the transaction: two payments, and the other outlet's one may be either
        #expect(!Self.money(
            ["Rovers paid £4.5m for the winger.", "They paid £2m for a defender last month."],
            ["Rovers paid about £3m for the full-back, reports say."]).contains(.conflict))
        // a weekly wage is no fee, and two wages conflict only by the same unit
        #expect(!Self.money(["Rovers will pay him £30,000 a week."], ["Rovers paid a fee of £40,000 to his old club."]).contains(.conflict))
        #expect(Self.money(["Rovers will pay him £30,000 a week."], ["He will be paid about £18,000 a week at Rovers."]) == [.conflict])
        // a bound is a claim about the sum (campaigners' "at least" against a survey), compared as other money
        #expect(!Self.money(
            ["Campaigners say the hall is worth at least £4m."], ["The hall was valued at £2.9m in a survey last year."]).contains(.conflict))
        // different currencies are compared by the rules for money as before
        #expect(!Self.money(["The club paid $3m for him."], ["The club paid about £1.2m for him, sources say."]).contains(.conflict))
    }

    @Test func theNounAndItsModifierNameTheSum() {
        #expect(MoneyTransactions.same("paid||", "paid|fee|transfer"))
        #expect(!MoneyTransactions.same("paid|fee|", "paid|payment|"))
        #expect(!MoneyTransactions.same("paid|fee|transfer", "paid|fee|signing"))
        #expect(!MoneyTransactions.same("prize||first", "prize||second"))
        #expect(!MoneyTransactions.same("prize||", "value||"))
        // a fee and a payment of another kind, two kinds of fee, two prizes: different sums
        #expect(!Self.money(
            ["Two lines kept a congestion fee of $500 per container."], ["Members get a $1,200 ratification payment."]).contains(.conflict))
        #expect(!Self.money(
            ["Rovers paid a transfer fee of about £4m."], ["His advisers took a signing fee of £2.5m."]).contains(.conflict))
        #expect(!Self.money(["The £3,000 first prize went to Ames."], ["Bell took home the £2,000 second prize."]).contains(.conflict))
    }

    @Test func statedFiguresDecide() {
        // "about" widens a figure to 15 % either side, which with a whole million's rounding would let £3m fit £2.4m
        #expect(Self.value("worth £3million").isCompatible(with: Self.value("at about £2.4m")))
        #expect(MoneyTransactions.differ(Self.value("worth £3million"), Self.value("at about £2.4m")))
        #expect(!MoneyTransactions.differ(Self.value("paid $1.2 million"), Self.value("paid about $1.17 million")))
        // a bound is compared by its range
        #expect(!MoneyTransactions.differ(Self.value("paid more than £2m"), Self.value("paid £2.4m")))
        #expect(MoneyTransactions.mayBeOneSum(Self.value("£2m"), Self.value("about £1.2m")))
        #expect(!MoneyTransactions.mayBeOneSum(Self.value("£85,000"), Self.value("£2m")))
        #expect(!MoneyTransactions.mayBeOneSum(Self.value("at least £4m"), Self.value("£2.9m")))
    }

    /// The demo stories' planted sums (articles/README.md): the coach's compensation fee and the masks' value.
    @Test func demoStoriesPlantedSums() throws {
        func money(_ id: String) throws -> [Detail] {
            DetailLedger.build(story: try LibraryLoader.loadStory(path: QuoteGold.repo.appendingPathComponent("articles/\(id)").path))
                .details.filter { $0.kind == "money" && $0.status == .conflict }
        }
        let fee = try money("kellingford-coach-unveiled")
        #expect(fee.count == 1)
        #expect(Set(fee.first?.claims.map(\.text) ?? []) == ["£2m", "about £1.2m", "about £1.2 million"])
        let masks = try money("norbridge-masks-return")
        #expect(masks.count == 1)
        #expect(Set(masks.first?.claims.map(\.text) ?? []) == ["£3million", "about £2.4m"])
    }
}
