import Foundation

/// A hard detail of a paragraph (a count, amount, date, time, year, ordinal or length of time) with the
/// content words around it, as evidence that two paragraphs report the same fact.
struct FactDetail: Sendable, Hashable {
    var value: DetailValue
    /// Stemmed content words within three words either side (`DetailMention.near`).
    var near: Set<String>
    /// For a count of people: what happened to them (`CountFates`), and the places its sentence names.
    var fate: String? = nil
    var places: Set<String> = []
    /// For a count: the counted thing, the words right after the figure ("heart patients" → heart, patient).
    var counted: Set<String> = []
    /// For a date: at least `SharedDetails.newsDayReach` days from the article's own date, so the date of another
    /// event than the day's news (when a strike began, when intruders got in).
    var awayFromNewsDay = false
}

/// Paragraphs that give the same hard detail about the same thing report the same fact, however differently
/// the rest is worded: "a pair of tractors" and "two new tractors", "more than a decade" and "11 years" (the
/// detail extractor normalises these). The words around the detail must agree too (at
/// least `minimumNear` of them), so that "4%" for the interest rate and "4%" for inflation stay apart.
/// Weekdays are left out: a story's events mostly happen on the same day, so the day says nothing about
/// which fact a paragraph reports, except the weekday of a death; named objects are too vague, except the
/// place of a birth. Of ages only ages at death are read (`DeathAges`): an age is otherwise a details-ledger
/// matter.
enum SharedDetails {
    static let minimumNear = 2
    /// Markers (not words) for the birth, death-day and event-age details, compared only with their own kind.
    static let birthFate = "(birth)"
    static let deathDayFate = "(death day)"
    static let eventAgeFate = "(age at an event)"
    /// The gap before a first ("the first visit in 11 years" / "the first since 2014", `FirstSince`).
    static let firstSinceFate = "(first since)"

    static func details(of paragraph: Paragraph, referenceYear: Int?, published: String? = nil, newsDay: String? = nil) -> [FactDetail] {
        var stems: [String: String] = [:]
        return details(of: paragraph, tokens: nil, referenceYear: referenceYear, published: published, newsDay: newsDay, stemCache: &stems)
    }

    /// `published` (the article's ISO date) turns a death "yesterday" into its weekday. `newsDay` (the article's
    /// ISO date, else the story's latest) tells which dates are the day's news and which another event's.
    /// `lexicon`: stems the features already found for the article's words (`StoryFeatures.lexicons`).
    static func details(
        of paragraph: Paragraph, tokens: [Token]?, referenceYear: Int?, published: String? = nil, newsDay: String? = nil,
        stemCache: inout [String: String], lexicon: [String: WordAnalyzer.Lexeme]? = nil
    ) -> [FactDetail] {
        let tokens = tokens ?? Tokenizer.tokens(paragraph.text)
        // The weekday of a death ("Carrow died Sunday at her home", "passed away … on Sunday", "died … yesterday"
        // on a Monday's page) dates that death.
        var yesterdays: [FactDetail] = []
        // Most paragraphs name no death: their sentences are not split into words for it.
        let deathSentences = !DeathAges.mayReportDeath(tokens) ? [] : Set(paragraph.sentences.indices.filter { k in
            let s = paragraph.sentences[k]
            let words = tokens.filter { $0.start >= s.start && $0.end <= s.end }.map(\.norm)
            guard DeathAges.reportsDeath(words) else { return false }
            if words.contains("yesterday"), !words.contains(where: { DetailExtractor.weekdays.contains($0) }), let d = weekdayBefore(published) {
                yesterdays.append(FactDetail(value: .weekday(d), near: [], fate: deathDayFate))
            }
            return true
        })
        let mentions = DetailExtractor.mentions(
            in: paragraph, tokens: tokens, referenceYear: referenceYear, stemCache: &stemCache, lexicon: lexicon, lean: true)
        let found = mentions.compactMap { m -> FactDetail? in
            switch m.value {
            case .weekday where deathSentences.contains(m.sentence): return FactDetail(value: m.value, near: [], fate: deathDayFate)
            case .weekday, .object: return nil
            case .count where !m.context.contains(DetailExtractor.partitiveMarker):
                return FactDetail(value: m.value, near: m.near, fate: CountFates.fate(of: m.context), places: m.places, counted: m.context)
            case let .date(month, day):
                var d = FactDetail(value: m.value, near: m.near)
                d.awayFromNewsDay = daysApart(month: month, day: day, from: newsDay).map { $0 >= newsDayReach } ?? false
                return d
            default: return FactDetail(value: m.value, near: m.near)
            }
        }
        let deathAges = DeathAges.ages(in: paragraph, tokens: tokens).map { FactDetail(value: .age($0), near: []) }
        let births = Births.anchors(in: paragraph, tokens: tokens).map { FactDetail(value: .object(words: $0), near: [], fate: birthFate) }
        let eventAges = EventAges.ages(in: paragraph, tokens: tokens).map { FactDetail(value: .age($0), near: [], fate: eventAgeFate) }
        let firsts = FirstSince.gaps(in: paragraph, tokens: tokens, mentions: mentions, referenceYear: referenceYear)
            .map { FactDetail(value: $0, near: [], fate: firstSinceFate) }
        return found + deathAges + births + eventAges + yesterdays + firsts
    }

    /// The weekday (1 = Monday … 7 = Sunday) before an ISO date ("2026-11-23", a Monday: 7).
    static func weekdayBefore(_ iso: String?) -> Int? {
        guard let iso, iso.count >= 10 else { return nil }
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
            let before = calendar.date(byAdding: .day, value: -1, to: date)
        else { return nil }
        let w = calendar.component(.weekday, from: before)  // 1 = Sunday … 7 = Saturday
        return w == 1 ? 7 : w - 1
    }

    /// A date this many days or more from the article's own date is another event's than the day's news.
    static let newsDayReach = 7

    private static let utcCalendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    /// Days between a month and day and an ISO date, in whichever year (before, same, after) is nearest; nil
    /// without a date.
    static func daysApart(month: Int, day: Int, from iso: String?) -> Int? {
        guard let iso, iso.count >= 10 else { return nil }
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let calendar = utcCalendar
        guard let news = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return nil }
        var best: Int? = nil
        for year in parts[0] - 1...parts[0] + 1 {
            let c = DateComponents(year: year, month: month, day: day)
            // No 29 February outside a leap year (the calendar would roll it over to 1 March).
            guard c.isValidDate(in: calendar), let date = calendar.date(from: c),
                let n = calendar.dateComponents([.day], from: news, to: date).day
            else { continue }
            best = min(best ?? abs(n), abs(n))
        }
        return best
    }

    static func lifeEvent(_ d: FactDetail) -> Bool { [birthFate, deathDayFate, eventAgeFate, firstSinceFate].contains(d.fate ?? "") }

    static func share(_ a: [FactDetail], _ b: [FactDetail]) -> Bool {
        for x in a {
            for y in b where x.value.kind == y.value.kind {
                // A birth naming the same place or year, a death on the same weekday, the same age at a step of a
                // life: one fact of a life (`Births`, `DeathAges.reportsDeath`, `EventAges`); the same gap before a
                // first (`FirstSince`). Other weekdays and named things say too little.
                if lifeEvent(x) || lifeEvent(y) {
                    if x.fate == y.fate, x.value.isCompatible(with: y.value) { return true }
                    continue
                }
                // Ages at death (the only ages read here): one death told with ages a year apart is one fact.
                if case let .age(m) = x.value, case let .age(n) = y.value {
                    if abs(m - n) <= 1 { return true }
                    continue
                }
                // A toll: two counts of the dead (or of the missing, the evacuated …) report one fact even when
                // the figures differ ("16 dead" / "killing at least 14 people" / "the toll rose to 12"): a
                // rising toll is told with different numbers, and the gold links contradicting versions.
                // Unless they count in different places ("11 arrested in Munich" / "559 across France").
                // Nor when the figures are multiples apart: a toll rises by tens of percent, while "230 dead" and an
                // earlier quake's "killed thousands", or a school's "four teachers" and the national 223, are
                // other counts (found on real copy, a quake told by five outlets).
                if let f = x.fate, f == y.fate, x.places.isEmpty || y.places.isEmpty || !x.places.isDisjoint(with: y.places),
                    sameOrder(x.value, y.value)
                {
                    return true
                }
                // A large count of one thing told two ways ("tested it on 14,600 heart patients" / "randomly assigned
                // 11,460 patients" / "about 11,500 patients"): a study's size, a crowd, a company's customers, which
                // outlets round or get wrong; the gold links contradicting versions. Thousands or more, the counted
                // thing (the words right after the figure) in common, and no more than `largeCountRatio` apart, so a story's other counts of that
                // thing (the customers against those whose NHS numbers were taken) stay apart.
                if largeCountsOfOneThing(x, y) { return true }
                // The same count of one thing, from `sameCountMinimum` up ("linked 23 fires to the packs" / "after 23
                // fires", "more than 30 ships" / "41 ships"): a figure that size of one counted thing is rarely chance,
                // while small ones recur for different things ("four members" voted each way, "two leaders").
                if sameCountOfOneThing(x, y) { return true }
                // A year a year apart with more of the words around it in common ("her score for Winter Harbour
                // (1975)" / "the score for the 1974 weepie Winter Harbour"): one dated fact that outlets disagree
                // on by a year, told two ways; the gold links contradicting versions.
                if case let .year(m) = x.value, case let .year(n) = y.value, abs(m - n) == 1,
                    x.near.intersection(y.near).count >= minimumNear + 1
                {
                    return true
                }
                // A date a week or more from both articles' own dates ("the walkout began on 6 November" / "the strike,
                // which began Nov. 6", in copy of late November): another event than the day's news, which outlets
                // name only when they report that event. The day's own date is in every lede and says nothing.
                if case .date = x.value, x.awayFromNewsDay, y.awayFromNewsDay, x.value.isCompatible(with: y.value) { return true }
                // A clock time to the minute ("2:40 a.m." / "02:40" / "2.40am") dates one moment of the story.
                if case let .time(m, _) = x.value, m % 60 != 0, x.value.isCompatible(with: y.value) { return true }
                if x.value.isCompatible(with: y.value), x.near.intersection(y.near).count >= minimumNear { return true }
            }
        }
        return shareSeveral(a, b)
    }

    /// How many different details must agree for the pair to share a fact without words around them in common.
    static let severalDetails = 2

    /// Two different details agreeing at once are the same fact even when the words around each differ: "got in
    /// on November 2 … and were not found until November 13" / "had been inside its customer database from Nov. 2
    /// until Nov. 13". One shared date or figure may be chance (every outlet names the day), two seldom are. A count
    /// still needs a word near it in common, the counted thing, since small counts of different things meet by
    /// chance ("three string quartets … two children" / "two children and three grandchildren"), and another
    /// figure near it is not that thing. Values that agree with each other ("12 months", "a year") count once.
    static func shareSeveral(_ a: [FactDetail], _ b: [FactDetail]) -> Bool {
        var agreed: [DetailValue] = []
        for x in a where !lifeEvent(x) {
            if agreed.contains(where: { $0.kind == x.value.kind && $0.isCompatible(with: x.value) }) { continue }
            let met = b.contains { y in
                !lifeEvent(y) && y.value.kind == x.value.kind && x.value.isCompatible(with: y.value)
                    && (x.value.kind != "count" || x.near.intersection(y.near).contains { !isNumber($0) })
            }
            if met { agreed.append(x.value) }
            if agreed.count >= severalDetails { return true }
        }
        return false
    }

    /// A figure or number word near a count ("three … and two …") is another count, not the counted thing.
    static func isNumber(_ word: String) -> Bool {
        DetailExtractor.numberWords[word] != nil || word.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }

    static let largeCount = 1000.0
    static let largeCountRatio = 1.5
    static func largeCountsOfOneThing(_ x: FactDetail, _ y: FactDetail) -> Bool {
        guard case let .count(l1, h1) = x.value, case let .count(l2, h2) = y.value else { return false }
        let m1 = (l1 + h1) / 2, m2 = (l2 + h2) / 2
        guard min(m1, m2) >= largeCount, max(m1, m2) / min(m1, m2) <= largeCountRatio else { return false }
        return x.counted.intersection(y.counted).contains { !isNumber($0) && $0.first?.isLetter == true }
    }

    static let sameCountMinimum = 5.0
    static func sameCountOfOneThing(_ x: FactDetail, _ y: FactDetail) -> Bool {
        guard case let .count(l1, h1) = x.value, case let .count(l2, h2) = y.value,
            min((l1 + h1) / 2, (l2 + h2) / 2) >= sameCountMinimum, x.value.isCompatible(with: y.value)
        else { return false }
        // Counts of different fates ("12 dead", "12 injured") are other facts.
        if let f = x.fate, let g = y.fate, f != g { return false }
        return x.counted.intersection(y.counted).contains { !isNumber($0) && $0.first?.isLetter == true }
    }

    /// Two counts no more than `tollRatio` apart (by their midpoints).
    static let tollRatio = 2.5
    static func sameOrder(_ a: DetailValue, _ b: DetailValue) -> Bool {
        guard case let .count(l1, h1) = a, case let .count(l2, h2) = b else { return true }
        let m1 = (l1 + h1) / 2, m2 = (l2 + h2) / 2
        guard m1 > 0, m2 > 0 else { return true }
        return max(m1, m2) / min(m1, m2) <= tollRatio
    }

    /// One article pair's scored candidates and the links already kept.
    struct PairCandidates {
        var left: Int
        var right: Int
        var scored: [ScoredPair]
        var kept: [ParagraphLink]
    }

    /// For each article pair, the candidates at or above `floor` that were not kept and share a detail, as
    /// links. Details are extracted only for the paragraphs of such candidates (the extractor re-reads the
    /// text token by token, which would cost as much as the rest of the features for every paragraph), and
    /// only candidates are tried (at most `candidatesPerParagraph` per paragraph), so a number every outlet
    /// repeats does not make links grow with the square of the story.
    /// `features` lends each paragraph's tokens, so the text is not tokenized a second time.
    static func links(articles: [Article], features: StoryFeatures, pairs: [PairCandidates], floor: Double) -> [[ParagraphLink]] {
        var wanted = [Set<Int>](repeating: [], count: articles.count)
        var open: [[ScoredPair]] = []
        for pc in pairs {
            let kept = Set(pc.kept.map { [$0.left, $0.right] })
            let o = pc.scored.filter { $0.score >= floor && !kept.contains([$0.left, $0.right]) }
            for s in o {
                wanted[pc.left].insert(s.left)
                wanted[pc.right].insert(s.right)
            }
            open.append(o)
        }
        let years = articles.map { $0.date.flatMap { Int($0.prefix(4)) } }
        let storyYear = years.compactMap { $0 }.max()
        let storyDay = articles.compactMap { $0.date.map { String($0.prefix(10)) } }.max()
        let want = wanted
        let found: [[Int: [FactDetail]]] = ParallelMap.map(articles.count) { a in
            var out: [Int: [FactDetail]] = [:]
            var stems: [String: String] = [:]
            for p in want[a] {
                // Subheadings have no tokens in the features (they are not analysed) and report no fact.
                guard let tokens = features.paragraphs[a][p].tokens else { continue }
                let d = details(of: articles[a].paragraphs[p], tokens: tokens, referenceYear: years[a] ?? storyYear, published: articles[a].date,
                                newsDay: articles[a].date ?? storyDay, stemCache: &stems,
                                lexicon: a < features.lexicons.count ? features.lexicons[a] : nil)
                if !d.isEmpty { out[p] = d }
            }
            return out
        }
        var sentences: [[Int: [ObjectFrames.Sentence]]] = Array(repeating: [:], count: articles.count)
        func frames(_ a: Int, _ p: Int) -> [ObjectFrames.Sentence] {
            if let s = sentences[a][p] { return s }
            let s = ObjectFrames.sentences(of: articles[a].paragraphs[p])
            sentences[a][p] = s
            return s
        }
        return pairs.indices.map { k in
            let pc = pairs[k]
            return open[k].compactMap { s in
                if let a = found[pc.left][s.left], let b = found[pc.right][s.right], share(a, b) {
                    return ParagraphLink(left: s.left, right: s.right, similarity: s.score)
                }
                // Story context only: two long articles alone share many three-word runs, and the word diffs cost
                // `diff` of two 5,000-word articles ~90 ms; no gold pair links this way outside a story.
                guard articles.count >= 3, ObjectFrames.conflict(frames(pc.left, s.left), frames(pc.right, s.right)) else { return nil }
                return ParagraphLink(left: s.left, right: s.right, similarity: s.score)
            }
        }
    }
}
