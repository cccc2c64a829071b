import Foundation

/// The people a story's running text gives evidence for (pass 1), with the keys their later, shorter
/// mentions are resolved by (pass 2).
struct PersonRegistry: Sendable {
    struct Entry: Sendable {
        /// Display forms of the full name and how often each was seen with evidence.
        var forms: [String: Int] = [:]
        var key: String
        /// The family name: first word of family-name-first names ("Xi"), last word otherwise ("Walsh").
        var shortKey: String
        var evidenceCount = 0
        var countries: [String: Int] = [:]
        /// Seen with a head-of-state or government title or role (for epithets).
        var isHead = false
        var isFormer = false
        var firstSeen: Int

        /// The fullest form, counting names but not initials (of forms with the same letters, the most used);
        /// of forms that differ only by initials
        /// ("Michel Devoret" / "Michel H. Devoret"), the one the outlets use most, the longer on a tie.
        var name: String {
            func named(_ s: String) -> Int { s.split(separator: " ").filter { !($0.count == 2 && $0.hasSuffix(".")) }.count }
            // Of spellings that differ only by accents ("Siobhan" / "Siobhán"), the accented one: wire copy
            // drops accents, no outlet adds them.
            func accents(_ s: String) -> Int { s.unicodeScalars.filter { $0.value >= 0xC0 }.count }
            return forms.max { a, b in
                // "Franco Dellagiacoma" / "Franco Della Giacoma": the same letters split otherwise; the
                // spelling most outlets use.
                if a.value != b.value, PersonRegistry.compactKey(a.key) == PersonRegistry.compactKey(b.key) { return a.value < b.value }
                let na = named(a.key), nb = named(b.key)
                if na != nb { return na < nb }
                if accents(a.key) != accents(b.key), NameLexicon.fold(a.key) == NameLexicon.fold(b.key) {
                    return accents(a.key) < accents(b.key)
                }
                if a.value != b.value { return a.value < b.value }
                let wa = a.key.split(separator: " ").count, wb = b.key.split(separator: " ").count
                if wa != wb { return wa < wb }
                return a.key > b.key
            }?.key ?? key
        }
    }

    private(set) var entries: [Entry] = []
    /// Union-find parent of each entry: an entry merged into another ("Leo XIV" into the cardinal who took
    /// that name) points at it.
    private var parent: [Int] = []
    /// Compact full-name key ("leejaemyung") → entry; also given+family without middle initials.
    private(set) var fullIndex: [String: Int] = [:]
    /// Folded family name ("xi", "kim") → entries sharing it.
    private(set) var shortIndex: [String: [Int]] = [:]
    private var singles: [(word: String, display: String, country: String?, head: Bool, former: Bool, titled: Bool, order: Int)] = []
    /// Given name → entries with that given name, for "Sir Keir" / "Dame Judi".
    private(set) var givenIndex: [String: [Int]] = [:]
    private var givenSingles: [(word: String, display: String, order: Int)] = []
    /// Knights and dames are called by their given name.
    static let givenNameTitles: Set<String> = ["sir", "dame"]
    private var order = 0

    static let generationalSuffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "jnr", "snr"]

    /// Titles that are part of how a person with one name is known ("Pope Francis", "Prince Harry").
    /// Styled titles used with a given name alone for someone the story may name in full without them.
    static let givenNameHonorifics: Set<String> = ["sheikh", "sheik", "emir"]

    static let styledTitles: Set<String> = ["pope", "king", "queen", "prince", "princess", "emperor", "empress", "saint", "st", "sheikh", "sheik", "emir", "sultan", "ayatollah", "lord", "lady", "dame", "sir", "cardinal"]


    /// Letters only, lowercased: "Lee Jae-myung" and "Lee Jae Myung" share a key.
    static func compactKey(_ s: String) -> String {
        ScalarText.string(NameLexicon.fold(s).unicodeScalars.filter { $0.properties.isAlphabetic })
    }

    mutating func add(run: CapitalRun, tokens: [NameToken], lexicon lex: NameLexicon) {
        order += 1
        let core = tokens[run.core].filter { !$0.isNickname }
        let display = core.enumerated().map { i, t in
            let raw = i == core.count - 1 && t.possessive
                ? String(t.token.text.unicodeScalars.prefix(t.baseEnd - t.token.start)) : t.token.text
            let text = t.isNumeral ? raw : NameRecognizer.unshouted(raw)
            // "K Natwar Singh" keeps its initial as written, without a stop; "C.N." keeps its initials close.
            let shown = t.isInitial && (i + 1 == core.count || core[i + 1].gapBefore.hasPrefix(".")) ? text + "." : text
            if i > 0 && t.isInitial && core[i - 1].isInitial && t.gapBefore == "." { return shown }
            // "Nic a' Phearsain": the article keeps its apostrophe.
            if i > 0, core[i - 1].base == "a", NameRecognizer.scottishArticleGaps.contains(t.gapBefore) { return t.gapBefore + shown }
            return " " + shown
        }.joined().trimmingCharacters(in: .whitespaces)
        let head = run.isHead
        let foldedTitle = run.title.map { TextNormalizer.forMatching($0) } ?? ""
        if core.count == 1, Self.givenNameTitles.contains(foldedTitle) {
            givenSingles.append((core[0].base, run.title! + " " + display, order))
            return
        }
        let styled = Self.styledTitles.contains(foldedTitle)
        if core.count == 1 && !styled {
            if let t = run.title, let last = t.split(separator: " ").last {
                let w = TextNormalizer.forMatching(String(last)).trimmingCharacters(in: .punctuationCharacters)
                if !NameRunCues.honorifics.contains(w) { familyTitled.insert(core[0].base) }
            }
            singles.append((core[0].base, display, run.country, head, run.isFormer, run.title != nil, order))
            return
        }
        // "Ms des Cars", "Mr van Dijk", "Van der Merwe said": a family name with its particle is a short form
        // like "Ms Cars".
        if Self.particleFamilyName(core), !styled {
            singles.append((core.last!.base, display, run.country, head, run.isFormer, true, order))
            return
        }
        let display2 = core.count == 1 ? run.title! + " " + display : display
        let key = Self.compactKey(display2)
        if styled, core.count == 1 { styledSingles.append((key, foldedTitle, core[0].base)) }
        let eastAsian = lex.eastAsianFamilyNames.contains(core[0].base)
            && core.dropFirst().allSatisfy { lex.isSyllabic($0.base) }
        // "Ferdinand Marcos Jr.": a generational suffix is no family name; "Marcos" alone is the person.
        let named = core.filter { !$0.isInitial && !NameRecognizer.particles.contains($0.base) && !Self.generationalSuffixes.contains($0.base) }
        let short = eastAsian || core.count == 1 || core.last!.isNumeral ? core[0].base : (named.last ?? core.last!).base
        // "Patrick Walsh" and "Patrick F. Walsh" are one person.
        let alt = Self.compactKey((named.first?.base ?? "") + (named.last?.base ?? ""))
        // "Empress Marie-Louise" is the "Marie Louise" named without her style.
        let unstyled = styled && core.count == 1 && display.contains("-") ? fullIndex[Self.compactKey(display)] : nil
        let idx: Int
        if let i = fullIndex[key] ?? (named.count >= 2 ? fullIndex[alt] : nil) ?? unstyled {
            idx = find(i)
        } else {
            idx = entries.count
            entries.append(Entry(key: key, shortKey: short, firstSeen: order))
            parent.append(idx)
            // A regnal or styled name ("Leo XIV", "Pope Francis") is not shortened to a bare first name
            // unless nothing else uses it; family names are the usual short form.
            if !core.last!.isNumeral {
                shortIndex[short, default: []].append(idx)
                // "al-Sisi" is also "Sisi"; a double surname ("Claudia Sheinbaum Pardo", "Lula da Silva") is
                // also known by its first part, unless that part is a given name ("Robert Francis Prevost").
                if let dash = short.firstIndex(of: "-"), NameRecognizer.hyphenParticles.contains(String(short[..<dash])) {
                    shortIndex[String(short[short.index(after: dash)...]), default: []].append(idx)
                }
                if !eastAsian, named.count >= 3, !lex.givenNames.contains(named[named.count - 2].base) {
                    shortIndex[named[named.count - 2].base, default: []].append(idx)
                }
            }
            // A regnal name's first word ("Leo" of "Leo XIII") is no given name: "Leo" alone may be another Leo.
            if !eastAsian, core.count >= 2, !core.last!.isNumeral, let g = named.first?.base { givenIndex[g, default: []].append(idx) }
        }
        fullIndex[key] = idx
        if named.count >= 2, fullIndex[alt] == nil { fullIndex[alt] = idx }
        if styled, core.count == 1, display.contains("-"), fullIndex[Self.compactKey(display)] == nil { fullIndex[Self.compactKey(display)] = idx }
        // "Bertie Lindsay" after 'Robert "Bertie" Lindsay': a nickname's form is never the name shown.
        if !nicknameForms.contains(key) { entries[idx].forms[display2, default: 0] += 1 }
        entries[idx].evidenceCount += 1
        if let c = run.country { entries[idx].countries[c, default: 0] += 1 }
        if let t = run.title, !run.isFormer { titleHolders[TextNormalizer.forMatching(t), default: []].insert(idx) }
        if head && !run.isFormer { entries[idx].isHead = true }
        if run.isFormer { entries[idx].isFormer = true }
    }

    /// Index of the entry a run's core names, if known.
    func lookup(_ display: String) -> Int? { fullIndex[Self.compactKey(display)].map(find) }

    /// Keys of a nickname with the family name ("Bertie Lindsay"), linked to the person's full name.
    private var nicknameForms = Set<String>()

    mutating func linkNickname(_ display: String, to target: Int) {
        link(display, to: target)
        nicknameForms.insert(Self.compactKey(display))
    }

    /// Records that `display` ("Leo XIV") is another name of `target`, merging any entry made for it.
    mutating func link(_ display: String, to target: Int) {
        let key = Self.compactKey(display)
        let t = find(target)
        if let existing = fullIndex[key] {
            let e = find(existing)
            guard e != t else { return }
            parent[e] = t
            entries[t].evidenceCount += entries[e].evidenceCount
        } else {
            fullIndex[key] = t
        }
    }

    func find(_ i: Int) -> Int {
        var i = i
        while parent[i] != i { i = parent[i] }
        return i
    }

    /// Entries that still stand for a person (not merged into another).
    var roots: [Int] { entries.indices.filter { parent[$0] == $0 } }

    /// Entries whose given name is `word` ("keir" for "Sir Keir").
    /// "Della Marr, born Adele Marchetti" … "the young Adele": the given name of another full name of a person
    /// finds that person too.
    mutating func linkGivenName(of display: String, to target: Int) {
        let words = display.split(separator: " ")
        // A regnal name ("chose the name Leo XIV") is not a given name: 'When I heard "Leo"' names the name.
        guard words.count >= 2, let last = words.last, last.wholeMatch(of: /(?i)x{0,3}(ix|iv|v?i{0,3})/) == nil || last.count > 5 else { return }
        givenIndex[NameLexicon.fold(String(words[0])), default: []].append(find(target))
    }

    func given(_ word: String) -> [Int] {
        var seen = Set<Int>()
        return (givenIndex[word] ?? []).map(find).filter { seen.insert($0).inserted }
    }

    /// Words the story uses as the short form of a club or firm named after its city ("Inter" of "Inter
    /// Milan"): a lone mention of one is not a person even with a "who" after it ("Inter, who last won …").
    private var clubShortForms = Set<String>()

    mutating func notAPerson(_ word: String) { clubShortForms.insert(word) }
    func isNotAPerson(_ word: String) -> Bool { clubShortForms.contains(word) }

    /// Whether a run the context gave no evidence for is still a person's full name because its last
    /// word is a family name the story proves ("But Billie Eilish is hoping …" before "Ms Eilish said"):
    /// news copy names someone in full once and by title and family name after. Only when no full name
    /// with evidence already owns that family name.
    func confirmsFullName(_ run: CapitalRun, tokens: [NameToken]) -> Bool {
        let core = tokens[run.core].filter { !$0.isNickname }
        guard (2...3).contains(core.count), core.allSatisfy({ $0.isCap && !$0.isInitial && !$0.isNumeral }),
            !core.dropLast().contains(where: \.possessive)
        else { return false }
        let family = core.last!.base
        return shortIndex[family] == nil && !clubShortForms.contains(family) && singles.contains { $0.word == family }
    }

    /// Single words written after a title that goes with a family name ("Mr Thomas"), unlike an honorific.
    private var familyTitled = Set<String>()

    /// Single-word names become people of their own only when no full name shares them.
    mutating func finish() {
        for g in givenSingles where given(g.word).count != 1 {
            let key = Self.compactKey(g.display)
            if fullIndex[key] != nil { continue }
            let idx = entries.count
            var e = Entry(key: key, shortKey: g.word, firstSeen: g.order)
            e.forms[g.display] = 1
            e.evidenceCount = 1
            entries.append(e)
            parent.append(idx)
            fullIndex[key] = idx
        }
        givenSingles = []
        for s in singles {
            let ids = short(s.word)
            if !ids.isEmpty {
                for i in ids {
                    if let c = s.country { entries[i].countries[c, default: 0] += 1 }
                    if s.head && !s.former && ids.count == 1 { entries[i].isHead = true }
                }
                continue
            }
            if clubShortForms.contains(s.word) { continue }
            // "Francis "Frank" Doyle" … "her husband, Frank,": a word already linked as another name of someone
            // (a nickname) is that person.
            if fullIndex[Self.compactKey(s.display)] != nil { continue }
            // "his uncle Toni, who …" before "Toni Nadal told …": a given name alone, never with a title
            // ("Mr Thomas" is a family name), is the one full name the story gives it.
            // "Dr Mahathir", "Sheikh Hamdan", "Tun Daim": an honorific goes with the given name in Malay and Arab
            // usage, so it does not make the word a family name.
            let owners = given(s.word)
            if owners.count == 1, !familyTitled.contains(s.word) {
                fullIndex[Self.compactKey(s.display)] = owners[0]
                continue
            }
            let idx = entries.count
            var e = Entry(key: Self.compactKey(s.display), shortKey: s.word, firstSeen: s.order)
            e.forms[s.display] = 1
            e.evidenceCount = 1
            if let c = s.country { e.countries[c] = 1 }
            e.isHead = s.head && !s.former
            entries.append(e)
            parent.append(idx)
            shortIndex[s.word] = [idx]
            fullIndex[e.key] = idx
        }
        singles = []
    }

    /// "des Cars", "van Dijk"; capitalised, "Van der Merwe", "Mac an tSaoir" or "De Vries" opening a sentence:
    /// particles, then one family name. ("Van Morrison" inside a sentence is a given name and a family name.)
    static func particleFamilyName(_ core: [NameToken]) -> Bool {
        guard core.count >= 2, core.count <= 4, let last = core.last, last.isCap,
              core.dropLast().enumerated().allSatisfy({ k, t in
                  NameRecognizer.particles.contains(t.base) || NameRecognizer.gaelicParticles.contains(t.base)
                      // "Nic a' Phearsain"
                      || t.base == "a" && k > 0 && NameRecognizer.scottishParticles.contains(core[k - 1].base)
              }),
              core.dropFirst().dropLast().allSatisfy({ !$0.isCap }) else { return false }
        return !core[0].isCap ? core.count == 2 : core.count >= 3 || core[0].sentenceInitial
    }

    /// One-word names kept with their style ("Sheikh Faisal"): full key, folded title, folded word.
    private var styledSingles: [(key: String, title: String, word: String)] = []

    /// "Sheikh Faisal bin Rashid al-Mansouri" … "Sheikh Faisal said": the style and the given name alone are the
    /// one person of the story introduced with that style whose given name it is. ("Pope Francis" stays apart
    /// from "Jorge Bergoglio", named without the style.)
    mutating func mergeStyledGivenNames() {
        for s in styledSingles {
            guard let i = fullIndex[s.key].map(find) else { continue }
            let holders = holders(of: s.title)
            // "Mohammed bin Abdulrahman Al Thani" then "Sheikh Mohammed": Gulf copy calls a ruler or minister by
            // the honorific and the given name whether or not the full name carried the honorific.
            let owners = given(s.word).filter { $0 != i && (holders.contains($0) || Self.givenNameHonorifics.contains(s.title)) }
            guard owners.count == 1 else { continue }
            link(entries[i].name, to: owners[0])
        }
    }

    /// "Tanaka Hiroshi" / "Hiroshi Tanaka", "Zhang Mei" / "Mei Zhang": outlets write an East Asian name family
    /// name first, or given name first in Western copy. The same two words in reverse order are one person (the
    /// form with more evidence names them) when exactly one of them is a given name the lists know, or one is an
    /// East Asian family name ("Thomas Grant" and "Grant Thomas" may be two people); and a family-first name
    /// ("Park Ji-hoon") is known in Western order too, so "Ji-hoon Park" finds the person though nothing else in
    /// its sentence says person.
    mutating func mergeReversedNames(lexicon lex: NameLexicon) {
        for i in roots where find(i) == i {
            let words = entries[i].name.split(separator: " ").map(String.init)
            guard words.count == 2 else { continue }
            let reversed = Self.compactKey(words[1] + words[0])
            guard reversed != Self.compactKey(words[0] + words[1]) else { continue }
            let folded = words.map(NameLexicon.fold)
            let givens = folded.filter(lex.givenNames.contains).count
            if let j = fullIndex[reversed].map(find) {
                guard j != i, givens == 1 || folded.contains(where: lex.eastAsianFamilyNames.contains) && givens < 2 else { continue }
                if entries[j].evidenceCount > entries[i].evidenceCount { link(entries[i].name, to: j) } else { link(entries[j].name, to: i) }
            } else if lex.eastAsianFamilyNames.contains(NameLexicon.fold(words[0])), lex.isSyllabic(NameLexicon.fold(words[1])) {
                fullIndex[reversed] = i
            }
        }
    }

    /// The people introduced with a title ("dr" → "Dr Amara Okafor"), merged entries followed.
    func holders(of title: String) -> Set<Int> { Set((titleHolders[title] ?? []).map(find)) }

    /// Entries introduced with each title ("prime minister" → the people named "Prime Minister X").
    private var titleHolders: [String: Set<Int>] = [:]

    /// The one person introduced with this title among those an article names, for "the Prime Minister
    /// said …".
    func soleHolder(of title: String, among named: Set<Int>) -> Int? {
        let ids = holders(of: title).intersection(named)
        return ids.count == 1 ? ids.first : nil
    }

    /// The one current head of state or government introduced with each country, for epithets.
    func headsByCountry() -> [String: Int] {
        var found: [String: [Int]] = [:]
        for i in roots where entries[i].isHead && !entries[i].isFormer {
            // Ties go to the alphabetically first country, so the answer does not depend on hashing order.
            guard let c = entries[i].countries.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { continue }
            found[Self.compactKey(c), default: []].append(i)
        }
        return found.compactMapValues { $0.count == 1 ? $0[0] : nil }
    }

    func full(_ compact: String) -> Int? { fullIndex[compact].map(find) }
    func short(_ word: String) -> [Int] {
        var seen = Set<Int>()
        return (shortIndex[word] ?? []).map(find).filter { seen.insert($0).inserted }
    }
}
