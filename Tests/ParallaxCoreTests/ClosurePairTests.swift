import Testing
@testable import ParallaxCore

/// Two common partners vouching for a nearly-best pair (`LinkClosure`, `AlignmentParameters.closurePairRelative`,
/// docs/alignment.md, links36). Graphs built by hand: four articles, article 0's paragraph 0 and article 1's
/// paragraph 0 are the candidate; articles 2 and 3 carry the partners.
@Suite struct ClosurePairTests {
    /// Links of a story of four articles with the given paragraph counts: `pairs` are (article, paragraph,
    /// article, paragraph, similarity) with the lower article first.
    static func graph(_ pairs: [(Int, Int, Int, Int, Double)], articles: Int = 4) -> [ArticlePairLinks] {
        var out: [ArticlePairLinks] = []
        for l in 0..<articles {
            for r in (l + 1)..<articles {
                let links = pairs.filter { $0.0 == l && $0.2 == r }.map { ParagraphLink(left: $0.1, right: $0.3, similarity: $0.4) }
                out.append(ArticlePairLinks(left: l, right: r, links: links))
            }
        }
        return out
    }

    /// The candidate 0:0 ~ 1:0, scoring `score` where the better of its two paragraphs' best scores is `top`.
    static func candidate(score: Double, top: Double, quotationWithoutSpeaker: Bool = false) -> [LinkClosure.Candidate] {
        [LinkClosure.Candidate(
            left: 0, right: 1,
            pair: ScoredPair(left: 0, right: 0, score: score, quotationWithoutSpeaker: quotationWithoutSpeaker), top: top)]
    }

    static func linked(_ result: [ArticlePairLinks]) -> Bool {
        result.contains { $0.left == 0 && $0.right == 1 && $0.links.contains { $0.left == 0 && $0.right == 0 } }
    }

    static func close(_ links: [ArticlePairLinks], _ near: [LinkClosure.Candidate], _ p: AlignmentParameters = .init()) -> [ArticlePairLinks] {
        LinkClosure.complete(links: links, nearMisses: near, paragraphCounts: [8, 8, 8, 8], parameters: p)
    }

    /// Both paragraphs link to the other two outlets' paragraph of the fact, each at least once firmly.
    static let vouched = graph([(0, 0, 2, 0, 0.45), (0, 0, 3, 0, 0.26), (1, 0, 2, 0, 0.24), (1, 0, 3, 0, 0.38)])

    @Test func twoOutletsVouchForANearlyBestPair() {
        // 0.19 is the best 0:0 and 1:0 do against each other's article (0.2 at most): a paraphrase under `weak`.
        #expect(Self.linked(Self.close(Self.vouched, Self.candidate(score: 0.19, top: 0.2))))
        var off = AlignmentParameters()
        off.closurePairRelative = 0
        #expect(!Self.linked(Self.close(Self.vouched, Self.candidate(score: 0.19, top: 0.2), off)))
    }

    @Test func aPairFarFromItsParagraphsBestIsTwoFactsOfOneTopic() {
        // One of the two has a partner in the other article scoring twice as well: that one is its fact.
        #expect(!Self.linked(Self.close(Self.vouched, Self.candidate(score: 0.19, top: 0.38))))
    }

    @Test func aParagraphLinkedOnlyWeaklyToThePartnersIsNotVouchedFor() {
        // 1:0 meets both partners at 0.23 and 0.24 only: it touches their topic, not surely their fact.
        let weak = Self.graph([(0, 0, 2, 0, 0.45), (0, 0, 3, 0, 0.26), (1, 0, 2, 0, 0.24), (1, 0, 3, 0, 0.23)])
        #expect(!Self.linked(Self.close(weak, Self.candidate(score: 0.19, top: 0.2))))
    }

    @Test func twoPartnersOfAParagraphLinkedToManySayLittle() {
        // 1:0 links to six paragraphs (a lede merging facts): two of them in common with 0:0 is chance.
        var pairs = [(0, 0, 2, 0, 0.45), (0, 0, 3, 0, 0.26), (1, 0, 2, 0, 0.24), (1, 0, 3, 0, 0.38)]
        pairs += [(1, 0, 2, 3, 0.3), (1, 0, 2, 5, 0.3), (1, 0, 3, 4, 0.3), (1, 0, 3, 6, 0.3)]
        #expect(!Self.linked(Self.close(Self.graph(pairs), Self.candidate(score: 0.19, top: 0.2))))
    }

    @Test func aQuotationWithoutItsSpeakerStaysOut() {
        // The filter's verdict on a named quotation sharing no name with the other paragraph holds here too.
        #expect(!Self.linked(Self.close(Self.vouched, Self.candidate(score: 0.19, top: 0.2, quotationWithoutSpeaker: true))))
    }

    @Test func oneCommonPartnerIsNeverEnough() {
        let one = Self.graph([(0, 0, 2, 0, 0.45), (1, 0, 2, 0, 0.38), (0, 0, 3, 0, 0.5)])
        #expect(!Self.linked(Self.close(one, Self.candidate(score: 0.19, top: 0.19))))
    }

    @Test func thePairStillNeedsTheClosureFloor() {
        #expect(!Self.linked(Self.close(Self.vouched, Self.candidate(score: 0.1, top: 0.1))))
    }
}
