import Foundation

/// Decides which details of different outlets report the same thing, and whether they agree.
///
/// A pair of details is linked only when their sentences are comparable (see `ComparableSentences`) and,
/// for counts and money, when they count the same kind of thing ("sailboats" / "boats"). Conflicts need
/// more evidence than agreements: two outlets giving the same number in loosely related sentences are
/// still consistent, but calling two numbers contradictory needs sentences that clearly say the same thing.
struct DetailMatcher {
    struct Group {
        var members: [Int]
        var status: DetailStatus
    }

    let mentions: [(article: Int, m: DetailMention)]
    let comparable: ComparableSentences
    /// Each article's counts (mention indices), for `oneOutletGivesBoth`.
    private let countsByArticle: [Int: [Int]]

    init(mentions: [(article: Int, m: DetailMention)], comparable: ComparableSentences) {
        self.mentions = mentions
        self.comparable = comparable
        var byArticle: [Int: [Int]] = [:]
        for (i, x) in mentions.enumerated() {
            if case .count = x.m.value { byArticle[x.article, default: []].append(i) }
        }
        countsByArticle = byArticle
        var years: [Int: Set<Int>] = [:]
        for x in mentions { if case let .year(y) = x.m.value { years[x.article, default: []].insert(y) } }
        yearsByArticle = years
        var keyed: [Int: [Int]] = [:]
        for (i, x) in mentions.enumerated() where x.m.value.kind == "money" || x.m.event != nil {
            keyed[x.article, default: []].append(i)
        }
        moneyAndEventsByArticle = keyed
    }

    /// Each article's sums and years of an event (mention indices), for `amountsCross` and `eventTwice`.
    private let moneyAndEventsByArticle: [Int: [Int]]

    /// Whether article `a` gives two different values of the event or transaction `x` belongs to ("his previous deal ran
    /// to 2026" and "a contract running until 2029"; "paid £4.5m for Brennan" and "paid £2m for Oyelaran"): then that
    /// article tells of two contracts or two payments, and its values are compared by their words as before.
    private func eventTwice(_ a: Int, _ x: DetailMention) -> Bool {
        (moneyAndEventsByArticle[a] ?? []).contains { k in
            let o = mentions[k].m
            guard o != x, o.value.kind == x.value.kind else { return false }
            if case .money = x.value { return Self.sameTransaction(o, x) && MoneyTransactions.differ(o.value, x.value) }
            return Self.sameEvent(o, x) && !o.value.isCompatible(with: x.value)
        }
    }

    /// Each article's years, for `sameEvent`.
    private let yearsByArticle: [Int: Set<Int>]

    /// Whether either article also gives the other's year ("1966" and "1968" both in one obituary): then the two
    /// years date different things, not one event told wrong.
    private func yearsCross(_ a: Int, _ x: DetailMention, _ b: Int, _ y: DetailMention) -> Bool {
        guard case let .year(u) = x.value, case let .year(v) = y.value else { return false }
        return yearsByArticle[a]?.contains(v) ?? false || yearsByArticle[b]?.contains(u) ?? false
    }

    /// "convicted on four counts: …, and two counts of possession" in one outlet, "four counts" in a second and
    /// "two counts of possession" in a third: where one outlet of the story itself gives both figures for the
    /// same counted thing, they are a total and its part, and the other outlets giving one each do not
    /// contradict each other. The figures must count the same thing (and the same fate).
    private func oneOutletGivesBoth(_ x: DetailMention, _ y: DetailMention) -> Bool {
        let part = DetailExtractor.partitiveMarker
        func gives(_ k: Int, _ w: DetailMention) -> Bool {
            let z = mentions[k].m
            return z.value.isCompatible(with: w.value) && CountFates.fate(of: z.context) == CountFates.fate(of: w.context)
                && !z.context.subtracting([part]).isEmpty && related(z.context.subtracting([part]), w.context.subtracting([part]))
        }
        return countsByArticle.values.contains { ks in ks.contains { gives($0, x) } && ks.contains { gives($0, y) } }
    }

    enum Relation { case agree, conflict, none }

    func relation(_ i: Int, _ j: Int) -> Relation {
        let (a, x) = mentions[i], (b, y) = mentions[j]
        guard a != b, x.value.kind == y.value.kind else { return .none }
        let ka = key(i), kb = key(j)
        let sim = comparable.similarity(ka, kb)
        let same = x.value.isCompatible(with: y.value)
        switch x.value {
        case .count, .ordinal:
            // the dead and the missing are different facts, however both are counted (`CountFates`); two counts
            // of one fate ("16 dead" / "killing at least 14 people") are one fact wherever a story gives them
            let fate = CountFates.fate(of: x.context)
            if fate != CountFates.fate(of: y.context) { return .none }
            if !same, !Self.mayMisreport(x.value, y.value) { return .none }
            if !same, case .count = x.value, !x.context.isEmpty, !y.context.isEmpty,
                oneOutletGivesBoth(x, y)
            { return .none }
            if fate != nil, x.context.contains(DetailExtractor.partitiveMarker) == y.context.contains(DetailExtractor.partitiveMarker) {
                return same ? .agree : .conflict
            }
            if x.context.isEmpty || y.context.isEmpty {
                // "the sixth since August": nothing counted, so only aligned sentences compare
                guard comparable.isAligned(ka, kb) else { return .none }
                return same ? .agree : .conflict
            }
            let part = DetailExtractor.partitiveMarker
            guard x.context.contains(part) == y.context.contains(part) else { return .none }
            guard related(x.context.subtracting([part]), y.context.subtracting([part])) else { return .none }
            if same { return sim >= 0.08 ? .agree : .none }
            let shared = x.context.intersection(y.context).count
            return sim >= 0.25 || shared >= 2 || shared == 1 && sim >= 0.1 ? .conflict : .none
        case .money, .percent, .share:
            // "paid … what is being reported as £2m" / "paid a compensation fee of about £1.2m": one transaction's sum,
            // named by the transaction word of both clauses, however little else the sentences share
            // (two sums far apart, or an outlet giving both or two of that transaction, are compared as other money)
            if oneTransaction(a, x, b, y) { return MoneyTransactions.differ(x.value, y.value) ? .conflict : .agree }
            let ctx = related(x.context, y.context)
            // a fraction is loose ("a third" fits 36.2%): it agrees only with a share of the same thing
            if same { return ctx || sim >= 0.2 && !x.value.isShare && !y.value.isShare ? .agree : .none }
            if case let .money(c1, _, _, _) = x.value, case let .money(c2, _, _, _) = y.value, c1 != c2 { return .none }
            // "Turnout: 32.6%." against "Turnout was 36.2 per cent, up from …": the label names what the figure is
            if ctx, comparable.isLabel(ka, in: kb) || comparable.isLabel(kb, in: ka) { return .conflict }
            // "chip in to a €540 million fund for fish ladders" / "a fund of 450 million euros for fish ladders": the
            // same thing priced, with the words around both amounts in common, in sentences that go on about other
            // things (a newsletter's one-sentence summary)
            if ctx, sim >= 0.15, x.near.intersection(y.near).count >= 2 { return .conflict }
            return ctx && sim >= 0.3 ? .conflict : .none
        case .time:
            if same { return sim >= 0.15 ? .agree : .none }
            // "landed just before 10am" / "landed at 09:47": the moment lies on the bound's side, within its reach
            if Self.withinBound(x, y) || Self.withinBound(y, x) { return .none }
            // "at 7:55 PM" / "around 8 pm": a rough time and a moment within its reach are no conflict
            if Self.withinRough(x, y) || Self.withinRough(y, x) { return .none }
            // "8pm" (in London) and "9pm" (in Munich): without both zones a difference of whole hours is no conflict
            if x.value.mayDifferOnlyByZone(y.value) { return .none }
            // "The result was declared at 3.40am" / "The declaration finally came at 4.10am": one moment, named by
            // the words right around both times, in sentences that otherwise go on about different things
            return sim >= 0.4 || sim >= 0.15 && !x.near.isDisjoint(with: y.near) ? .conflict : .none
        case .date, .weekday, .year:
            // "a deal to the summer of 2030" / "a contract, running until June 2030": one contract's end
            if same { return sim >= 0.15 || x.event == ContractEnds.marker && Self.sameEvent(x, y) ? .agree : .none }
            if sim >= 0.4 { return .conflict }
            // "were taken by a Victorian vicar in 1896" / "The collection was taken in 1893 by the Rev …": one event
            // dated twice, named by the participle both years belong to, however little else the sentences share
            // (a tabloid's aside against a broadsheet's history paragraph), unless either article gives both years
            return Self.sameEvent(x, y) && !yearsCross(a, x, b, y) && !eventTwice(a, x) && !eventTwice(b, y) ? .conflict : .none
        case .duration:
            guard x.value.scale == y.value.scale else { return .none }
            let ago = DetailExtractor.agoMarker
            if x.context.contains(ago) != y.context.contains(ago) { return .none }
            // "the fifth time in a year" and "the first time in three decades" measure different windows
            if !x.context.isEmpty, !y.context.isEmpty, x.context != y.context { return .none }
            if same { return sim >= 0.1 ? .agree : .none }
            // "the first Calvoran state visit … in 25 years" / "the first … since 1995": the window of one first
            // event, so sentences that share less still compare
            if !x.context.isEmpty, x.context == y.context, !x.context.contains(ago) { return sim >= 0.15 ? .conflict : .none }
            return sim >= 0.35 ? .conflict : .none
        case .object:
            return x.pair != nil && x.pair == y.pair ? .conflict : .none
        case .age:
            // One person's age, wherever it is given: "The 20-year-old Désiré Doué" / "Désiré Doué, 19,".
            guard let who = x.subject, who == y.subject else { return .none }
            return same ? .agree : .conflict
        }
    }

    /// Whether two different counts can be one figure told wrong: an outlet slips a digit or rounds ("3.2 million"
    /// / "2.3 million", "500 protesters" / "thousands"), or writes thousands for millions with the same digits
    /// ("1.1 million" / "1,100"). Counts further apart than `misreportRatio` count different things, however the
    /// counted word matches: "2.3 million people" had their data taken, "1,900 people" work there.
    static func mayMisreport(_ a: DetailValue, _ b: DetailValue) -> Bool {
        guard case let .count(l1, h1) = a, case let .count(l2, h2) = b else { return true }
        // the gap between the intervals: "several hundred" (200–999) and "thousands" (2,000–9,999) are close
        let (low, high) = h1 < l2 ? (h1, l2) : (h2, l1)
        guard low > 0, high > low else { return true }
        let ratio = high / low
        if ratio <= misreportRatio { return true }
        return [1e3, 1e6].contains { abs(ratio / $0 - 1) < 0.01 }
    }

    static let misreportRatio = 10.0

    /// Whether `moment` lies where `bound` ("just before 10am", "shortly after 9pm") puts it: on the bound's side,
    /// within `DetailExtractor.boundReach` minutes. Zones are left aside (a bound rarely names one).
    static func withinBound(_ bound: DetailMention, _ moment: DetailMention) -> Bool {
        guard bound.bound != 0, case let .time(b, _) = bound.value, case let .time(m, _) = moment.value else { return false }
        let d = (m - b) * bound.bound
        return d >= 0 && d <= DetailExtractor.boundReach
    }

    /// Whether `moment` lies within `DetailExtractor.roughReach` minutes of the rough time `rough` ("around 8 pm").
    static func withinRough(_ rough: DetailMention, _ moment: DetailMention) -> Bool {
        guard rough.rough, case let .time(r, _) = rough.value, case let .time(m, _) = moment.value else { return false }
        let apart = abs(r - m) % 1440
        return min(apart, 1440 - apart) <= DetailExtractor.roughReach
    }

    /// Two years of the same event: the same participle governs both (`YearEvents`), or both end a contract
    /// (`ContractEnds`), so the words right around them ("by a Victorian vicar in 1896" / "in 1893 by the Rev …")
    /// need not match.
    static func sameEvent(_ x: DetailMention, _ y: DetailMention) -> Bool {
        guard case .year = x.value, case .year = y.value else { return false }
        guard let e = x.event else { return false }
        return e == y.event
    }

    /// Two sums in one currency that the same transaction word keys (`MoneyTransactions`): "paid … £2m" / "a
    /// compensation fee of about £1.2m", "worth £3million" / "valued … at about £2.4m".
    static func sameTransaction(_ x: DetailMention, _ y: DetailMention) -> Bool {
        guard case let .money(c1, _, _, _) = x.value, case let .money(c2, _, _, _) = y.value, c1 == c2 else { return false }
        guard let e = x.event, let f = y.event else { return false }
        return MoneyTransactions.same(e, f)
    }

    /// Two sums compared as one transaction's, whatever their words: keyed alike, within `MoneyTransactions.maximumRatio`,
    /// neither outlet giving the other's figure too, nor two different sums of that transaction.
    private func oneTransaction(_ a: Int, _ x: DetailMention, _ b: Int, _ y: DetailMention) -> Bool {
        Self.sameTransaction(x, y) && MoneyTransactions.mayBeOneSum(x.value, y.value) && !amountsCross(a, x, b, y)
            && !eventTwice(a, x) && !eventTwice(b, y)
    }

    /// Whether either article also gives a sum of the other's figure in that currency ("paid £2m up front and £1.2m
    /// later"): then the two are different payments, not one told wrong.
    private func amountsCross(_ a: Int, _ x: DetailMention, _ b: Int, _ y: DetailMention) -> Bool {
        func gives(_ article: Int, besides own: DetailMention, _ other: DetailMention) -> Bool {
            (moneyAndEventsByArticle[article] ?? []).contains { k in
                let o = mentions[k].m
                return o.value.kind == "money" && o != own && !MoneyTransactions.differ(o.value, other.value)
            }
        }
        return gives(a, besides: x, y) || gives(b, besides: y, x)
    }

    /// "sailboats" and "boats" count the same thing; so do "votes" and "voting".
    private func related(_ a: Set<String>, _ b: Set<String>) -> Bool {
        if !a.isDisjoint(with: b) { return true }
        for x in a {
            for y in b {
                if x.count >= 4, y.count >= 4, x.hasSuffix(y) || y.hasSuffix(x) { return true }
                if EnglishStemmer.stem(x) == EnglishStemmer.stem(y) { return true }
            }
        }
        return false
    }

    func details() -> [Group] {
        var parent = Array(mentions.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var members = mentions.indices.map { [$0] }  // by root
        /// Agreement is not transitive: "about seven minutes" and "about four minutes" both fit "less than
        /// eight minutes" but not each other, so a group only takes values compatible with all it holds.
        func compatible(_ a: Int, _ b: Int) -> Bool {
            members[a].allSatisfy { x in members[b].allSatisfy { y in mentions[x].m.value.isCompatible(with: mentions[y].m.value) } }
        }
        var candidates: [(i: Int, j: Int, sim: Double)] = []
        var agreesWith = Set<[Int]>()  // [mention, other article]
        for (i, j) in candidatePairs() {
            do {
                switch relation(i, j) {
                case .agree:
                    let (ri, rj) = (find(i), find(j))
                    if ri != rj, compatible(ri, rj) {
                        parent[rj] = ri
                        members[ri] += members[rj]
                    }
                    agreesWith.insert([i, mentions[j].article])
                    agreesWith.insert([j, mentions[i].article])
                case .conflict:
                    candidates.append((i, j, sim(i, j)))
                case .none: break
                }
            }
        }
        // A conflict needs the two values to be about the same thing: neither side agrees with something else
        // in the other article, neither sentence also holds the other's value, and they share nearby words.
        var best: [[Int]: (Int, Int, Double)] = [:]
        for c in candidates {
            let (x, y) = (mentions[c.i], mentions[c.j])
            if agreesWith.contains([c.i, y.article]) || agreesWith.contains([c.j, x.article]) { continue }
            if holdsCompatible(x, like: y.m) || holdsCompatible(y, like: x.m) { continue }
            // "11 people arrested in Munich" and "559 arrested across France" count different places.
            if !x.m.places.isEmpty, !y.m.places.isEmpty, x.m.places.isDisjoint(with: y.m.places) { continue }
            // "Teodora Vance, 47, took 48,112 votes" and "beat Callum Reddaway by 8,242 votes" count for different people.
            if let a = x.m.owner, let b = y.m.owner, a != b { continue }
            switch x.m.value {
            case .object, .age: break
            case .count where CountFates.fate(of: x.m.context) != nil: break  // the fate says what is counted
            default:
                // the words right around both values; in sentences the aligner paired, for two dates to the day, two
                // words of their clauses ("left Portleven on 3 March" / "left Portleven on the evening of March 4"),
                // and for two demands one ("Prosecutors had asked for 18 years" / "Crown prosecutor … had asked for a
                // term of at least 16 years"): a date and a demand are one fact each, years and lengths are not
                if x.m.near.isDisjoint(with: y.m.near), !Self.sameEvent(x.m, y.m), !oneTransaction(x.article, x.m, y.article, y.m) {
                    guard isAligned(c.i, c.j) else { continue }
                    let shared = x.m.clause.intersection(y.m.clause).count
                    let isDate: Bool
                    if case .date = x.m.value { isDate = true } else { isDate = false }
                    if !(isDate && shared >= 2 || x.m.demand && y.m.demand && shared >= 1) { continue }
                }
            }
            let key = [c.i, y.article]
            if best[key] == nil || best[key]!.2 < c.sim { best[key] = (c.i, c.j, c.sim) }
        }
        var conflicted = Set<Int>()
        for (_, c) in best {
            let ri = find(c.0), rj = find(c.1)
            if ri != rj { parent[rj] = ri }
            conflicted.insert(c.0)
        }
        let conflictRoots = Set(conflicted.map(find))
        var groups: [Int: [Int]] = [:]
        for i in mentions.indices { groups[find(i), default: []].append(i) }
        return groups.map { root, members in
            let articles = Set(members.map { mentions[$0].article })
            let status: DetailStatus = conflictRoots.contains(root) ? .conflict : (articles.count > 1 ? .agree : .single)
            return Group(members: members.sorted { (mentions[$0].article, mentions[$0].m.paragraph, mentions[$0].m.start) < (mentions[$1].article, mentions[$1].m.paragraph, mentions[$1].m.start) }, status: status)
        }
    }

    /// Pairs worth comparing: details in comparable sentences, and counts of the same things anywhere.
    private func candidatePairs() -> [(Int, Int)] {
        var bySentence: [ComparableSentences.Key: [Int]] = [:]
        for i in mentions.indices { bySentence[key(i), default: []].append(i) }
        var out = Set<[Int]>()
        for (a, b) in comparable.candidatePairs(minimum: 0.08) {
            for i in bySentence[a] ?? [] { for j in bySentence[b] ?? [] { out.insert([min(i, j), max(i, j)]) } }
        }
        // a label's figure ("Turnout: 32.6%.") against figures of the same thing anywhere: its one or two words
        // share too little with any sentence to make the pair above
        var labelled: [String: [Int]] = [:]
        for (i, x) in mentions.enumerated() where ["percent", "money"].contains(x.m.value.kind) {
            for c in x.m.context { labelled[x.m.value.kind + " " + c, default: []].append(i) }
        }
        for (_, list) in labelled where list.count <= 2000 {
            for i in list where comparable.isLabel(key(i)) {
                for j in list where mentions[j].article != mentions[i].article { out.insert([min(i, j), max(i, j)]) }
            }
        }
        var byContext: [String: [Int]] = [:]
        for (i, x) in mentions.enumerated() where x.m.context.count >= 2 || CountFates.fate(of: x.m.context) != nil {
            switch x.m.value {
            case .count, .ordinal, .object: for c in x.m.context { byContext[c, default: []].append(i) }
            default: break
            }
        }
        for (i, x) in mentions.enumerated() {
            if case .age = x.m.value, let who = x.m.subject { byContext["age:" + who, default: []].append(i) }
            // "were taken by a Victorian vicar in 1896" / "The collection was taken in 1893 by …": years of one event
            if case .year = x.m.value, let e = x.m.event { byContext["year:" + e, default: []].append(i) }
            // "paid … £2m" / "a compensation fee of about £1.2m": sums of one transaction (`MoneyTransactions`)
            if case let .money(c, _, _, _) = x.m.value, let e = x.m.event { byContext["money:\(c) " + MoneyTransactions.family(e), default: []].append(i) }
        }
        for (_, list) in byContext where list.count <= 2000 {
            for (n, i) in list.enumerated() {
                for j in list[(n + 1)...] where mentions[i].article != mentions[j].article { out.insert([min(i, j), max(i, j)]) }
            }
        }
        return out.map { ($0[0], $0[1]) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// The sentence a mention stands in.
    private func key(_ i: Int) -> ComparableSentences.Key {
        ComparableSentences.Key(article: mentions[i].article, paragraph: mentions[i].m.paragraph, sentence: mentions[i].m.sentence)
    }

    private func isAligned(_ i: Int, _ j: Int) -> Bool { comparable.isAligned(key(i), key(j)) }

    private func sim(_ i: Int, _ j: Int) -> Double { comparable.similarity(key(i), key(j)) }

    /// Whether the sentence of `x` also gives a value compatible with `m` (then the two differ in topic, not fact).
    /// `x` itself does not count: two sums of one transaction can conflict as figures while their ranges overlap
    /// ("worth £3million" / "about £2.4m", `MoneyTransactions.differ`).
    private func holdsCompatible(_ x: (article: Int, m: DetailMention), like m: DetailMention) -> Bool {
        mentions.contains { o in
            o.m != x.m && o.article == x.article && o.m.paragraph == x.m.paragraph && o.m.sentence == x.m.sentence
                && o.m.value.kind == m.value.kind && o.m.value.isCompatible(with: m.value)
        }
    }
}
