import Foundation

/// Small, self-contained name resolution for attribution: which capitalised runs are people, what full
/// name a short form ("Kim", "President Lee") stands for, and whom a "he"/"she" refers to.
///
/// Kept apart from attribution so it can be swapped for the story-wide people index without touching the
/// quote rules. Evidence for a person is deliberately conservative (a title or role word, a role in an
/// appositive, or a multi-word name used as the subject of a speech verb), because a pronoun resolved to a
/// city is worse than one left unresolved.
struct NameResolver: Sendable {
    struct Mention: Sendable, Hashable {
        var paragraph: Int
        var start: Int
        var name: String
        var isPerson: Bool
        /// Lowercase role word attached to the mention ("spokesman", "president"), if any.
        var role: String?
        /// The words of the phrase that gave the role ("health", "minister"), for "the health minister said".
        var roleWords: [String] = []
        /// "in Chicago", "at Jetty Park": a pronoun rarely points back to such a mention.
        var afterPreposition = false
        /// Full name from the people index, when it knows this mention.
        var canonical: String? = nil
        var isOrganisation = false
        /// "Mr Albanese said …": the mention is the subject of a speech verb.
        var speaks = false
        /// "Responding to Smith, he said": inside a clause that opens its sentence with a participle, whose
        /// subject is the main clause's; the name there is an object, not whom a pronoun stands for.
        var inOpeningClause = false
        /// "the Mayor of Kelderby": an office, named by its title, whose holder the article may name elsewhere.
        var isOffice = false
    }

    /// Per article (story order), mentions outside quotes in reading order.
    private(set) var mentions: [[Mention]] = []
    /// Multi-word person names across the story, with how often each occurs.
    private(set) var fullNames: [String: Int] = [:]
    /// Multi-word organisation names ("Bank of England"), for "the Bank".
    private(set) var organisations: [String: Int] = [:]
    /// Other names for a person ("took the name Leo XIV").
    private(set) var aliases: [String: String] = [:]
    /// Names with direct evidence of a person (title, role, appositive, speech verb).
    private(set) var strongPeople = Set<String>()
    /// Per article, the one person of the people index its headline names in full, if any.
    private(set) var titlePeople: [String?] = []

    init(story: Story, people people_: PeopleIndex? = nil) {
        articleIDs = story.articles.map(\.id)
        sentenceStarts = story.articles.map { a in
            var d: [Int: [Int]] = [:]
            for p in a.paragraphs { d[p.index] = p.sentences.map(\.start) }
            return d
        }
        paragraphTexts = story.articles.map { a in Dictionary(a.paragraphs.map { ($0.index, $0.text) }, uniquingKeysWith: { x, _ in x }) }
        var raw: [[(Mention, NameRun, Bool)]] = []
        var people = Set<String>()
        var strongNames = Set<String>()
        var orgs: [String: Int] = [:]
        var aliasTo: [String: String] = [:]
        for article in story.articles {
            var list: [(Mention, NameRun, Bool)] = []
            var subjects: [Int: [SentenceSubject?]] = [:]
            defer { sentenceSubjects.append(subjects) }
            for p in article.paragraphs {
                let tokens = Tokenizer.tokens(p.text)
                acronyms.scan(p.text, tokens: tokens)
                subjects[p.index] = Self.sentenceSubjects(p.sentences.map(\.start), tokens: tokens)
                let quotes = QuoteScanner.scan(p.text).filter { $0.depth == 0 }
                let topic = TopicIntroduction.colon(in: p.text, tokens: tokens)
                var previous: [NameRun] = []
                for run in NameRuns.find(in: p.text, tokens: tokens) {
                    if quotes.contains(where: { $0.start <= run.start && run.end <= $0.end }) { continue }
                    defer { previous.append(run) }
                    if run.isOrganisation {
                        if run.wordCount >= 2 { orgs[run.name, default: 0] += 1 }
                        list.append((Mention(paragraph: p.index, start: run.start, name: run.name, isPerson: false, role: nil,
                                             afterPreposition: NameRunCues.isAfterPreposition(run, tokens: tokens),
                                             isOrganisation: true), run, false))
                        continue
                    }
                    let afterPreposition = NameRunCues.isAfterPreposition(run, tokens: tokens)
                    let phrase = NameRunCues.roleWords(of: run, tokens: tokens, text: p.text, afterPreposition: afterPreposition)
                    let role = run.office ?? NameRunCues.role(before: run, tokens: tokens, text: p.text)
                        ?? (afterPreposition ? nil : NameRunCues.appositiveRole(after: run, tokens: tokens, text: p.text))
                        ?? phrase?.role
                    let speaks = NameRunCues.isFollowedBySpeechVerb(run, tokens: tokens, text: p.text)
                    let strong = run.hasRole || role != nil
                        || NameRunCues.hasAppositiveRole(after: run, tokens: tokens, text: p.text, afterPreposition: afterPreposition)
                        || (run.wordCount >= 2 && speaks)
                    let person = strong || run.wordCount >= 2 && !afterPreposition
                    if person { people.insert(run.name) }
                    if strong { strongNames.insert(run.name) }
                    // "… took the name Leo XIV": an alias of the person named earlier in the sentence.
                    let k = run.tokenRange.lowerBound
                    if k > 0, tokens[k - 1].norm == "name", let owner = previous.last(where: { !$0.isOrganisation && $0.wordCount >= 2 }) {
                        aliasTo[run.name] = owner.name
                    }
                    list.append((Mention(paragraph: p.index, start: run.start, name: run.name, isPerson: person, role: role,
                                         roleWords: phrase?.role == role ? phrase?.words ?? [] : [],
                                         afterPreposition: afterPreposition,
                                         speaks: speaks,
                                         inOpeningClause: NameRunCues.inOpeningParticipleClause(run.start, paragraph: p, tokens: tokens)
                                             || topic.map { run.start < $0 } == true,
                                         isOffice: run.office != nil),
                                 run, afterPreposition))
                }
            }
            raw.append(list)
        }
        var full: [String: Int] = [:]
        for list in raw { for (m, _, _) in list where people.contains(m.name) && m.name.split(separator: " ").count >= 2 { full[m.name, default: 0] += 1 } }
        fullNames = full
        acronyms.finish()
        organisations = orgs
        strongPeople = strongNames
        aliases = aliasTo.filter { people.contains($0.value) }
        // Short forms of known people are people too ("Walsh" after "Patrick F. Walsh, a professor").
        let shortForms = Set(full.keys.flatMap { n -> [String] in
            let w = n.split(separator: " ").map(String.init)
            return [w.first!, w.last!]
        })
        let aliasNames = Set(aliases.keys)
        mentions = raw.map { list in
            list.map { (m, run, _) in
                var m = m
                if !run.isOrganisation, people.contains(m.name) || shortForms.contains(m.name) || aliasNames.contains(m.name) {
                    m.isPerson = true
                }
                return m
            }
        }
        guard let index = people_ else {
            buildLookups()
            return
        }
        // The people index knows more names (word lists, epithets like "the new pope"): it decides who is
        // a person where it has an opinion, and its full names are the canonical ones.
        self.index = index
        titlePeople = story.articles.map { Self.onlyPersonNamed(in: $0.title, people: index) }
        let articleIDs = story.articles.map(\.id)
        for a in mentions.indices {
            var list = mentions[a]
            for k in list.indices {
                let m = list[k]
                // "who has fished the Ambrell since he was a boy": one word of a longer name right after "the" is a
                // river or a firm sharing the word, not that person named short (no one is "the Pym").
                if let person = index.person(at: articleIDs[a], paragraph: m.paragraph, offset: m.start),
                    !(!m.name.contains(" ") && person.name.contains(" ") && person.name != m.name
                        && Self.afterArticle(m, text: story.articles[a].paragraphs.first { $0.index == m.paragraph }?.text)) {
                    list[k].isPerson = true
                    list[k].canonical = person.name
                } else if m.isPerson, !strongNames.contains(m.name), !index.people.isEmpty,
                    Self.afterArticle(m, text: story.articles[a].paragraphs.first { $0.index == m.paragraph }?.text)
                        || (Self.isOnlyShortForm(m.name, people: people) && aliases[m.name] == nil)
                        // "the 1974 weepie Winter Harbour": two capitalised words with no cue of a person
                        // that the index did not take for one.
                        || (m.name.split(separator: " ").count >= 2 && !m.speaks && m.role == nil && aliases[m.name] == nil)
                {
                    // "the Bad Guy", "a Big Deal": capitals after an article that the index does not know
                    // are a title or a thing, and neither they nor a word of a name the index does not take
                    // for a person ("Citigroup" of "Citigroup Global Markets") may take a pronoun.
                    list[k].isPerson = false
                }
            }
            // Mentions only the index found (epithets, names my runs missed) count for pronouns too.
            let known = Set(list.map { [$0.paragraph, $0.start] })
            var quotesIn: [Int: [QuoteSpan]] = [:]
            func insideQuote(_ paragraph: Int, _ offset: Int) -> Bool {
                if quotesIn[paragraph] == nil {
                    let ps = story.articles[a].paragraphs
                    let text = (paragraph < ps.count && ps[paragraph].index == paragraph ? ps[paragraph] : ps.first { $0.index == paragraph })?.text ?? ""
                    quotesIn[paragraph] = QuoteScanner.scan(text).filter { $0.depth == 0 }
                }
                return quotesIn[paragraph]!.contains { $0.start <= offset && offset < $0.end }
            }
            for p in index.people {
                // "Outside court he read …": a word that opens sentences, listed under no fuller name, is no one a
                // pronoun goes back to.
                if !p.name.contains(" "), AttributionLexicon.capitalizedNonNames.contains(p.name.lowercased()) { continue }
                for mm in p.mentions where mm.article == articleIDs[a] && !known.contains([mm.paragraph, mm.start]) && !insideQuote(mm.paragraph, mm.start) {
                    list.append(Mention(paragraph: mm.paragraph, start: mm.start, name: mm.text, isPerson: true, role: nil, canonical: p.name))
                }
            }
            mentions[a] = list.sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
        }
        buildLookups()
    }

    // MARK: - Lookups
    //
    // Attribution asks for names before a position once per quote. Filtering every mention of the article
    // for each question made a long article quadratic (a 2 MB paste of quotes and names took minutes), so
    // the questions are answered from tables built once: positions per name and per role, binary search
    // for "before this position", and backward walks bounded by `lookBack`.

    /// Most mentions a backward walk (pronoun, organisation) looks at: far more than any real antecedent
    /// distance, small enough that an article of thousands of names stays linear.
    static let lookBack = 400

    /// Per article: for each mention name, the indices of its mentions in `mentions[article]`.
    private var indicesByName: [[String: [Int]]] = []
    /// Per article: for each role word, the indices of person mentions with that role.
    private(set) var indicesByRole: [[String: [Int]]] = []
    /// Per article: indices of organisation mentions with a multi-word name.
    private(set) var organisationIndices: [[Int]] = []
    /// Organisations the story names again by their initials ("ICO").
    private(set) var acronyms = Acronyms()
    /// Full names by their first and by their last word, for short forms.
    private var fullNamesByWord: [String: [String]] = [:]
    private var organisationsByFirstWord: [String: [String]] = [:]
    private var personNames = Set<String>()
    /// Names (full names and aliases) of the people the people index lists, when there is one.
    private var indexPeople = Set<String>()

    private mutating func buildLookups() {
        indicesByName = mentions.map { list in
            var d: [String: [Int]] = [:]
            for (k, m) in list.enumerated() { d[m.name, default: []].append(k) }
            return d
        }
        indicesByRole = mentions.map { list in
            var d: [String: [Int]] = [:]
            for (k, m) in list.enumerated() where m.isPerson { if let r = m.role { d[r, default: []].append(k) } }
            return d
        }
        organisationIndices = mentions.map { list in list.indices.filter { list[$0].isOrganisation && list[$0].name.contains(" ") } }
        var byWord: [String: [String]] = [:]
        for n in fullNames.keys {
            let w = n.split(separator: " ").map(String.init)
            guard let f = w.first, let l = w.last else { continue }
            byWord[f, default: []].append(n)
            if l != f { byWord[l, default: []].append(n) }
        }
        fullNamesByWord = byWord
        var orgs: [String: [String]] = [:]
        for n in organisations.keys { if let f = n.split(separator: " ").first { orgs[String(f), default: []].append(n) } }
        organisationsByFirstWord = orgs
        personNames = Set(mentions.flatMap { $0.filter(\.isPerson).map(\.name) })
        indexPeople = Set((index?.people ?? []).flatMap { [$0.name] + $0.aliases })
    }

    /// Number of mentions of `article` (or of the index list `list` into them) strictly before the position.
    func countBefore(_ list: [Int], article: Int, paragraph: Int, offset: Int) -> Int {
        let ms = mentions[article]
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let m = ms[list[mid]]
            if (m.paragraph, m.start) < (paragraph, offset) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func countBefore(article: Int, paragraph: Int, offset: Int) -> Int {
        let ms = mentions[article]
        var lo = 0, hi = ms.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if (ms[mid].paragraph, ms[mid].start) < (paragraph, offset) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private(set) var index: PeopleIndex?
    private var articleIDs: [String] = []

    /// The person the people index places at this position, if any.
    func personAt(article: Int, paragraph: Int, offset: Int, end: Int? = nil) -> String? {
        guard let index, article < articleIDs.count else { return nil }
        if let end, end > offset { return index.person(at: articleIDs[article], paragraph: paragraph, within: offset..<end)?.name }
        return index.person(at: articleIDs[article], paragraph: paragraph, offset: offset)?.name
    }

    /// Full name for a short or titled form, preferring the person most recently named before `offset` in
    /// the same article, then later in the article, then the most frequent in the story.
    func canonical(_ name: String, article: Int, paragraph: Int, offset: Int, end: Int? = nil) -> String {
        // The index's full name wins; a one-word answer from it still gets the full-name search below.
        if let p = personAt(article: article, paragraph: paragraph, offset: offset, end: end), p.contains(" ") || aliases[p] != nil {
            return aliases[p] ?? p
        }
        if let target = aliases[name] { return target }
        if let full = acronyms.expansions[name] { return full }
        let words = name.split(separator: " ").map(String.init)
        if let holder = officeHolder(words, article: article, paragraph: paragraph, offset: offset) { return holder }
        // "the Bank" → "Bank of England"
        if words.count == 1, AttributionLexicon.organisationWords.contains(name.lowercased()),
            let org = (organisationsByFirstWord[name] ?? []).map({ ($0, organisations[$0] ?? 0) })
                .max(by: { ($0.1, $1.0) < ($1.1, $0.0) })?.0
        { return org }
        guard let firstWord = words.first, let lastWord = words.last else { return name }
        func matches(_ full: String) -> Bool {
            guard full != name else { return false }
            let fw = full.split(separator: " ").map(String.init)
            guard fw.count > words.count else { return false }
            if words.count == 1 { return fw.first == firstWord || fw.last == firstWord }
            return fw.first == firstWord && fw.last == lastWord
        }
        // A lone word is a family name ("Okafor" → "Chidi Okafor"); as the first word of a longer name it is
        // only a short form of someone the people index knows ("Xi" → "Xi Jinping"), not of a plan or a
        // place that starts with it ("the Louvre" → "Louvre Nouvelle Renaissance").
        let candidates = Set((fullNamesByWord[firstWord] ?? []) + (fullNamesByWord[lastWord] ?? [])).filter(matches)
            .filter { full in
                guard words.count == 1, index != nil, full.split(separator: " ").last.map(String.init) != firstWord else { return true }
                return indexPeople.contains(full)
            }
        guard !candidates.isEmpty else { return name }
        if article < mentions.count {
            // The latest mention of a candidate before the position, else the first one in the article.
            var before: Int?
            var first: Int?
            for c in candidates {
                guard let list = indicesByName[article][c], let f = list.first else { continue }
                let k = countBefore(list, article: article, paragraph: paragraph, offset: offset)
                if k > 0 { before = max(before ?? -1, list[k - 1]) }
                first = min(first ?? Int.max, f)
            }
            if let m = before ?? first { return mentions[article][m].name }
        }
        return candidates.max { (fullNames[$0]!, $1) < (fullNames[$1]!, $0) }!
    }

    /// Per article: sentence start offsets of each paragraph (by paragraph index).
    private(set) var sentenceStarts: [[Int: [Int]]] = []
    /// Per article: each paragraph's text by paragraph index, for the words between two mentions.
    private(set) var paragraphTexts: [[Int: String]] = []
    /// Per article: how each sentence of each paragraph opens, when with "He said" or "The judge noted"
    /// (by paragraph index, parallel to `sentenceStarts`). Found once from the paragraph's tokens: looked up
    /// per pronoun and per earlier mention, re-tokenizing the sentence each time was two fifths of the
    /// quote ledger on text dense with quotes.
    private(set) var sentenceSubjects: [[Int: [SentenceSubject?]]] = []

    /// Gender known from a title or role word at some mention, by canonical name.
    var genders: [String: Bool] = [:]

    /// A single word that counted as a person only as part of a longer name ("Citigroup" of "Citigroup Global
    /// Markets"): when the people index does not take that name for a person either, a pronoun must not land on it.
    static func isOnlyShortForm(_ name: String, people: Set<String>) -> Bool {
        !name.contains(" ") && !people.contains(name)
    }

    /// Whether "the", "a" or "an" stands right before the mention.
    static func afterArticle(_ m: Mention, text: String?) -> Bool {
        guard let text else { return false }
        let before = ScalarText.slice(text, max(0, m.start - 5), m.start).lowercased()
        return before.hasSuffix(" the ") || before.hasSuffix(" a ") || before.hasSuffix(" an ")
            || before == "the "
    }

    func isPerson(_ name: String) -> Bool {
        personNames.contains(name)
    }

    /// A person the people index lists under this name or alias (not only a run of capitals).
    func isIndexedPerson(_ name: String) -> Bool { indexPeople.contains(name) }

    /// A person by a mention's name or by the people index's full name or alias.
    func isKnownPerson(_ name: String) -> Bool {
        personNames.contains(name) || indexPeople.contains(name) || strongPeople.contains(name)
    }

    /// The one person of the index whose full name the headline holds ("… French President Emmanuel Macron vows to
    /// rebuild …"), or nil when it names none or several.
    static func onlyPersonNamed(in title: String?, people: PeopleIndex) -> String? {
        guard let title, !title.isEmpty else { return nil }
        let folded = NameLexicon.fold(title)
        let named = people.people.filter { $0.name.contains(" ") && folded.contains(NameLexicon.fold($0.name)) }
        return named.count == 1 ? named[0].name : nil
    }
}

