import Foundation

/// Recognition and alias resolution over one story: the two passes behind `PeopleIndex.build(story:)`.
enum StoryPeople {
    static func people(in story: Story, lexicon lex: NameLexicon = .shared) -> [Person] {
        let analysed: [[ParagraphNames]] = story.articles.map { a in a.paragraphs.map { NameRecognizer.analyse($0, lexicon: lex) } }

        // Pass 1: names the context proves are people. Headline-case lines never introduce anyone.
        var registry = PersonRegistry()
        var unproven: [(run: CapitalRun, tokens: [NameToken], bare: [String: Int], article: Int)] = []
        // Nicknames in capitals ('Priya "PJ" Jagannathan'), which never open a run of their own.
        var acronymNicknames = Set<String>()
        // One-word names the story proves to be businesses ("Shares in Dyson"), see `BusinessNames.personMeant`.
        var businessWords = Set<String>()
        // How often each last word of a name run is written ("Priya Lowden", "Ms Lowden"): of two spellings of one
        // person seen as often in full, the one the story writes more (`mergeSpellingVariants`).
        var familyCounts: [String: Int] = [:]
        // "told North Sea Sound": an outlet of the story is never one of its people.
        let outlets = Set(story.articles.compactMap(\.outlet).map(PersonRegistry.compactKey))
        func isOutlet(_ run: CapitalRun, _ toks: [NameToken]) -> Bool {
            !outlets.isEmpty && (outlets.contains(PersonRegistry.compactKey(toks[run.all].map(\.base).joined()))
                || outlets.contains(PersonRegistry.compactKey(toks[run.core].map(\.base).joined())))
        }
        for (ai, paragraphs) in analysed.enumerated() {
            var lastPerson: Int? = nil
            let bare = bareWordCounts(paragraphs, lexicon: lex)
            for pn in paragraphs where !pn.headline {
                for run in pn.runs where run.namedAfterPlace { registry.notAPerson(pn.tokens[run.core.lowerBound].base) }
                for word in BusinessNames.words(in: pn) { registry.notAPerson(word); businessWords.insert(word) }
                for word in AnimalNames.words(in: pn) { registry.notAPerson(word) }
                // Token index right after the last person's name in this paragraph, for "X, known as Y".
                var personEnd: Int? = nil
                for run in pn.runs where !run.isOrganisation && !run.core.isEmpty && !isOutlet(run, pn.tokens) {
                    familyCounts[NameLexicon.fold(pn.tokens[run.core.upperBound - 1].base), default: 0] += 1
                    let display = coreText(run, pn.tokens)
                    var introduced = aliasIntroduction(pn.tokens, run.all.lowerBound)
                    if let end = personEnd, nicknameAfterName(pn.tokens, nameEnd: end, run: run.all.lowerBound) { introduced = .always }
                    if let target = lastPerson, introduced == .always || (introduced == .ifNamed && run.evidence > .none) {
                        registry.link(display, to: target)
                        registry.linkGivenName(of: display, to: target)
                        // "Francis O'Hare, known to members as Frankie" … "Frankie O'Hare said": the other name with
                        // the family name is the person too.
                        let full = registry.entries[registry.find(target)].name.split(separator: " ")
                        if !display.contains(" "), full.count >= 2, let family = full.last {
                            registry.linkNickname(display + " " + family, to: target)
                        }
                        continue
                    }
                    if run.evidence > .none { registry.add(run: run, tokens: pn.tokens, lexicon: lex) }
                    else if run.core.count >= 2 { unproven.append((run, pn.tokens, bare, ai)) }
                    if let known = registry.lookup(display) {
                        lastPerson = known
                        personEnd = run.core.upperBound
                        for t in pn.tokens[run.core] where t.isNickname && !t.gapBefore.hasSuffix("(") {
                            registry.link(t.token.text, to: known)
                            if t.isAcronym { acronymNicknames.insert(t.base) }
                            // 'Douglas "Dougie" Rennie' … "Dougie Rennie will remain": the nickname and the family name.
                            if let family = pn.tokens[run.core].last, !family.isNickname { registry.linkNickname(t.token.text + " " + family.base, to: known) }
                        }
                    } else if run.core.count == 1, let last = lastPerson,
                              registry.short(pn.tokens[run.core.lowerBound].base).contains(registry.find(last)) {
                        // "Francis O'Hare … O'Hare, known to members as Frankie": the family name alone names the
                        // person just named, so a nickname after it is theirs.
                        personEnd = run.core.upperBound
                    }
                }
            }
        }
        var fullRuns: [String: Int] = [:]
        for u in unproven { fullRuns["\(u.article) " + u.tokens[u.run.core].map(\.base).joined(separator: " "), default: 0] += 1 }
        // Names of things follow "the" or "a" ("the Vexa Starliner"); people's do not.
        for u in unproven where !afterArticle(u.run.all.lowerBound, u.tokens)
            && (registry.confirmsFullName(u.run, tokens: u.tokens)
                || u.run.all == u.run.core && (PersonCues.subjectBeforePronoun(u.tokens, core: u.run.core, lex)
                    || PersonCues.agentOfPersonVerb(u.tokens, core: u.run.core) || PersonCues.rankedOrThanked(u.tokens, core: u.run.core, lex)
                    || PersonCues.wonAPersonsPrize(u.tokens, core: u.run.core, lex) || PersonCues.creditedWork(u.tokens, core: u.run.core, lex))
                || repeatedFamilyName(u.run, tokens: u.tokens, bare: u.bare,
                                      fullRepeats: fullRuns["\(u.article) " + u.tokens[u.run.core].map(\.base).joined(separator: " ")] ?? 1)
                    && !registry.isNotAPerson(u.tokens[u.run.core.upperBound - 1].base))
        {
            registry.add(run: u.run, tokens: u.tokens, lexicon: lex)
        }
        registry.finish()
        registry.mergeSpellingVariants(familyCounts: familyCounts)
        registry.mergeDoubleFamilyNames(lexicon: lex)
        registry.mergeLeadingNames()
        registry.mergeStyledGivenNames()
        registry.mergeReversedNames(lexicon: lex)
        registry.mergeShortGivenNames(lexicon: lex)
        registry.mergeGivenNameSpellings()
        let entries = registry.entries

        // Pass 2: every mention of those people, short forms resolved by recency within the article.
        var mentions = Array(repeating: [Mention](), count: entries.count)
        var clock = 0
        // Whether a person was called "Ms"/"Mrs" (true) or "Mr" (false), so "Ms O'Halloran" is not the father
        // just called "Mr O'Halloran".
        var female: [Int: Bool] = [:]
        // People introduced as someone's relative ("Her son, Kwame Mensah"), see `KinIntroductions`.
        var relatives = Set<Int>()
        for (ai, article) in story.articles.enumerated() {
            var lastSeen: [Int: Int] = [:]
            // People this article has named in full or with a title, to whom a business's word may go.
            var namedHere = Set<Int>()
            for (pi, pn) in analysed[ai].enumerated() where !subHeading(article.paragraphs, pi) {
                let paragraph = article.paragraphs[pi]
                let proofs = businessWords.isEmpty || pn.headline ? [] : BusinessNames.proofs(in: pn).map(\.at)
                for run in pn.runs where !pn.headline {
                    guard let person = commonWordFamilyName(run, pn, registry: registry, lastSeen: lastSeen, lexicon: lex) else { continue }
                    clock += 1
                    lastSeen[person] = clock
                    let t = pn.tokens[run.all.lowerBound]
                    mentions[person].append(Mention(story: story, article: article, paragraph: paragraph, start: t.token.start, end: t.baseEnd))
                }
                for var run in pn.runs where pn.headline || (!run.isOrganisation && !run.core.isEmpty) || familyNameWithArticle(run, pn, registry)
                    || wholeRunIsAPerson(run, pn, registry)
                {
                    if run.isOrganisation, wholeRunIsAPerson(run, pn, registry) { run.core = run.all; run.isOrganisation = false }
                    // "in the Manmohan Singh government": a name used to qualify a noun is not whom a bare
                    // "Singh" later stands for.
                    let next = run.all.upperBound
                    let attributive = next < pn.tokens.count && pn.tokens[next].gapBefore == " " && !pn.tokens[next].isCap
                        && Self.attributiveHeads.contains(pn.tokens[next].base)
                    let kin = pn.headline ? nil : KinIntroductions.introduction(pn.tokens, runStart: run.all.lowerBound)
                    if let k = kin, let pf = k.possessorFemale, let owner = lastSeen.max(by: { $0.value < $1.value })?.key, female[owner] == nil {
                        female[owner] = pf
                    }
                    var readings = [(run, resolve(run, pn, registry: registry, lastSeen: lastSeen, female: female, relatives: relatives, lexicon: lex))]
                    if run.title != nil, let other = CoupleTitles.partnerTitle(pn.tokens, runStart: run.all.lowerBound, lexicon: lex) {
                        var partner = run
                        partner.title = other
                        let named = Set(readings[0].1.map(\.1))
                        readings.append((partner, resolve(partner, pn, registry: registry, lastSeen: lastSeen, female: female, relatives: relatives, lexicon: lex)
                            .filter { !named.contains($0.1) }))
                    }
                    for (reading, hits) in readings {
                        let titleFemale = reading.title.flatMap { Self.femaleTitle(TextNormalizer.forMatching($0)) }
                        for (range, person) in hits {
                            if range.count >= 2 || reading.title != nil {
                                namedHere.insert(person)
                            } else if businessWords.contains(pn.tokens[range.lowerBound].base),
                                      proofs.contains(range.lowerBound) || !BusinessNames.personMeant(
                                          pn.tokens, at: range.lowerBound, namedInArticle: namedHere.contains(person), lexicon: lex) {
                                continue
                            }
                            clock += 1
                            if !attributive { lastSeen[person] = clock }
                            if range.lowerBound == run.core.lowerBound, let f = titleFemale, female[person] == nil { female[person] = f }
                            if range.lowerBound == run.core.lowerBound, let k = kin {
                                if female[person] == nil { female[person] = k.relativeFemale }
                                relatives.insert(person)
                            }
                            mentions[person].append(Mention(
                                story: story, article: article, paragraph: paragraph, start: pn.tokens[range.lowerBound].token.start,
                                end: pn.tokens[range.upperBound - 1].baseEnd, title: range.lowerBound == run.core.lowerBound ? reading.title : nil))
                        }
                    }
                }
                // "PJ left Voltaro" after 'Priya "PJ" Jagannathan': the nickname alone is the person.
                if !acronymNicknames.isEmpty, !pn.headline {
                    for (k, t) in pn.tokens.enumerated() where t.isAcronym && acronymNicknames.contains(t.base) && !pn.runs.contains(where: { $0.all.contains(k) }) {
                        guard let person = registry.full(PersonRegistry.compactKey(t.base)) else { continue }
                        clock += 1
                        lastSeen[person] = clock
                        mentions[person].append(Mention(story: story, article: article, paragraph: paragraph, start: t.token.start, end: t.baseEnd))
                    }
                }
                // "with mum AMARA and dad CHIDI", "champ PARK JI-HOON": tabloids set names in capitals.
                if !pn.headline {
                    for (range, person) in ShoutedNames.find(in: pn, registry: registry, skip: acronymNicknames, lexicon: lex)
                        + LowerCaseNames.find(in: pn, registry: registry, lexicon: lex) {
                        clock += 1
                        lastSeen[person] = clock
                        let first = pn.tokens[range.lowerBound], last = pn.tokens[range.upperBound - 1]
                        mentions[person].append(Mention(story: story, article: article, paragraph: paragraph, start: first.token.start, end: last.baseEnd))
                    }
                }
            }
        }
        // "the Prime Minister" for the one person the story introduces as Prime Minister.
        for (ai, article) in story.articles.enumerated() {
            for (pi, pn) in analysed[ai].enumerated() where !pn.headline {
                let paragraph = article.paragraphs[pi]
                for e in EpithetFinder.findBare(in: pn) {
                    guard let person = registry.soleHolder(of: e.title, among: Set(mentions.indices.filter { mentions[$0].contains { $0.article == article.id } }))
                    else { continue }
                    mentions[person].append(Mention(story: story, article: article, paragraph: paragraph, start: e.start, end: e.end, kind: .epithet))
                }
            }
        }
        // Epithets: "the Chinese leader" for the one Chinese head of state or government named in the story.
        let heads = registry.headsByCountry()
        if !heads.isEmpty {
            for (ai, article) in story.articles.enumerated() {
                for (pi, pn) in analysed[ai].enumerated() {
                    let paragraph = article.paragraphs[pi]
                    for e in EpithetFinder.find(in: pn, lexicon: lex) {
                        guard let person = heads[PersonRegistry.compactKey(e.country)] else { continue }
                        mentions[person].append(Mention(story: story, article: article, paragraph: paragraph, start: e.start, end: e.end, kind: .epithet))
                    }
                }
            }
        }
        let order = Dictionary(story.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for i in mentions.indices where mentions[i].contains(where: { $0.kind == .epithet }) {
            mentions[i].sort { a, b in
                (order[a.article] ?? 0, a.paragraph, a.start) < (order[b.article] ?? 0, b.paragraph, b.start)
            }
        }
        // A transcript's turn labels say who speaks; their names are no mention in the copy (`TurnLabels`).
        let labelColons = Dictionary(story.articles.map { ($0.id, TurnLabels.colons(in: $0)) }, uniquingKeysWith: { a, _ in a })
        for i in mentions.indices {
            for k in mentions[i].indices where mentions[i][k].kind == .name {
                if let c = labelColons[mentions[i][k].article]?[mentions[i][k].paragraph], mentions[i][k].end <= c { mentions[i][k].kind = .label }
            }
        }
        var people: [Person] = []
        for i in registry.roots where !mentions[i].isEmpty {
            let name = entries[i].name
            people.append(Person(name: name, aliases: aliases(mentions[i], name: name), mentions: mentions[i]))
        }
        return PeopleIndex.sortPeople(people)
    }

    /// A sub-heading inside the story ("Who is Teodora Vance?", a live page's entry headline) organises the copy: a
    /// hand count of how often an outlet names someone leaves it out, as it leaves out the headline. A heading
    /// right over a wire dateline ("Gyeongju, South Korea (AFP) Nov 1, 2025 - …") is the headline of another story
    /// pasted in, and stays text of the page.
    static func subHeading(_ paragraphs: [Paragraph], _ pi: Int) -> Bool {
        guard paragraphs[pi].isHeading else { return false }
        return pi + 1 >= paragraphs.count || MetadataInference.dateline(String(String.UnicodeScalarView(paragraphs[pi + 1].text.unicodeScalars.prefix(100))), prefixOnly: true) == nil
    }

    /// How often each word stands alone as a capitalised run of running text in one article, not after
    /// "the" or "a" ("Korda has won", "sent to Korda by"; not "the Starliner"). A use as the subject of a
    /// speech verb ("Whitfield said") counts twice: people speak, and that one use is as good as two others.
    static func bareWordCounts(_ paragraphs: [ParagraphNames], lexicon lex: NameLexicon = .shared) -> [String: Int] {
        var counts: [String: Int] = [:]
        for pn in paragraphs where !pn.headline {
            for run in pn.runs where run.all.count == 1 && run.core.count == 1 && !run.isOrganisation && run.title == nil {
                let k = run.all.lowerBound
                if afterArticle(k, pn.tokens) { continue }
                counts[pn.tokens[k].base, default: 0] += PersonCues.speechVerbAfter(pn.tokens, k + 1, lex) ? 2 : 1
            }
        }
        return counts
    }

    /// "When Nelly Korda pulled out …" then "Korda has won …", "sent to Korda by …": two name words with no
    /// cue of their own, the second used alone at least twice in the same article, name one person (news
    /// copy gives the full name once and the family name after). The full name given twice counts as one more
    /// use ("Jory Pascoe" twice, "Pascoe has not signed it" once: a feature's subject).
    static func repeatedFamilyName(_ run: CapitalRun, tokens: [NameToken], bare: [String: Int], fullRepeats: Int = 1) -> Bool {
        let core = tokens[run.core].filter { !$0.isNickname }
        guard core.count == 2, core.allSatisfy({ $0.isCap && !$0.isInitial && !$0.isNumeral }), !core[0].possessive else { return false }
        let alone = bare[core[1].base, default: 0]
        return alone + (alone >= 1 && fullRepeats >= 2 ? 1 : 0) >= 2
    }

    static func afterArticle(_ k: Int, _ tokens: [NameToken]) -> Bool {
        k > 0 && ["the", "a", "an"].contains(tokens[k - 1].base)
    }

    static func coreText(_ run: CapitalRun, _ toks: [NameToken]) -> String {
        toks[run.core].filter { !$0.isNickname }.map(\.base).joined(separator: " ")
    }

    /// The people a run mentions: the longest known full names inside its name part, or, for a lone word
    /// (or in a headline), a known family name.
    static func resolve(
        _ run: CapitalRun, _ pn: ParagraphNames, registry: PersonRegistry, lastSeen: [Int: Int],
        female: [Int: Bool] = [:], relatives: Set<Int> = [], lexicon lex: NameLexicon = .shared
    ) -> [(Range<Int>, Int)] {
        let toks = pn.tokens
        let wantFemale = run.title.flatMap { femaleTitle(TextNormalizer.forMatching($0)) }
        // In a headline the run is not split reliably ("Merkel Jokes With Macron"), so scan all of it.
        let core = pn.headline ? run.all : run.core
        var out: [(Range<Int>, Int)] = []
        var i = core.lowerBound
        while i < core.upperBound {
            var matched = false
            var j = core.upperBound
            while j - i >= 2 {
                let key = PersonRegistry.compactKey(toks[i..<j].filter { !$0.isNickname }.map(\.base).joined())
                if let p = registry.full(key) {
                    out.append((i..<j, p))
                    i = j
                    matched = true
                    break
                }
                j -= 1
            }
            if matched { continue }
            if core.count == 1, let t = run.title, PersonRegistry.givenNameTitles.contains(TextNormalizer.forMatching(t)) {
                let ids = registry.given(toks[i].base)
                if ids.count == 1 {
                    out.append((i..<(i + 1), ids[0]))
                } else if let p = registry.full(PersonRegistry.compactKey(t + toks[i].base)) {
                    out.append((i..<(i + 1), p))
                }
                i += 1
                continue
            }
            // "Ms des Cars", "Van der Merwe said": a particle and a family name stand for the person as a bare
            // family name would.
            if i == core.lowerBound, PersonRegistry.particleFamilyName(Array(toks[core])) {
                if let p = pick(registry.short(toks[core.upperBound - 1].base), lastSeen: lastSeen, registry: registry)
                    ?? registry.full(PersonRegistry.compactKey(toks[core].map(\.base).joined()))
                {
                    out.append((core, p))
                }
                i = core.upperBound
                continue
            }
            if core.count == 1 || pn.headline {
                let word = toks[i].base
                var candidates = registry.short(word)
                // "Dr Amara Okafor" and her husband "Chidi Okafor", then "Dr Okafor": a title other than a courtesy
                // one goes to the people introduced with it, when some of those sharing the family name were.
                if candidates.count > 1, let t = run.title.map({ TextNormalizer.forMatching($0).trimmingCharacters(in: .punctuationCharacters) }),
                   !Self.courtesyTitles.contains(t) {
                    let holders = registry.holders(of: t)
                    let titled = candidates.filter { holders.contains($0) }
                    if !titled.isEmpty { candidates = titled }
                }
                // A title that says a woman (or a man) rules out people already called the other.
                if let w = wantFemale, candidates.count > 1 {
                    let fitting = candidates.filter { female[$0] == nil || female[$0] == w }
                    if !fitting.isEmpty { candidates = KinIntroductions.withoutRelatives(fitting, relatives: relatives) }
                } else if candidates.count > 1, !pn.headline, let w = sexOfPronounAfter(toks, i) {
                    // With no title, a pronoun of the same clause rules out those known to be the other sex.
                    let fitting = candidates.filter { female[$0] == w }
                    if fitting.count == 1 { candidates = fitting }
                }
                // "Governor Narongsak Osatanakorn" … "Mr Narongsak said", "said Narongsak": where no full name of the
                // story ends in the word, the given name alone (Thai and Icelandic copy, among others), after a
                // courtesy title or in running text, is the one person who has that given name.
                // Untitled, the word must be no sentence's first word unless it speaks ("…,” said Narongsak").
                let courtesy = run.title.map { Self.courtesyTitles.contains(TextNormalizer.forMatching($0).trimmingCharacters(in: .punctuationCharacters)) }
                    ?? (!toks[i].sentenceInitial || Self.speaksAfterQuote(toks, i, lex) || PersonCues.speechVerbAfter(toks, i + 1, lex))
                if !pn.headline, courtesy, !candidates.contains(where: { registry.entries[$0].name.contains(" ") }),
                   case let ids = registry.given(word), ids.count == 1,
                   registry.entries[ids[0]].name.contains(" ")
                {
                    out.append((i..<(i + 1), ids[0]))
                } else if let p = pick(candidates, lastSeen: lastSeen, registry: registry, bare: run.title == nil && !pn.headline) {
                    out.append((i..<(i + 1), p))
                } else if let p = registry.full(PersonRegistry.compactKey(word)) {
                    out.append((i..<(i + 1), p))
                } else if !pn.headline,
                          run.title == nil && (lex.isGivenName(word) || !toks[i].sentenceInitial || Self.speaksAfterQuote(toks, i, lex)
                              || PersonCues.speechVerbAfter(toks, i + 1, lex))
                              // "Dr Mahathir", "Sheikh Hamdan": an honorific before the given name alone.
                              || run.title.flatMap({ $0.split(separator: " ").last }).map({ NameRunCues.honorifics.contains(TextNormalizer.forMatching(String($0)).trimmingCharacters(in: .punctuationCharacters)) }) == true,
                          case let ids = registry.given(word), ids.count == 1 {
                    // "her late father Desmond", "Rohan would sort it out": a given name alone for the one
                    // person of the story who has it.
                    out.append((i..<(i + 1), ids[0]))
                }
            }
            i += 1
        }
        return out
    }

    /// "Le Pen added", "De Klerk told" opening a sentence: read as a thing ("Le Monde", "De Telegraaf") until
    /// the story has named someone whose family name it is ("Marine Le Pen").
    static func familyNameWithArticle(_ run: CapitalRun, _ pn: ParagraphNames, _ registry: PersonRegistry) -> Bool {
        run.isOrganisation && run.core.count == 2 && PersonRegistry.particleFamilyName(Array(pn.tokens[run.core]))
            && !registry.short(pn.tokens[run.core.upperBound - 1].base).isEmpty
    }

    /// "stopping Ji-hoon Park in the sixth": a run read as a place or firm ("… Park") that is, word for word, the
    /// full name of a person of the story is that person.
    static func wholeRunIsAPerson(_ run: CapitalRun, _ pn: ParagraphNames, _ registry: PersonRegistry) -> Bool {
        run.isOrganisation && run.all.count >= 2
            && registry.full(PersonRegistry.compactKey(pn.tokens[run.all].filter { !$0.isNickname }.map(\.base).joined())) != nil
    }

    static let attributiveHeads: Set<String> = ["government", "administration", "cabinet", "era", "regime", "presidency", "camp", "doctrine", "years"]

    /// "“…?” Ahmednasir said": a word between a closing quote mark and a speech verb is the speaker named
    /// again, though the quote's "?" or "." makes it look like a sentence's first word.
    static func speaksAfterQuote(_ toks: [NameToken], _ i: Int, _ lex: NameLexicon) -> Bool {
        guard i > 0, toks[i].gapBefore.unicodeScalars.contains(where: { "”\"’".unicodeScalars.contains($0) }) else { return false }
        return PersonCues.speechVerbAfter(toks, i + 1, lex)
    }

    /// Surface forms other than the name itself, most frequent first; titled forms ("President Lee") too.
    static func aliases(_ mentions: [Mention], name: String) -> [String] {
        var counts: [String: Int] = [:]
        var firstAt: [String: Int] = [:]
        // Ties in count keep first-seen order; a mention's bare and titled forms are seen in that order,
        // so the output never depends on dictionary order (which differs between runs).
        for m in mentions where m.kind == .name {
            var forms = [m.text]
            if let t = m.title { forms.append(t + " " + m.text) }
            for f in forms where f != name {
                counts[f, default: 0] += 1
                if firstAt[f] == nil { firstAt[f] = firstAt.count }
            }
        }
        return counts.keys.sorted { a, b in
            if counts[a]! != counts[b]! { return counts[a]! > counts[b]! }
            return firstAt[a]! < firstAt[b]!
        }
    }
}
