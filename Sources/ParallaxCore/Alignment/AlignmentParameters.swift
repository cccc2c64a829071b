/// The knobs of the alignment model. Defaults are calibrated on hand-made gold (see README "Alignment"
/// and `AlignmentEvaluationTests`, which prints a sweep); change them there, with figures, not by feel.
public struct AlignmentParameters: Sendable, Hashable {
    /// Share of stem (word) cosine in a similarity; the rest is character-trigram cosine.
    public var stemWeight: Double = 0.7
    /// Extra weight for words that carry facts: numbers, names, words inside quotation marks.
    public var numberBoost: Double = 1.6
    public var nameBoost: Double = 1.2
    public var quoteBoost: Double = 1.3
    /// A link at or above this similarity stands on its own.
    public var strong: Double = 0.5
    /// Below this no link is made.
    public var weak: Double = 0.22
    /// A link between `weak` and `strong` survives if it is nearly the best match of both its paragraphs
    /// (`relative`) or has a neighbouring match (within `vicinity` paragraphs on both sides) of at least
    /// `support`: locally consistent matches survive, weak lone ones do not.
    public var support: Double = 0.2
    public var vicinity: Int = 2
    /// "Nearly the best": this fraction of the higher of the two paragraphs' best scores against the other article.
    public var relative: Double = 0.8
    /// A link that is not nearly the best and stands on a single neighbouring match must reach this share of the
    /// lower of its two paragraphs' best scores: when both paragraphs have a partner in the other article scoring
    /// over 1.4 times as well, both are taken, and one neighbour is no evidence that they also share a fact (swept
    /// 0.45–0.8 with one, two, three and any number of neighbours on the 18 gold stories; docs/alignment.md,
    /// links33). 0 turns it off.
    public var loneSupportShare: Double = 0.7
    /// A pair scoring under `strong` does not link when one of its paragraphs has at least this share of its
    /// content words inside quotation marks and names someone outside them, and the two share neither that
    /// quotation (`sharedQuotation`) nor any name (`QuotedParagraphs`), unless the pair is the best match of both
    /// its paragraphs: a quotation is reported again by its words or by its speaker's name; with neither, the pair
    /// shares only the topic's words (swept 0.4–0.7 on the 19 gold stories and the seeds; docs/alignment.md,
    /// links34: 0.5 drops 24 links, all false). 0 turns it off.
    public var quotationNeedsSpeaker: Double = 0.5
    /// Two paragraphs carrying the same quotation link whatever their similarity: a quotation of each shares
    /// at least two content words and this share of the shorter one's.
    public var sharedQuotation: Double = 0.6
    /// In a story of three articles or more, a pair scoring at least `closureFloor` links when it has at least
    /// `closureSupport` linked partners in common in other articles (`LinkClosure`), repeated `closureRounds`
    /// times. 0 turns it off.
    public var closureSupport: Int = 3
    public var closureFloor: Double = 0.12
    public var closureRounds: Int = 2
    /// Two linked partners in common are enough (`LinkClosure`) when the pair scores at least `closurePairRelative`
    /// of the higher of its two paragraphs' best scores against the other article (nearly the best match of both),
    /// each of the two paragraphs links to one of the partners at `closurePairAnchor` or better, and the two
    /// partners are at least `closurePairShare` of either paragraph's links. Swept 0.6–0.75, 0–0.3 and 0–0.5 on the
    /// 20 gold stories and the seeds (docs/alignment.md, links36). 0 turns it off.
    public var closurePairRelative: Double = 0.65
    public var closurePairAnchor: Double = 0.25
    public var closurePairShare: Double = 0.4
    /// A candidate at or above this similarity links when both paragraphs give the same hard detail about the
    /// same thing (`SharedDetails`). Only in stories of at most `detailMaxArticles` articles: extracting the
    /// details is costly where many outlets repeat the same numbers (measured: `align` of 100 generated
    /// articles 0.69 → 0.89 s CPU with them), and a story rarely has more than a couple of dozen outlets.
    public var detailFloor: Double = 0.1
    public var detailMaxArticles: Int = 25
    /// In `diff` rows, an unlinked paragraph next to a linked row joins it when one of its sentences
    /// matches one on the row's other side at this similarity (links are not changed).
    public var adoption: Double = 0.12
    /// Sentences pair up inside linked paragraphs at or above this similarity.
    public var sentencePairing: Double = 0.2
    /// Leftover sentences between the same two sentence pairs on both sides pair at this lower similarity.
    public var gapPairing: Double = 0.1
    /// Content words two paired sentences must keep through their word diff (fewer when a side has fewer;
    /// `SentencePairer.enoughKept`). Swept 1–3 on `Tests/Gold/sentence-pairs.json` (README "Alignment"): at 2
    /// sentence-pair precision 0.74 → 0.91 for recall 0.87 → 0.79; at 3 recall falls to 0.69. 0: pairs by
    /// similarity alone, as before (the details ledger's comparable sentences, `ComparableSentences`).
    public var sentenceSharedWords: Int = 2
    /// N-way groups merge while more than this share of their cross-article paragraph pairs is linked, and a
    /// paragraph joins the group where its links outnumber this share of its pairs the most
    /// (`GroupClusterer`); a share near one half is what keeps chains of links from snowballing. Under one
    /// half because links are found at a recall of 0.6–0.9: a fact five outlets carry is rarely linked in
    /// every pair, and at 0.5 its paragraphs stayed in two groups. Swept over the ten gold stories (README
    /// "Alignment"): 0.42 (three linked pairs of seven merge, two of five do not) gains on eight, loses 0.01–0.03 on two.
    public var groupLinkage: Double = 0.42
    /// Candidate partners kept per paragraph from the inverted index of rare terms.
    public var candidatesPerParagraph: Int = 40
    /// Terms in more than this share of a story's paragraphs do not generate candidates (they still count
    /// in the similarity of the candidates found).
    public var candidateMaxDocumentShare: Double = 0.15
    /// ... but never under this many paragraphs per article: in a story of a few outlets that all lead with
    /// the same fact, that fact's words are in a quarter of the paragraphs or more, and a share alone kept
    /// them from ever making a candidate (measured on real copy: 126 of 204 missed gold pairs). From about 50
    /// articles on, the share is the larger.
    public var candidateMinPerArticle: Int = 3

    /// Exponent on inverse document frequency: above 1 sharpens the contrast between rare and common words.
    public var idfPower: Double = 1

    /// Weight of a hyphenated compound's parts and of its hyphenless spelling, relative to the compound itself
    /// ("7.1-magnitude" also counts as "7.1" and "magnitude"; "hat-trick" as "hattrick"), so that the same
    /// fact written with and without the hyphen shares words. Swept 0–1 on the gold stories and three real
    /// five-outlet stories (README "Alignment"): at half weight the seeds and real copy gain most, and no story
    /// loses more than 0.01; at full weight the seeds' precision fell to 0.85. 0 turns it off.
    public var compoundPartWeight: Double = 0.5

    /// A paragraph split in two by one outlet (`SplitParagraphs`): the neighbour of a partner linked at
    /// `splitAnchor` or better also links when, merged with the partner, it lifts the match by `splitGain`
    /// (0.08: by 8 %), scores `splitFloor` on its own, and at least `splitRelative` of its own best match.
    /// Swept on the eleven gold stories and three real five-outlet stories (README "Alignment"); 0 turns it off.
    public var splitGain: Double = 0.08
    public var splitAnchor: Double = 0.3
    public var splitFloor: Double = 0.1
    public var splitRelative: Double = 0.7

    /// Weight of pairs of consecutive content words relative to single words (0 turns them off).
    public var bigramWeight: Double = 0

    public init() {}

    public static let `default` = AlignmentParameters()
}
