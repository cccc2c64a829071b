import Foundation
import Testing
@testable import ParallaxCore

/// Link precision/recall of the aligner against hand-made gold. Set `PARALLAX_ALIGN_DEBUG=1` to print the
/// seeds' misses and false links with their scores (`PARALLAX_ALIGN_DEBUG=<story>` for a demo story's), `PARALLAX_ALIGN_SWEEP=1` to print a threshold sweep.
@Suite struct AlignmentEvaluationTests {
    static let env = ProcessInfo.processInfo.environment

    /// Floors for stories annotated before any run (README "Alignment", blind rows; the attribution-phrase rule
    /// was found on this story, so its figures after that rule are no longer blind): the figures the code
    /// reaches today, so a change that loses them fails; the demo-story floors do not apply.
    static let blindFloors: [String: (story: Double, pair: Double, groups: Double)] = [
        // after one neighbour stopped holding two taken paragraphs (links33): pair 0.626 → 0.631
        // after a quotation without its speaker stopped linking by a middling score (links34): 0.630 → 0.635, 0.631 → 0.636, 0.628 → 0.639
        // after two common partners vouched for a nearly-best pair (links36): story 0.635 → 0.646
        "louvre-jewel-heist": (story: 0.64, pair: 0.63, groups: 0.63),
        // second blind story, first run: 0.713 story, 0.680 pair, 0.533 groups; after the cleaning fixes 0.706
        // and 0.516 (one more link to the newsletter's box of figures, which the gold leaves out)
        // after two common partners vouched for a nearly-best pair (links36): story 0.752 → 0.769
        "psg-inter-final": (story: 0.76, pair: 0.67, groups: 0.56),
        // third blind story, first run: 0.725 story, 0.731 pair, 0.644 groups; after the cleaning fixes (the
        // wire's notes to editors, the e-mail's note and signature removed) 0.733 story, 0.725 pair
        // after one neighbour stopped holding two taken paragraphs (links33): 0.752 → 0.760, 0.750 → 0.757, 0.703
        // after a quotation without its speaker stopped linking by a middling score (links34): 0.760 → 0.776, 0.757 → 0.780, 0.703 → 0.739
        // after two common partners vouched for a nearly-best pair (links36): story 0.776 → 0.788
        "nobel-physics-2025": (story: 0.78, pair: 0.78, groups: 0.73),
        // fourth blind story, first run: 0.598 story, 0.582 pair, 0.617 groups (the PDF release's first
        // paragraph lost, its page footer and running header inside a paragraph, words broken at line ends);
        // after the cleaning fixes 0.698, 0.710, 0.735 (no alignment rule changed); groups 0.735 → 0.706 when
        // the group merge share went 0.5 → 0.42 (a trade-off: eight of the ten gold stories gain, up to +0.06);
        // pair 0.710 → 0.697 when words in up to three paragraphs per article began to make candidates (real copy
        // of three stories: links F1 0.42 → 0.48; here two more links between different remarks of the judge)
        // after one neighbour stopped holding two taken paragraphs (links33): pair 0.714 → 0.721
        "kestrel-fraud-sentencing": (story: 0.69, pair: 0.72, groups: 0.70),
        // fifth blind story, first run: 0.746 story, 0.745 pair, 0.656 groups; after the toll rule (counts of one
        // fate share a detail, found on this story) 0.829, 0.824, 0.731
        // after a quotation without its speaker stopped linking by a middling score (links34): 0.853 → 0.865, 0.850 → 0.861, 0.800 (groups unchanged)
        // after two common partners vouched for a nearly-best pair (links36): story 0.865 → 0.872
        "val-serrana-flood": (story: 0.87, pair: 0.86, groups: 0.79),
        // sixth blind story (an obituary), first run: 0.742 story, 0.758 pair, 0.710 groups; after the death-age
        // and year-apart rules (found on this story) 0.765, 0.773, 0.755; after the birth and death-day rule 0.780,
        // 0.780, 0.755; after the age-at-an-event rule 0.788, 0.788, 0.764; after a death "yesterday" 0.790, 0.798, 0.764
        "eileen-carrow-obituary": (story: 0.79, pair: 0.79, groups: 0.80),
        // seventh blind story (a resignation), first run: 0.540 story, 0.551 pair, 0.461 groups (a print edition's
        // drop cap and jump, a column's pull quote, kept bylines; the recording's words quoted in every outlet and
        // nested in the opposition's quote); after words quoted inside a quotation stopped counting as the
        // speaker's own (found on this story) 0.566, 0.571, 0.527; groups 0.573 with the merge share at 0.42; after
        // times in words ("half past ten in the morning" = 10:30 a.m.) 0.571, 0.577
        // after one neighbour stopped holding two taken paragraphs (links33): 0.603 → 0.621, 0.618 → 0.635, 0.589 → 0.612
        // after a quotation without its speaker stopped linking by a middling score (links34): 0.621 → 0.641, 0.635 → 0.653, 0.612 → 0.620
        "ashby-resignation": (story: 0.64, pair: 0.65, groups: 0.62),
        // eighth blind story (a state visit), first run: 0.744 story, 0.756 pair, 0.676 groups (live-blog entry
        // headlines and a transcript's questions kept as paragraphs, merged lead paragraphs, the applause told apart
        // from the quote it follows; blind8 findings); after "per second" stopped being an ordinal (a Details rule
        // found on this story) 0.748 story, 0.761 pair
        // after one neighbour stopped holding two taken paragraphs (links33): 0.759 → 0.776, 0.766 → 0.779, 0.701 → 0.714
        // after a quotation without its speaker stopped linking by a middling score (links34): 0.776 → 0.786, 0.779 → 0.795, 0.714
        // after two common partners vouched for a nearly-best pair (links36): story 0.786 → 0.790, groups 0.714 → 0.725;
        // after a gap before a first told two ways ("since 1995", links36): story 0.790 → 0.794, pair 0.795 → 0.799
        "calvora-state-visit": (story: 0.79, pair: 0.79, groups: 0.72),
        // ninth blind story (an election count), first run: 0.681 story, 0.692 pair, 0.683 groups (ledes telling the
        // win in other words, turnout as a figure against "just over a third", a newsletter paragraph merging six
        // facts, kept chrome "Back Monday." linking on the weekday; blind9 findings)
        // after one neighbour stopped holding two taken paragraphs (links33): story 0.702 → 0.713
        // after a quotation without its speaker stopped linking by a middling score (links34): 0.713 → 0.724, 0.698 → 0.714, 0.706
        "grenmouth-mayor-election": (story: 0.72, pair: 0.71, groups: 0.70),
        // tenth blind story (a data breach), first run: 0.673 story, 0.667 pair, 0.590 groups (the notice e-mail's
        // first-person account against the press's third-person one, a regional paper's paragraph merging four
        // facts, the apology with and without quotation marks, paragraphs sharing the names of the regulators or
        // the group and little else; blind10 findings); after two different details agreeing at once link (found on
        // this story) 0.685, 0.679, 0.602; after real10's cleaning took the e-mail's furniture out of the text
        // (activation code, sign-off, registration footer, none of them in the gold) 0.667, 0.691, 0.505: the
        // paragraphs that left all name the company, so its weight rose (removing only the code and the footer
        // gives the same groups, removing all but the footer none: real10 findings)
        // after counts of one thing from five up and dates a week from the news day (links32): 0.703, 0.726, 0.549
        // after two common partners vouched for a nearly-best pair (links36): story 0.709 → 0.732, groups 0.549 → 0.617
        // with real37's spans of one length ("12 months" / "a year") too: story 0.743, pair 0.737, groups 0.636
        "medlark-data-breach": (story: 0.74, pair: 0.73, groups: 0.63),
        // thirteenth blind story (a drug trial published in a journal), first run: 0.574 story, 0.565 pair, 0.581
        // groups (a health site's list of sources kept as paragraphs, six false links; a tabloid's one-sentence
        // paragraphs, relative against absolute risks, the lead author's "first time" told as the release's lede;
        // blind13 findings); after the list of sources and the sign-up field went (found on this story) 0.612,
        // 0.623, 0.607; after large counts of one thing told two ways link (the study's size) 0.634, 0.656, 0.619;
        // after the tabloid got one more closing sentence (the library wants 300 words; the first run's code on that
        // text: 0.569, 0.561, 0.576) 0.634, 0.645, 0.619
        // after a quotation without its speaker stopped linking by a middling score (links34): 0.634 → 0.639, 0.645 → 0.650, 0.619
        // after two common partners vouched for a nearly-best pair (links36): story 0.639 → 0.650
        "velpasiran-lpa-trial": (story: 0.65, pair: 0.65, groups: 0.61),
        // fifteenth blind story (a dock strike's pay deal), first run on main at 82dfae0 (stop 30): story P 0.86 R 0.60
        // F1 0.704, pair 0.685, groups 0.625; after counts of one thing from five up ("more than 30 ships" / "41 ships")
        // and dates a week from the news day ("began on 6 November") (links32): 0.731, 0.703, 0.625
        // after a quotation without its speaker stopped linking by a middling score (links34): 0.731 → 0.736, 0.707 → 0.712, 0.625
        // after two common partners vouched for a nearly-best pair (links36): story 0.736 → 0.745
        "harbour-strike-deal": (story: 0.74, pair: 0.71, groups: 0.62),
        // sixteenth blind story (an awards night), first run on main at 82dfae0: story P 0.60 R 0.73 F1 0.656, pair 0.652,
        // groups 0.636 (no rule changed for it yet)
        // after one neighbour stopped holding two taken paragraphs (links33): 0.656 → 0.667, 0.652 → 0.662
        // after a quotation without its speaker stopped linking by a middling score (links34): 0.667 → 0.672, 0.662 → 0.667, 0.636
        "lantern-awards-night": (story: 0.67, pair: 0.66, groups: 0.63),
        // seventeenth blind story (an e-bike battery recall), first run on main at 9a58497: story P 0.91 R 0.65 F1 0.756,
        // pair P 0.85 R 0.69 F1 0.759, groups P 0.91 R 0.67 F1 0.771 (the local paper's lede merging the family and the
        // recall, counts told as "fires" / "blazes" / "more than twenty fires"); pair P 0.87 F1 0.767 once the tabloid's
        // unstopped caption above its credit line goes (cleaning, not blind)
        // after counts of one thing from five up ("linked 23 fires" / "after 23 fires", links32): 0.800, 0.809, 0.780
        // after two common partners vouched for a nearly-best pair (links36): story 0.800 → 0.814
        "halvorsen-battery-recall": (story: 0.81, pair: 0.80, groups: 0.78),
        // eighteenth blind story (a lynx escape from a wildlife park), first run on branch blind18 from main at 47c72d4:
        // story P 0.78 R 0.51 F1 0.614, pair P 0.79 R 0.55 F1 0.646, groups P 0.82 R 0.52 F1 0.635 (a live page's
        // "Posted at" stamps, day lines, entry titles and contact prompt kept as paragraphs; a tabloid lede and
        // a capture told with other words; docs/alignment.md); after the live page's "Posted at" stamps, day dividers,
        // reading-time line, "Story continues" and reader prompts go (cleaning, not blind): story 0.625, pair 0.646,
        // groups 0.661
        // after one neighbour stopped holding two taken paragraphs (links33): pair 0.646 → 0.651
        // after two common partners vouched for a nearly-best pair (links36): story 0.625 → 0.636
        "kelderwick-lynx-escape": (story: 0.63, pair: 0.65, groups: 0.66),
        // nineteenth blind story (a museum's return of carved masks to a First Nation), first run on branch blind19 from
        // main at 7a729b5: story P 0.70 R 0.57 F1 0.626, pair P 0.71 R 0.56 F1 0.625, groups P 0.88 R 0.46 F1 0.602 (a
        // broadsheet's standfirst and run-together byline kept as paragraphs, a tabloid lede and history told in other
        // words with its figures wrong, paragraphs sharing names and not facts; docs/alignment.md); after the standfirst
        // over a run-on byline, the teaser under "Read more", the text-to-speech note and the comment prompt go (cleaning,
        // not blind): story P 0.74 R 0.56 F1 0.634, pair 0.638, groups 0.605; after the counted noun past two modifiers
        // (a details rule whose counts alignment shares: "14 priceless carved masks"): story 0.643, pair 0.648; after one neighbour stopped holding two taken paragraphs (links33, merged after):
        // story P 0.75 R 0.57 F1 0.648, pair P 0.77 R 0.57 F1 0.652; after the video box's title line goes (left33):
        // groups P 0.93 R 0.51 F1 0.656
        // after a quotation without its speaker stopped linking by a middling score (links34): 0.648 → 0.652, 0.652, 0.656
        "norbridge-masks-return": (story: 0.65, pair: 0.65, groups: 0.65),
        // twentieth blind story (a football club unveiling its head coach), first run on branch blind20 from main at
        // 83a2e50: story P 0.74 R 0.62 F1 0.674, pair P 0.73 R 0.56 F1 0.630, groups P 0.74 R 0.50 F1 0.598 (a club site's
        // ticket promotion and a fan post's subtitle kept as paragraphs, a translated paper's lede and figures told with
        // other words; docs/alignment.md). The Swedish paper's page had 270 words (DemoLibraryTests wants over 300): one
        // sentence of its own added to a single-outlet paragraph; the first-run code on it: story 0.674, pair P 0.72 R 0.54
        // F1 0.615, groups P 0.82 R 0.54 F1 0.651. After a promotion closed by its button, a channel's promotion, hashtags,
        // reaction counters and a box's label and writer line go (cleaning, not blind): story P 0.78 R 0.62 F1 0.688,
        // pair P 0.74 R 0.54 F1 0.622, groups P 0.90 R 0.54 F1 0.675
        // merged on main after links34 (a quotation without its speaker): story P 0.80 R 0.62 F1 0.696, pair P 0.78 R 0.54
        // F1 0.636, groups 0.675
        "kellingford-coach-unveiled": (story: 0.69, pair: 0.63, groups: 0.67),
        // twenty-first blind story (an airliner's engine shutdown, diversion and evacuation), first run on branch blind21
        // from main at a6b36f2: story P 0.76 R 0.55 F1 0.642, pair P 0.73 R 0.62 F1 0.667, groups P 0.79 R 0.49 F1 0.605
        // (a community site's lede and landing time told in its own words with wrong figures, the ledes' landing and
        // evacuation told differently, two continued quotes' second paragraphs linked where the gold links nothing;
        // docs/alignment.md). After its cleaning, header, speaker, people and details fixes (not blind; the fragment "The
        // airline said … "followed their training to the letter"" now the airline's, and linked to the airline's remark):
        // story P 0.77 R 0.57 F1 0.659, pair P 0.73 R 0.64 F1 0.682, groups unchanged
        "corrandale-emergency-landing": (story: 0.65, pair: 0.68, groups: 0.60),
    ]

    /// Stories whose gold names a paragraph the cleaner does not start. Once fixed, the known issue is no longer
    /// recorded and `demoStoryLinks` fails: remove the story here. (ashby-resignation's print drop cap is fixed.)
    static let knownUnmapped: Set<String> = []

    func seedsStory() throws -> Story? {
        guard let path = AlignmentGold.seedsPath else {
            print("skipping: no seeds at ../shared/seeds")
            return nil
        }
        return try LibraryLoader.loadStory(path: path)
    }

    func evaluate(_ story: Story, _ parameters: AlignmentParameters) throws -> AlignmentGold.Score {
        let aligner = StoryAligner(articles: story.articles, parameters: parameters)
        let gold = try AlignmentGold.load(story.path.hasSuffix("shared/seeds") ? "seeds" : story.id, articles: story.articles)
        let predicted = AlignmentGold.predictedPairs(aligner)
        return AlignmentGold.score(predicted: Set(predicted.keys), gold: gold.pairs, unmapped: gold.unmapped.count)
    }

    @Test func seedLinksReachPrecisionAndRecall() throws {
        guard let story = try seedsStory() else { return }
        let s = try evaluate(story, .default)
        print("seeds align: P \(s.precision) R \(s.recall) F1 \(s.f1) (predicted \(s.predicted), gold \(s.gold), correct \(s.correct), unmapped \(s.unmapped))")
        if Self.env["PARALLAX_ALIGN_DEBUG"] != nil { try debug(story, gold: "seeds") }
        // Precision meets the target; the recall floor catches regressions of what the model reaches today
        // (README "Alignment": shared quotations, shared details and story closure took it from 0.51 to 0.61;
        // the same act told with a different thing, 0.605 → 0.612; hyphenated compounds by their parts, → 0.653).
        // A gap before a first told as years or as the year it began (links36's `FirstSince`): 0.653 → 0.680.
        #expect(s.precision >= 0.9)
        #expect(s.recall >= 0.67)
        // The target: lexical evidence does not get there on the paraphrased seed paragraphs.
        withKnownIssue("recall on paraphrased seed paragraphs is below the 0.9 target") {
            #expect(s.recall >= 0.9)
        }
    }

    /// Pairs implied by `align` groups (every cross-article pair inside one group) against the same gold.
    @Test func groupFigures() throws {
        for (name, story) in try goldStories() {
            let gold = try AlignmentGold.load(name, articles: story.articles)
            var predicted = Set<AlignmentGold.Pair>()
            var params = AlignmentParameters()
            if let v = Self.env["PARALLAX_GROUP_LINKAGE"].flatMap(Double.init) { params.groupLinkage = v }
            for g in StoryAligner(articles: story.articles, parameters: params).groups() {
                let nodes = g.members.flatMap { m in m.paragraphs.map { (m.article, $0) } }
                for x in nodes { for y in nodes where x.0 < y.0 { predicted.insert(.init(x.0, x.1, y.0, y.1)) } }
            }
            let s = AlignmentGold.score(predicted: predicted, gold: gold.pairs, unmapped: gold.unmapped.count)
            print("\(name) groups: P \(s.precision) R \(s.recall) F1 \(s.f1)")
            // Floors just under today's figures (README "Alignment"): seeds 0.667 (links36), demo stories 0.71–0.91.
            #expect(s.f1 >= Self.blindFloors[name]?.groups ?? (name == "seeds" ? 0.66 : 0.70), "\(name)")
        }
    }

    /// What `diff A B` sees: each pair aligned on its own (weights from the two articles only).
    @Test func pairwiseContextFigures() throws {
        for (name, story) in try goldStories() {
            let gold = try AlignmentGold.load(name, articles: story.articles)
            var predicted = Set<AlignmentGold.Pair>()
            let arts = story.articles
            for l in arts.indices {
                for r in arts.indices where r > l {
                    for link in StoryAligner(articles: [arts[l], arts[r]]).links(0, 1) {
                        predicted.insert(.init(arts[l].id, link.left, arts[r].id, link.right))
                    }
                }
            }
            let s = AlignmentGold.score(predicted: predicted, gold: gold.pairs, unmapped: gold.unmapped.count)
            print("\(name) pairwise: P \(s.precision) R \(s.recall) F1 \(s.f1)")
            // seeds 0.721 → 0.742 after a gap before a first told two ways (links36)
            #expect(s.f1 >= Self.blindFloors[name]?.pair ?? (name == "seeds" ? 0.74 : 0.7), "\(name)")
        }
    }

    @Test func demoStoryLinks() throws {
        for (name, story) in try goldStories() where name != "seeds" {
            let s = try evaluate(story, .default)
            print("\(name) align: P \(s.precision) R \(s.recall) F1 \(s.f1) (predicted \(s.predicted), gold \(s.gold), correct \(s.correct), unmapped \(s.unmapped))")
            if Self.env["PARALLAX_ALIGN_DEBUG"] == name { try debug(story, gold: name) }
            #expect(s.f1 >= Self.blindFloors[name]?.story ?? 0.75, "\(name)")
            if Self.knownUnmapped.contains(name) {
                withKnownIssue("a gold paragraph the cleaner does not start (blind7 findings)") { #expect(s.unmapped == 0, "\(name)") }
            } else {
                #expect(s.unmapped == 0, "\(name)")
            }
        }
    }

    @Test func thresholdSweep() throws {
        guard Self.env["PARALLAX_ALIGN_SWEEP"] != nil, let story = try seedsStory() else { return }
        for strong in [0.35, 0.4, 0.45, 0.5, 0.55] {
            for weak in [0.15, 0.2, 0.25, 0.3] where weak < strong {
                for relative in [0.4, 0.55, 0.7] {
                    var p = AlignmentParameters()
                    p.strong = strong; p.weak = weak; p.relative = relative
                    let s = try evaluate(story, p)
                    print(String(format: "sweep strong %.2f weak %.2f rel %.2f  P %.3f R %.3f F1 %.3f", strong, weak, relative, s.precision, s.recall, s.f1))
                }
            }
        }
    }

    func debug(_ story: Story, gold name: String) throws {
        let aligner = StoryAligner(articles: story.articles)
        let gold = try AlignmentGold.load(name, articles: story.articles)
        let predicted = AlignmentGold.predictedPairs(aligner)
        let linker = aligner.linker
        func idx(_ id: String) -> Int { story.articles.firstIndex { $0.id == id }! }
        func line(_ id: String, _ p: Int) -> String {
            "\(id.prefix(8)):\(story.articles[idx(id)].paragraphs[p].sourceLines.lowerBound)"
        }
        for u in gold.unmapped { print("UNMAPPED \(u)") }
        for g in gold.pairs.sorted(by: { ($0.a, $0.p, $0.b, $0.q) < ($1.a, $1.p, $1.b, $1.q) }) where predicted[g] == nil {
            print(String(format: "MISS %@ ~ %@  score %.3f", line(g.a, g.p), line(g.b, g.q), linker.score(idx(g.a), g.p, idx(g.b), g.q)))
        }
        for (k, v) in predicted.sorted(by: { ($0.key.a, $0.key.p, $0.key.b, $0.key.q) < ($1.key.a, $1.key.p, $1.key.b, $1.key.q) }) where !gold.pairs.contains(k) {
            print(String(format: "FALSE %@ ~ %@  score %.3f", line(k.a, k.p), line(k.b, k.q), v))
        }
    }
}

extension AlignmentEvaluationTests {
    /// The seeds and every demo story that has gold, as (gold folder name, story).
    func goldStories() throws -> [(String, Story)] {
        var out: [(String, Story)] = []
        if let s = try seedsStory() { out.append(("seeds", s)) }
        let articles = AlignmentGold.repoRoot.appendingPathComponent("articles")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: articles.path).sorted()) ?? [] {
            guard FileManager.default.fileExists(atPath: AlignmentGold.goldURL(name).path) else { continue }
            out.append((name, try LibraryLoader.loadStory(path: articles.appendingPathComponent(name).path)))
        }
        return out
    }

    /// Writes every cross-article paragraph pair with its similarity features and gold label (CSV at
    /// `PARALLAX_ALIGN_DUMP`), for calibrating the model offline.
    @Test func dumpPairFeatures() throws {
        guard let out = Self.env["PARALLAX_ALIGN_DUMP"] else { return }
        var csv = "story,a,p,b,q,la,lb,na,nb,cosStem,cosTri,sentStem,sentTri,sent,shared,massA,massB,rare,gold\n"
        var params = AlignmentParameters()
        for kv in (Self.env["PARALLAX_ALIGN_PARAMS"] ?? "").split(separator: ",") {
            let parts = kv.split(separator: "=")
            guard parts.count == 2, let v = Double(parts[1]) else { continue }
            switch parts[0] {
            case "nameBoost": params.nameBoost = v
            case "quoteBoost": params.quoteBoost = v
            case "numberBoost": params.numberBoost = v
            case "stemWeight": params.stemWeight = v
            case "idfPower": params.idfPower = v
            case "bigramWeight": params.bigramWeight = v
            default: break
            }
        }
        for (name, story) in try goldStories() {
            let aligner = StoryAligner(articles: story.articles, parameters: params)
            let gold = try AlignmentGold.load(name, articles: story.articles)
            let f = aligner.features.paragraphs
            let df = aligner.features.documentFrequency
            let arts = story.articles
            let w = Float(aligner.parameters.stemWeight)
            for l in arts.indices {
                for r in arts.indices where r > l {
                    for (i, x) in f[l].enumerated() {
                        for (j, y) in f[r].enumerated() {
                            var ss: Float = 0, st: Float = 0, sb: Float = 0
                            for s in x.sentences { for t in y.sentences {
                                ss = max(ss, s.stems.dot(t.stems)); st = max(st, s.trigrams.dot(t.trigrams))
                                sb = max(sb, s.similarity(t, stemWeight: w))
                            } }
                            let rare = Set(x.terms).intersection(y.terms).filter { df[Int($0)] <= 3 }.count
                            let g = gold.pairs.contains(.init(arts[l].id, i, arts[r].id, j)) ? 1 : 0
                            csv += "\(name),\(l),\(i),\(r),\(j),\(arts[l].paragraphs[i].sourceLines.lowerBound),\(arts[r].paragraphs[j].sourceLines.lowerBound),\(f[l].count),\(f[r].count),\(x.whole.stems.dot(y.whole.stems)),\(x.whole.trigrams.dot(y.whole.trigrams)),\(ss),\(st),\(sb),\(x.whole.stems.sharedMass(y.whole.stems)),\(x.whole.stems.mass),\(y.whole.stems.mass),\(rare),\(g)\n"
                        }
                    }
                }
            }
        }
        try csv.write(toFile: out, atomically: true, encoding: .utf8)
    }
}
