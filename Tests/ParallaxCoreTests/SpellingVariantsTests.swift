import Testing
@testable import ParallaxCore

/// House spelling (British or American) is not a change a reader cares about, any more than quote marks.
@Suite struct SpellingVariantsTests {
    @Test func britishFormsMeetTheirAmericanOnes() {
        let pairs = [
            ("humour", "humor"), ("demeanour", "demeanor"), ("favourite", "favorite"), ("neighbourhood", "neighborhood"),
            ("stabilise", "stabilize"), ("criticised", "criticized"), ("symbolising", "symbolizing"),
            ("denuclearisation", "denuclearization"), ("analysed", "analyzed"), ("centre", "center"),
            ("centred", "centered"), ("kilometres", "kilometers"), ("travelled", "traveled"), ("counsellor", "counselor"),
            ("signalling", "signaling"), ("jewellery", "jewelry"), ("defence", "defense"), ("grey", "gray"),
            ("programme", "program"), ("manoeuvre", "maneuver"),
        ]
        for (uk, us) in pairs {
            #expect(SpellingVariants.american(uk) == SpellingVariants.american(us), "\(uk) / \(us)")
        }
    }

    @Test func differentWordsStayApart() {
        for (a, b) in [("hour", "hor"), ("four", "for"), ("filled", "filed"), ("killer", "kiler"), ("acre", "acer"), ("tour", "tor")] {
            #expect(SpellingVariants.american(a) != SpellingVariants.american(b), "\(a) / \(b)")
        }
        #expect(SpellingVariants.american("colour") == "color")
        #expect(SpellingVariants.american("crisis") == "crisis")
    }

    @Test func spellingAloneIsNoChange() {
        #expect(WordDiff.changes("Xi showed rare humour at the centre of the talks, critics said.",
                                 "Xi showed rare humor at the center of the talks, critics said.").isEmpty)
        #expect(WordDiff.changes("The raiders travelled by lorry.", "The raiders traveled by lorry.").isEmpty)
    }

    @Test func hyphenationAloneIsNoChange() {
        #expect(WordDiff.changes("The light-hearted exchange drew a laugh.", "The lighthearted exchange drew a laugh.").isEmpty)
        #expect(WordDiff.changes("She sent an e-mail to co-operate.", "She sent an email to cooperate.").isEmpty)
        let c = WordDiff.changes("a light-hearted moment", "a lighthearted pause")
        #expect(c.map(\.left) == ["moment"])
        #expect(c.map(\.right) == ["pause"])
        // Figures keep their hyphen: a score of 4-2 is not 42.
        #expect(SpellingVariants.unified("4-2") == "4-2")
        #expect(SpellingVariants.unified("covid-19") == "covid-19")
        #expect(WordDiff.comparisonWords("a light-hearted jest") == WordDiff.comparisonWords("a lighthearted jest"))
    }

    @Test func onlyRealChangesRemainAroundASpellingVariant() {
        let c = WordDiff.changes("a moment of humour in Gyeongju", "a flash of humor in Gyeongju")
        #expect(c.map(\.left) == ["moment"])
        #expect(c.map(\.right) == ["flash"])
        let d = WordDiff.changes("stolen jewellery worth millions", "stolen crown jewelry worth millions")
        #expect(d.map(\.left) == [""])
        #expect(d.map(\.right) == ["crown"])
    }

    @Test func quotesDifferingOnlyInSpellingAreTheSameWords() {
        #expect(QuoteGrouper.comparisonWords("We will defend our neighbours' right to organise.")
            == QuoteGrouper.comparisonWords("We will defend our neighbors' right to organize."))
    }
}
