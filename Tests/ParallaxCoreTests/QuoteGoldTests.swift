import Foundation
import Testing
@testable import ParallaxCore

/// Scores the quote ledger against the hand-made gold (`Tests/Gold/<story>/quotes.json`): recall,
/// precision, speaker accuracy and exact grouping. Nested quotes are scored apart (the demo gold does not
/// list them; the seeds gold marks them `"nested": true`).
struct QuoteScore: CustomStringConvertible {
    var gold = 0, predicted = 0, matched = 0, speakerRight = 0, partialRight = 0
    var goldGroups = 0, groupsExact = 0
    var misses: [String] = []
    var extras: [String] = []
    var wrongSpeakers: [String] = []
    var wrongGroups: [String] = []

    var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
    var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
    var speakerAccuracy: Double { matched == 0 ? 1 : Double(speakerRight) / Double(matched) }
    var partialAccuracy: Double { matched == 0 ? 1 : Double(partialRight) / Double(matched) }
    var groupsRight: Bool { groupsExact == goldGroups }

    static func + (a: QuoteScore, b: QuoteScore) -> QuoteScore {
        var s = a
        s.gold += b.gold; s.predicted += b.predicted; s.matched += b.matched; s.speakerRight += b.speakerRight
        s.partialRight += b.partialRight; s.goldGroups += b.goldGroups; s.groupsExact += b.groupsExact
        s.misses += b.misses; s.extras += b.extras; s.wrongSpeakers += b.wrongSpeakers; s.wrongGroups += b.wrongGroups
        return s
    }

    var description: String {
        String(format: "gold %d, found %d, matched %d: recall %.2f precision %.2f speaker %.2f partial %.2f groups %d/%d exact",
               gold, predicted, matched, recall, precision, speakerAccuracy, partialAccuracy, groupsExact, goldGroups)
            + (misses.isEmpty ? "" : "\n  missed: \(misses)") + (extras.isEmpty ? "" : "\n  extra: \(extras)")
            + (wrongSpeakers.isEmpty ? "" : "\n  speaker: \(wrongSpeakers)") + (wrongGroups.isEmpty ? "" : "\n  groups: \(wrongGroups)")
    }
}

enum QuoteGold {
    struct Entry: Decodable {
        var article: String; var line: Int; var ordinal: Int; var speaker: String?; var partial: Bool
        var group: String; var text: String?; var nested: Bool?
    }
    struct File: Decodable { var quotes: [Entry] }

    static let repo = RepositoryPaths.root
    static var seedsPath: String? {
        let p = repo.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    static func load(_ story: String) throws -> [Entry] {
        let url = repo.appendingPathComponent("Tests/Gold/\(story)/quotes.json")
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).quotes
    }

    static func sameSpeaker(_ a: String?, _ b: String?) -> Bool {
        func norm(_ s: String?) -> String? {
            s.map { $0.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        }
        return norm(a) == norm(b)
    }

    /// Scores one story. `nested` picks which quotes are scored: the top-level ones or the nested ones.
    static func score(story: Story, gold allGold: [Entry], nested: Bool = false) -> QuoteScore {
        let ledger = QuoteLedger.build(story: story)
        let gold = allGold.filter { ($0.nested ?? false) == nested }
        var s = QuoteScore()
        s.gold = gold.count
        // predicted instances, keyed by (article id, paragraph index), in reading order
        var groupOf: [String: Int] = [:]  // "article|paragraph|start" -> group id
        var predicted: [String: [QuoteInstance]] = [:]
        for g in ledger.quotes {
            for i in g.instances where i.nested == nested {
                predicted["\(i.article)|\(i.paragraph)", default: []].append(i)
                groupOf["\(i.article)|\(i.paragraph)|\(i.start)"] = g.id
            }
        }
        s.predicted = predicted.values.reduce(0) { $0 + $1.count }
        var pairs: [(Entry, QuoteInstance)] = []
        var usedKeys = Set<String>()
        let byParagraph = Dictionary(grouping: gold) { "\($0.article)|\($0.line)" }
        for (_, entries) in byParagraph {
            let e0 = entries[0]
            let stem = (e0.article as NSString).deletingPathExtension
            guard let article = story.article(id: stem),
                let p = article.paragraphs.first(where: { $0.sourceLines.contains(e0.line) })
            else {
                s.misses += entries.map { "\($0.article):\($0.line)#\($0.ordinal) (no paragraph)" }
                continue
            }
            let key = "\(stem)|\(p.index)"
            usedKeys.insert(key)
            let found = (predicted[key] ?? []).sorted { $0.start < $1.start }
            let wanted = entries.sorted { $0.ordinal < $1.ordinal }
            var matchedHere = Set<Int>()
            for (n, e) in wanted.enumerated() {
                var pick: Int?
                if let t = e.text {
                    let gw = Set(QuoteGrouper.comparisonWords(t))
                    pick = found.indices.filter { !matchedHere.contains($0) }.max { a, b in
                        overlap(gw, found[a].text) < overlap(gw, found[b].text)
                    }
                    if let k = pick, overlap(gw, found[k].text) < 0.5 { pick = nil }
                } else if n < found.count, !matchedHere.contains(n) {
                    pick = n
                }
                guard let k = pick else {
                    s.misses.append("\(e.article):\(e.line)#\(e.ordinal)")
                    continue
                }
                matchedHere.insert(k)
                pairs.append((e, found[k]))
            }
            for k in found.indices where !matchedHere.contains(k) { s.extras.append("\(stem):\(p.sourceLines.lowerBound) “\(found[k].text.prefix(30))”") }
        }
        for (key, list) in predicted where !usedKeys.contains(key) {
            for i in list {
                let line = story.article(id: i.article)?.paragraphs.first { $0.index == i.paragraph }?.sourceLines.lowerBound ?? -1
                s.extras.append("\(i.article):\(line) “\(i.text.prefix(30))”")
            }
            _ = key
        }
        s.matched = pairs.count
        for (e, i) in pairs {
            if sameSpeaker(e.speaker, i.speaker) { s.speakerRight += 1 } else {
                s.wrongSpeakers.append("\(e.article):\(e.line)#\(e.ordinal) want \(e.speaker ?? "nil") got \(i.speaker ?? "nil")")
            }
            if e.partial == i.partial { s.partialRight += 1 }
        }
        // Grouping: each gold group must map to exactly one predicted group holding exactly its members.
        let goldGroups = Dictionary(grouping: pairs) { $0.0.group }
        s.goldGroups = goldGroups.count
        for (name, members) in goldGroups {
            let ids = Set(members.map { groupOf["\($0.1.article)|\($0.1.paragraph)|\($0.1.start)"]! })
            let otherPairsInSame = pairs.filter { ids.contains(groupOf["\($0.1.article)|\($0.1.paragraph)|\($0.1.start)"]!) && $0.0.group != name }
            if ids.count == 1 && otherPairsInSame.isEmpty { s.groupsExact += 1 } else {
                s.wrongGroups.append("\(name): split into \(ids.count), mixed with \(Set(otherPairsInSame.map { $0.0.group }))")
            }
        }
        return s
    }

    private static func overlap(_ gold: Set<String>, _ text: String) -> Double {
        let w = Set(QuoteGrouper.comparisonWords(text))
        guard !gold.isEmpty else { return 0 }
        return Double(gold.intersection(w).count) / Double(max(gold.count, w.count))
    }
}

@Suite struct QuoteGoldTests {
    static let demoStories = ["boe-rate-cut", "new-glenn-launch", "papal-election"]

    @Test func seedsMeetTheBar() throws {
        guard let seeds = QuoteGold.seedsPath else {
            print("skipped: ../shared/seeds not present")
            return
        }
        let story = try LibraryLoader.loadStory(path: seeds)
        let gold = try QuoteGold.load("seeds")
        let s = QuoteGold.score(story: story, gold: gold)
        print("QUOTES seeds: \(s)")
        let n = QuoteGold.score(story: story, gold: gold, nested: true)
        print("QUOTES seeds nested: \(n)")
        #expect(s.recall >= 0.9, "\(s)")
        #expect(s.precision >= 0.9, "\(s)")
        #expect(s.speakerAccuracy >= 0.9, "\(s)")
        #expect(s.groupsRight, "\(s)")
        // The remark inside Delury's quote is Lee's: Delury's sentence before it reports on Lee ("that Lee's …").
        #expect(n.speakerAccuracy >= 1.0, "\(n)")
    }

    @Test(arguments: demoStories) func demoStoryMeetsTheBar(_ id: String) throws {
        let path = QuoteGold.repo.appendingPathComponent("articles/\(id)").path
        let story = try LibraryLoader.loadStory(path: path)
        let s = QuoteGold.score(story: story, gold: try QuoteGold.load(id))
        print("QUOTES \(id): \(s)")
        #expect(s.recall >= 0.9, "\(s)")
        #expect(s.precision >= 0.9, "\(s)")
        #expect(s.speakerAccuracy >= 0.9, "\(s)")
        #expect(s.groupsRight, "\(s)")
    }

    /// The blind stories (written and annotated before any run, README "Quotes and details"): floors at the
    /// figures reached today, below the demo bar where the first run was below it.
    static let blindFloors: [String: (recall: Double, precision: Double, speaker: Double, partial: Double, groups: Bool)] = [
        // louvre first run: precision 0.95 (a quote in a live-blog entry headline), speaker 0.83
        "louvre-jewel-heist": (recall: 1.0, precision: 1.0, speaker: 1.0, partial: 1.0, groups: true),
        // psg first run: speaker 0.79 (a town and a station taken for the speaker, "hailed"), partial 0.95
        // (a Markdown block quote)
        "psg-inter-final": (recall: 1.0, precision: 1.0, speaker: 1.0, partial: 1.0, groups: true),
        // nobel first run: speaker 0.77 (a continued quote's "she said" given to the name just before it, "he
        // said" after an apposition with an age, a speaker taken from "of the … Institute of Applied Physics")
        "nobel-physics-2025": (recall: 1.0, precision: 1.0, speaker: 1.0, partial: 1.0, groups: true),
        // kestrel first run: speaker 0.50 ("the judge" named only later, "Her Honour … found that", a quote then
        // "— Judge X", post-nominal "SC", a place in an apposition, "Statement from our convenor X:", accents)
        "kestrel-fraud-sentencing": (recall: 1.0, precision: 1.0, speaker: 1.0, partial: 1.0, groups: true),
        // val-serrana first run: precision 0.93 (two live-blog entry headlines kept as paragraphs), speaker 0.96
        // ("Among the survivors is X … she recounted"), groups 7/12 (translated quotes apart, a continued quote that
        // holds three sentences other outlets quote apart); since (not blind): the entry headlines are labels, not
        // quotes, precision 1.00
        "val-serrana-flood": (recall: 1.0, precision: 1.0, speaker: 0.96, partial: 1.0, groups: false),
        // eileen-carrow first run: precision 0.88 (a work's title in double quotes, US wire style), speaker 0.62
        // ("she told" given to a man named before, "the statement said", "Cllr Hollis", a film title, "One fan"),
        // groups 14/15 (a trimmed statement apart); after the lead's fixes from the findings (not blind):
        // precision 1.00, speaker 0.95 ("one fan" named where the gold names no one), groups 15/15
        // Since quotes10 a remark cut by an attribution sentence (“A,” she said. “B.”) is one quote: 19 quotes, the
        // same one wrong speaker ("one fan"), speaker 18/19 = 0.947
        "eileen-carrow-obituary": (recall: 1.0, precision: 1.0, speaker: 0.94, partial: 1.0, groups: true),
        // ashby-resignation first run: recall 0.98 and precision 0.96 (a drop cap moves the lead's quote to another
        // paragraph, a column's pull quote), speaker 0.82 ("the premier said" given to the last person named, "she said"
        // to a woman named as an object, the subject of a clause after "says that", "the health minister"), partial
        // 0.98, groups 17/21 (the opposition leader's quote holding the recording's words nested joins their group);
        // after the findings' fixes (not blind): precision 0.98 (pull quote dropped), speaker 0.93 (deputy titles,
        // "she said" going on with the subject, a participle qualifying a noun)
        // Since (not blind): the recording's words nested in the opposition leader's quote are compared apart from
        // her own words, and two quotes of one paragraph share no group unless they are one remark in pieces: 21/21;
        // the column's bare repeat of the panel line keeps the speaker the column quoted it from: speaker 0.98
        "ashby-resignation": (recall: 0.97, precision: 0.97, speaker: 0.97, partial: 0.97, groups: true),
        // calvora-state-visit first run: precision 0.97 (a live-blog entry headline's quote), speaker 0.90 (a bare quote
        // paragraph after "the president's opening statement", "Albrecht delivered a line …:" read as "a line", the
        // grandmother's saying given to the granddaughter who reports it), groups 8/13 (the live blog's own
        // translation apart, a second sentence worded differently apart, and the grandmother's saying, nested in three
        // outlets and quoted alone in two, joining Lindqvist's two quotes into one group); since (not blind): the
        // passive-infinitive rule and the bare quote paragraph after "the president's opening statement:", speaker 0.97;
        // the entry headline "“Before them”: Albrecht on …" is a label, not a quote: precision 1.00; the gold holds the
        // transcript's turns since they are quotes (43 quotes, groups 19/22: the turn holding three sentences joins the
        // grandmother's-saying group, not the one it opens with). Since quotes10 a remark cut by an attribution
        // sentence is one quote, so the passport and measuring lines, the fished and grandmother lines, Halse's and
        // Nordahl's two sentences are one group each: 38 quotes, groups 18/18
        "calvora-state-visit": (recall: 1.0, precision: 1.0, speaker: 0.96, partial: 1.0, groups: true),
        // grenmouth-mayor-election first run: speaker 0.55 (the people index names Reddaway by the newsletter's
        // misspelling "Redaway", 3 quotes; "those", "Losing" and the label "Graceful" taken for speakers; "her daughter
        // Mira, 16, who she said had delivered “…”" given to Mira; "she said" two paragraphs after "Priya Lal" given to
        // her, not to the story's subject; a bare quote after a label "The line everyone is quoting:" given no one),
        // groups 10/12 ("a local verdict" and a fragment with an ellipsis apart from the longer quotes; blind9 findings);
        // speaker 0.70 once the people index names Reddaway by the spelling three outlets use; 0.75 (groups 11/12)
        // once a newsletter's "Graceful exit:" label is skipped before the clause's subject; 0.80 once a "she" goes on
        // with the subject of a sentence that opened with "she" (not Priya Lal, named later in it); 0.95, groups 12/12,
        // once "those who" is no subject, a "she" after "who" goes on with the sentence's "she", and a gerund opening
        // the sentence is no name (Greaves's "a local verdict" then joins his longer quote); left: the bare quote after
        // "The line everyone is quoting:" (no one named; its group is Vance's)
        // Since quotes10's cut remarks (“A,” he said. “B.” is one quote): 17 quotes, the same bare quote wrong,
        // speaker 16/17 = 0.941
        "grenmouth-mayor-election": (recall: 1.0, precision: 1.0, speaker: 0.94, partial: 1.0, groups: true),
        // medlark-data-breach first run: speaker 0.45 (5/11): "he said" / "she said" after a paragraph naming the
        // speaker first and an organisation later goes to the organisation ("Medlark" for Janet Morley's two quotes,
        // "Pell Hargreaves" for Ben Osterley's, "Greyhook" for Jonas Ebbesen's two); the ICO's fragment is given to
        // "ICO" where the gold names the Information Commissioner's Office; groups 10/10 (blind10 findings).
        // After quotes9's sentence-opener rule (a name in the opener's appositive, or after the opener's speech
        // verb, is not the next "he"/"she") and initials read as the organisation the story spells out: 1.00.
        "medlark-data-breach": (recall: 1.0, precision: 1.0, speaker: 1.0, partial: 1.0, groups: true),
        // velpasiran-lpa-trial (thirteenth blind story, a drug trial in a journal) first run: recall 1.00, precision
        // 0.93, speaker 1.00, partial 1.00, groups 8/9: the press release's remark cut by an attribution carrying the
        // whole job title ("said Professor …, Chair of Cardiology at … and the trial’s chief investigator.") split in
        // two. After long attributions with an apostrophe inside a word join the remark (found on this story): 1.00,
        // groups 9/9 (blind13 findings).
        "velpasiran-lpa-trial": (recall: 1.0, precision: 1.0, speaker: 1.0, partial: 1.0, groups: true),
        // harbour-strike-deal (fifteenth blind story) first run, main at 82dfae0 (stop 30): recall 1.00, precision 1.00,
        // speaker 0.88 (14/16), partial 1.00, groups 9/10. Not yet worked on.
        // Speaker 0.94 (15/16) once "Dale" is a given name and "Dale Fortier, a crane operator …, said" a person; 1.00
        // once ", but Markey put the figure at ‘…’" after "HCT … has not said" gives the quote to the clause's subject (pq32).
        "harbour-strike-deal": (recall: 1.0, precision: 1.0, speaker: 1.0, partial: 1.0, groups: false),
        // lantern-awards-night (sixteenth blind story, an awards night with a radio transcript of labelled speakers)
        // first run: recall 0.76 (26/34), precision 1.00, speaker 0.62, partial 1.00, groups 13/15. After transcript labels
        // with a role in brackets ("MAEVE DOOLAN (PRESENTER):") and a played clip ("CLIP – NAME:") name their speaker
        // (found on this story, not blind): recall 1.00, speaker 0.74, groups 21/22. Speaker 0.91 (31/34), groups 21/22,
        // once "the Brackwater-raised Tolland" and "Bexley opened his speech" name the right people, "the veteran thesp"
        // is the person just named, "a spokesperson for the academy" stays the speaker, "My wife" in Bexley's quote is
        // the wife the story names, and "he used his speech to roast her" gives the next bare quote to him (people31);
        // left: the host's joke (named only in a sub-heading), "dedicating it" after Hana Aukett, a group. Speaker 0.94
        // (32/34), groups 22/22 once a participle with no speech verb ("…, and his granddaughter Hana Aukett accepted,
        // dedicating it “…”") is the clause subject's (pq32); left: the host's joke, "One fan wrote:" (gold: no one)
        "lantern-awards-night": (recall: 1.0, precision: 1.0, speaker: 0.94, partial: 1.0, groups: true),
        // halvorsen-battery-recall (seventeenth blind story, an e-bike battery recall) first run, main at 9a58497: recall
        // 0.93 (14/15), precision 1.00, speaker 0.93 (13/14), partial 1.00, groups 8/9: the tabloid's two quote paragraphs
        // of one speaker (the second bare, after a closed quote) joined into one instance because both match one longer
        // remark of the local paper; "Boss Tom Rennick" not taken for Thomas Rennick; the local paper's other remark
        // sharing the statement's first sentence kept apart. Speaker 1.00 once a short form of a given name joins the
        // full one ("Tom" / "Thomas", found on this story, not blind). Stop 32: the gold's two entries for the tabloid's
        // "A," Kerry said. / "B." are one, as the project's convention (README, quotes10/11) and the seeds' gold count
        // such a remark: gold 15 -> 14, recall 1.00 (14/14).
        "halvorsen-battery-recall": (recall: 1.0, precision: 1.0, speaker: 1.0, partial: 1.0, groups: false),
        // kelderwick-lynx-escape (eighteenth blind story, a lynx escape) first run, branch blind18 from main at 47c72d4:
        // recall 1.00 (17/17), precision 1.00, speaker 1.00, partial 1.00, groups 9/10 (Beth Sowerby's account with a
        // child's words nested, on a live page in straight marks and in a tabloid in curly ones continued into the next
        // paragraph, kept apart); nested 2/2, groups 1/1. Groups 10/10 once one speaker's two quotes sharing a run
        // of eight of their own words are one remark (not blind).
        "kelderwick-lynx-escape": (recall: 1.0, precision: 1.0, speaker: 1.0, partial: 1.0, groups: true),
        // norbridge-masks-return (nineteenth blind story, a museum's return of carved masks) first run, branch blind19 from
        // main at 7a729b5: recall 1.00 (20/20), precision 1.00, speaker 0.95 (19/20: "Sarah Beaudin, Canada’s deputy high
        // commissioner in London, who attended, called the return “…”" given to London), partial 1.00, groups 9/10 (the
        // director's reworded fragment "never been their owner in any sense that matters" apart from her remark); nested
        // 3/3, groups 1/1. Speaker 1.00 once a name after a preposition closing an apposition ("in London") is no
        // subject and the verb after the "who" aside goes to the name before the apposition (not blind).
        "norbridge-masks-return": (recall: 1.0, precision: 1.0, speaker: 1.0, partial: 1.0, groups: false),
        // kellingford-coach-unveiled (twentieth blind story, a football club unveiling its head coach) first run, branch
        // blind20 from main at 83a2e50: recall 1.00 (21/21), precision 1.00, speaker 0.81 (17/21: the club site's last two
        // bare quote paragraphs under upper-case topic sub-headings given no one; a fan's "Graham Pettifer did the usual
        // chairman's bit (“first name on our list”, etc.)" no one; "Maureen Tolley and the Supporters’ Trust have already
        // said" given to "the Supporters’ Trust have already"), partial 1.00, groups 11/12 (the Swedish paper's translated
        // version of the father remark apart); nested 4/4, speaker 0.75 ("Dad always said to me: '…'" given to "Dad"), groups 0/1.
        // Speaker 0.86 (18/21) once a subject of a named person and a group ("Maureen Tolley and the Supporters’ Trust
        // have already said") has the person speak (not blind)
        "kellingford-coach-unveiled": (recall: 1.0, precision: 1.0, speaker: 0.85, partial: 1.0, groups: false),
        // corrandale-emergency-landing (twenty-first blind story, an airliner's emergency landing) first run, branch blind21
        // from main at a6b36f2: recall 1.00 (12/12), precision 1.00, speaker 0.83 (10/12: the community site's passenger
        // remark given to its misspelling "Priya Louden"; "The airline said … the pilots had "followed their training to
        // the letter"" given to "Runway Café", a place three paragraphs up), partial 1.00, groups 8/8; nested 1/1, no speaker.
        // Speaker 0.92 once "the airline" is the name before that says it is one ("The Veloria Air flight …"; not blind);
        // 1.00 once "Priya Louden" is Priya Lowden (a "w" after a vowel is part of it; of two spellings seen as often in
        // full, the family name written more; not blind)
        "corrandale-emergency-landing": (recall: 1.0, precision: 1.0, speaker: 1.0, partial: 1.0, groups: true),
    ]

    @Test(arguments: ["louvre-jewel-heist", "psg-inter-final", "nobel-physics-2025", "kestrel-fraud-sentencing", "val-serrana-flood", "eileen-carrow-obituary", "ashby-resignation", "calvora-state-visit", "grenmouth-mayor-election", "medlark-data-breach", "velpasiran-lpa-trial", "harbour-strike-deal", "lantern-awards-night", "halvorsen-battery-recall", "kelderwick-lynx-escape", "norbridge-masks-return", "kellingford-coach-unveiled", "corrandale-emergency-landing"]) func blindStoryFigures(_ id: String) throws {
        let story = try LibraryLoader.loadStory(path: QuoteGold.repo.appendingPathComponent("articles/\(id)").path)
        let s = QuoteGold.score(story: story, gold: try QuoteGold.load(id))
        print("QUOTES \(id): \(s)")
        print("QUOTES \(id) nested: \(QuoteGold.score(story: story, gold: try QuoteGold.load(id), nested: true))")
        let floor = try #require(Self.blindFloors[id])
        #expect(s.recall >= floor.recall, "\(s)")
        #expect(s.precision >= floor.precision, "\(s)")
        #expect(s.speakerAccuracy >= floor.speaker, "\(s)")
        #expect(s.partialAccuracy >= floor.partial, "\(s)")
        #expect(s.groupsRight || !floor.groups, "\(s)")
    }
}

@Suite struct QuoteOffsetTests {
    /// `start`/`end` slice exactly the reported words out of the displayed paragraph, for every part: the
    /// first part opens the text, and every part's words are the remark's (a piece of the text, or a shorter
    /// repeat of its words the outlet quotes elsewhere).
    @Test(arguments: ["boe-rate-cut", "new-glenn-launch", "papal-election", "louvre-jewel-heist", "psg-inter-final", "nobel-physics-2025", "kestrel-fraud-sentencing", "val-serrana-flood", "eileen-carrow-obituary", "ashby-resignation", "calvora-state-visit", "grenmouth-mayor-election", "medlark-data-breach", "velpasiran-lpa-trial", "harbour-strike-deal", "lantern-awards-night", "halvorsen-battery-recall", "kelderwick-lynx-escape", "norbridge-masks-return", "kellingford-coach-unveiled", "corrandale-emergency-landing", "seeds"])
    func offsetsSliceTheText(_ id: String) throws {
        let path = id == "seeds" ? QuoteGold.seedsPath : QuoteGold.repo.appendingPathComponent("articles/\(id)").path
        guard let path else { return }
        let story = try LibraryLoader.loadStory(path: path)
        for g in QuoteLedger.build(story: story).quotes {
            for i in g.instances {
                let article = try #require(story.article(id: i.article))
                let pieces = i.parts.map { part in
                    ScalarText.slice(article.paragraphs.first { $0.index == part.paragraph }!.text, part.start, part.end)
                }
                let words = QuoteGrouper.comparisonWords(i.text)
                #expect(words.starts(with: QuoteGrouper.comparisonWords(pieces[0])), "“\(i.text)” opens with “\(pieces[0])”")
                for p in pieces {
                    let pw = QuoteGrouper.comparisonWords(p)
                    let inText = pw.count <= words.count && (0...(words.count - pw.count)).contains { Array(words[$0..<($0 + pw.count)]) == pw }
                    #expect(inText || QuoteGrouper.sharedWords(pw, words, nil, nil) != nil, "“\(p)” in “\(i.text)”")
                }
                #expect(i.parts[0].start == i.start && i.parts[0].end == i.end && i.parts[0].paragraph == i.paragraph)
            }
        }
    }
}
