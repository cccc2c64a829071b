import Testing
@testable import ParallaxCore

/// Details of diplomatic copy (rules found on the eighth blind story, `calvora-state-visit`; sentences here are
/// our own): a flow "per second" is no ordinal, a fund priced differently in a newsletter's summary sentence is a
/// conflict, a description made from a name, a change running into a quotation or a noun with a participle is no
/// named thing, and a gift one outlet gets wrong is a conflict even in lower case (`Gifts`).
@Suite struct DetailDiplomaticCopyTests {
    static func objects(_ l: DetailLedger) -> [Detail] { l.details.filter { $0.kind == "object" } }

    @Test func aSecondAfterAQuantityIsTheUnitOfTime() {
        #expect(!DetailLedgerTests.values("The dam must release 200 cubic metres per second in August.").contains(.ordinal(2)))
        #expect(!DetailLedgerTests.values("The dam must let 200 cubic metres a second through in August.").contains(.ordinal(2)))
        // an ordinal still, with the thing it counts
        #expect(DetailLedgerTests.values("She won a second term in May.").contains(.ordinal(2)))
        #expect(DetailLedgerTests.values("It was the second cut this year.").contains(.ordinal(2)))
    }

    @Test func aFundPricedDifferentlyInASummarySentenceIsAConflict() {
        let l = DetailLedgerTests.ledger(
            ["The treaty sets up a fund of 300 million euros for fish ladders, irrigation and flood walls on the lower river."],
            ["In short, the river keeps flowing through the dam in summer, and both sides chip in to a €380 million fund for fish ladders and flood walls."])
        let money = l.details.filter { $0.kind == "money" }
        #expect(money.contains { $0.status == .conflict }, "\(money)")
    }

    @Test func amountsOfDifferentThingsInOneSummaryAreNoConflict() {
        let l = DetailLedgerTests.ledger(
            ["The treaty sets up a fund of 300 million euros for fish ladders, irrigation and flood walls on the lower river."],
            ["In short, the river keeps flowing in summer, and a new bridge for fish traders and flood crews will cost €380 million."])
        #expect(!l.details.contains { $0.kind == "money" && $0.status == .conflict }, "\(l.details.filter { $0.kind == "money" })")
    }

    @Test func aDescriptionMadeFromTheOtherOutletsNameIsNoConflict() {
        let l = DetailLedgerTests.ledger(
            ["On Friday the minister tours the shipyard, where two tankers are being built for Japan's Kaito Lines."],
            ["On Friday the minister tours the shipyard, where two tankers are being built for a Japanese operator."])
        #expect(Self.objects(l).isEmpty, "\(Self.objects(l))")
    }

    @Test func aChangeRunningIntoAQuotationIsNoNamedThing() {
        let l = DetailLedgerTests.ledger(
            ["The mayor said she had raised the matter \"firmly and often.\""],
            ["The mayor said she had raised Lee's arrest during the talks."])
        #expect(Self.objects(l).isEmpty, "\(Self.objects(l))")
    }

    @Test func aNounWithAParticipleIsNoNamedThing() {
        let l = DetailLedgerTests.ledger(
            ["Asked about Ana Lee, the writer held in Oslo since May, the mayor said nothing."],
            ["Asked about Ana Lee, the Danish author imprisoned in Oslo since May, the mayor said nothing."])
        #expect(Self.objects(l).isEmpty, "\(Self.objects(l))")
    }

    /// Whether the two sentences give conflicting lengths of time when only their shared words compare them (no
    /// aligner: in a story, a newsletter's summary sentence is seldom paired with the wire's).
    static func durationConflict(_ a: String, _ b: String) -> Bool {
        let story = Story(id: "t", path: "t", articles: [DetailLedgerTests.article("a", [a]), DetailLedgerTests.article("b", [b])])
        var mentions: [(article: Int, m: DetailMention)] = []
        for (n, article) in story.articles.enumerated() {
            for p in article.paragraphs { mentions += DetailExtractor.mentions(in: p, referenceYear: 2025).map { (n, $0) } }
        }
        let groups = DetailMatcher(mentions: mentions, comparable: ComparableSentences(story: story, useAligner: false)).details()
        return groups.contains { g in
            g.status == .conflict && g.members.contains { if case .duration = mentions[$0].m.value { return true } else { return false } }
        }
    }

    @Test func theFirstVisitInSomeYearsAndSinceAYearAreOneWindow() {
        let summary = "What happened: the Norwegian king flew into Lisbon on Monday for the first royal visit to Portugal in 20 years, and by dinner he had opened a new wing of the maritime museum."
        #expect(Self.durationConflict(summary, "The king is the first Norwegian monarch to visit Portugal since 1990."))
        // the same window given a compatible length agrees
        #expect(!Self.durationConflict(summary.replacingOccurrences(of: "20 years", with: "35 years"),
                                       "The king is the first Norwegian monarch to visit Portugal since 1990."))
    }

    @Test func windowsOfDifferentFirstsStayApart() {
        let l = DetailLedgerTests.ledger(
            ["The club won its first title in 20 years on Saturday, beating the champions at home."],
            ["The club beat the champions at home on Saturday, its second win over them since 1990."])
        #expect(!l.details.contains { $0.kind == "duration" && $0.status == .conflict }, "\(l.details.filter { $0.kind == "duration" })")
    }

    @Test func aGiftOneOutletGetsWrongIsAConflict() {
        let l = DetailLedgerTests.ledger(
            ["After the talks, Moreau gave Okafor a carved walnut chess set made by a Lyon workshop in 1902."],
            ["Moreau's gift to the president was a porcelain tea service made by a Lyon workshop in the last century."])
        #expect(Self.objects(l).contains { $0.status == .conflict && Set($0.claims.map(\.text)) == ["a carved walnut chess set", "a porcelain tea service"] },
                "\(Self.objects(l))")
    }

    @Test func oneGiftWordedTwoWaysIsNoConflict() {
        let l = DetailLedgerTests.ledger(
            ["After the talks, Moreau gave Okafor an antique chess set made in Lyon."],
            ["After the talks, Moreau handed Okafor a carved walnut chess set made in Lyon."])
        #expect(Self.objects(l).isEmpty, "\(Self.objects(l))")
    }

    @Test func giftsOfDifferentGiversOrAnUnnamedGiverAreNotCompared() {
        let swapped = DetailLedgerTests.ledger(
            ["After the talks, Okafor handed Moreau a first edition of a novel, officials said."],
            ["After the talks, Moreau gave Okafor a carved walnut chess set, officials said."])
        #expect(Self.objects(swapped).isEmpty, "\(Self.objects(swapped))")
        let pronoun = DetailLedgerTests.ledger(
            ["After the talks, she gave him a porcelain tea service made in Lyon."],
            ["After the talks, Moreau gave Okafor a carved walnut chess set made in Lyon."])
        #expect(Self.objects(pronoun).isEmpty, "\(Self.objects(pronoun))")
    }

    @Test func twoDifferentNamedGiftsAreStillAConflict() {
        let l = DetailLedgerTests.ledger(
            ["After the talks the president gave the prime minister a Venetian glass bowl, officials said."],
            ["After the talks the president gave the prime minister a Kashmiri silk carpet, officials said."])
        #expect(Self.objects(l).contains { $0.status == .conflict }, "\(Self.objects(l))")
    }
}

/// Counts in words (`RoughCounts`): crowds are where outlets disagree in words rather than figures.
@Suite struct RoughCountTests {
    static func counts(_ text: String) -> [DetailValue] {
        DetailLedgerTests.values(text).filter { if case .count = $0 { return true } else { return false } }
    }

    @Test func countsInWordsAreIntervals() {
        #expect(Self.counts("Two hundred guests came to the dinner.") == [.count(low: 200, high: 200)])
        #expect(Self.counts("Several hundred fishers marched to the port.") == [.count(low: 200, high: 999)])
        #expect(Self.counts("Tens of thousands of fans waited in the rain.") == [.count(low: 20_000, high: 99_999)])
        #expect(Self.counts("Hundreds of volunteers cleared the beach.") == [.count(low: 200, high: 999)])
        // a length of time, not a count
        #expect(Self.counts("The rock formed over thousands of years.").isEmpty)
    }

    @Test func thousandsAgainstSeveralHundredIsAConflict() {
        let l = DetailLedgerTests.ledger(
            ["Thousands of protesters filled the square outside the palace, waving flags."],
            ["Several hundred protesters filled the square outside the palace, some waving flags."])
        #expect(l.details.contains { $0.kind == "count" && $0.status == .conflict }, "\(l.details)")
    }

    @Test func hundredsAgreesWithAFigureInside() {
        let l = DetailLedgerTests.ledger(
            ["Hundreds of people were arrested across the country overnight."],
            ["Police said 559 people were arrested across the country overnight."])
        #expect(l.details.contains { $0.kind == "count" && $0.status == .agree }, "\(l.details)")
        #expect(!l.details.contains { $0.status == .conflict })
    }
}
