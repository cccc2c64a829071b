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
    }

    /// Per article (story order), mentions outside quotes in reading order.
    private(set) var mentions: [[Mention]] = []
    /// Multi-word person names across the story, with how often each occurs.
    private(set) var fullNames: [String: Int] = [:]

    init(story: Story) {
        var raw: [[(Mention, NameRun)]] = []
        for article in story.articles {
            var list: [(Mention, NameRun)] = []
            for p in article.paragraphs {
                let tokens = Tokenizer.tokens(p.text)
                let quotes = QuoteScanner.scan(p.text).filter { $0.depth == 0 }
                for run in NameRuns.find(in: p.text, tokens: tokens) {
                    if quotes.contains(where: { $0.start <= run.start && run.end <= $0.end }) { continue }
                    let role = Self.role(before: run, tokens: tokens, text: p.text)
                    var person = !run.isOrganisation && (run.hasRole || role != nil)
                    if !person, !run.isOrganisation, Self.hasAppositiveRole(after: run, tokens: tokens, text: p.text) {
                        person = true
                    }
                    if !person, !run.isOrganisation, run.wordCount >= 2,
                        Self.isFollowedBySpeechVerb(run, tokens: tokens)
                    { person = true }
                    list.append((Mention(paragraph: p.index, start: run.start, name: run.name, isPerson: person, role: role), run))
                }
            }
            raw.append(list)
        }
        var full: [String: Int] = [:]
        for list in raw { for (m, _) in list where m.isPerson && m.name.split(separator: " ").count >= 2 { full[m.name, default: 0] += 1 } }
        fullNames = full
        // Short forms of known people are people too ("Walsh" after "Patrick F. Walsh, a professor").
        let shortForms = Set(full.keys.flatMap { n -> [String] in
            let w = n.split(separator: " ").map(String.init)
            return [w.first!, w.last!]
        })
        mentions = raw.map { list in
            list.map { (m, run) in
                var m = m
                if !m.isPerson, !run.isOrganisation, shortForms.contains(m.name) { m.isPerson = true }
                return m
            }
        }
    }

    /// Full name for a short or titled form, preferring the person most recently named before `offset` in
    /// the same article, then later in the article, then the most frequent in the story.
    func canonical(_ name: String, article: Int, paragraph: Int, offset: Int) -> String {
        let words = name.split(separator: " ").map(String.init)
        guard let firstWord = words.first, let lastWord = words.last else { return name }
        func matches(_ full: String) -> Bool {
            guard full != name else { return false }
            let fw = full.split(separator: " ").map(String.init)
            guard fw.count > words.count else { return false }
            if words.count == 1 { return fw.first == firstWord || fw.last == firstWord }
            return fw.first == firstWord && fw.last == lastWord
        }
        let candidates = fullNames.keys.filter(matches)
        guard !candidates.isEmpty else { return name }
        if article < mentions.count {
            let list = mentions[article]
            let before = list.filter { ($0.paragraph, $0.start) < (paragraph, offset) && candidates.contains($0.name) }
            if let m = before.last { return m.name }
            if let m = list.first(where: { candidates.contains($0.name) }) { return m.name }
        }
        return candidates.max { (fullNames[$0]!, $1) < (fullNames[$1]!, $0) }!
    }

    /// The person a "he"/"she" at this position most likely refers to: the most recent person named before
    /// it outside quotes in the same article.
    func pronounAntecedent(article: Int, paragraph: Int, offset: Int) -> String? {
        guard article < mentions.count else { return nil }
        guard let m = mentions[article].last(where: { $0.isPerson && ($0.paragraph, $0.start) < (paragraph, offset) }) else { return nil }
        return canonical(m.name, article: article, paragraph: m.paragraph, offset: m.start)
    }

    /// The person last introduced with this role ("the spokesman" → the spokesman named earlier).
    func roleAntecedent(_ role: String, article: Int, paragraph: Int, offset: Int) -> String? {
        guard article < mentions.count else { return nil }
        guard let m = mentions[article].last(where: { $0.isPerson && $0.role == role && ($0.paragraph, $0.start) < (paragraph, offset) }) else { return nil }
        return canonical(m.name, article: article, paragraph: m.paragraph, offset: m.start)
    }

    func isPerson(_ name: String) -> Bool {
        mentions.contains { $0.contains { $0.isPerson && $0.name == name } }
    }

    private static func role(before run: NameRun, tokens: [Token], text: String) -> String? {
        // A title inside the run ("President Lee") or a lowercase role word just before ("spokesman Kim").
        let k = run.tokenRange.lowerBound - 1
        guard k >= 0 else { return nil }
        let w = NameRuns.stripPossessive(tokens[k].norm)
        return AttributionLexicon.titles.contains(w) || AttributionLexicon.roles.contains(w) ? w : nil
    }

    private static func hasAppositiveRole(after run: NameRun, tokens: [Token], text: String) -> Bool {
        let k = run.tokenRange.upperBound
        guard k < tokens.count else { return false }
        let scalars = Array(text.unicodeScalars)
        let gap = String(String.UnicodeScalarView(scalars[min(run.end + (run.isPossessive ? 2 : 0), tokens[k].start)..<tokens[k].start]))
        guard gap.contains(",") else { return false }
        var j = k
        while j < min(tokens.count, k + 7) {
            if AttributionLexicon.roles.contains(tokens[j].norm) { return true }
            if j + 1 < tokens.count {
                let g = String(String.UnicodeScalarView(scalars[tokens[j].end..<tokens[j + 1].start]))
                if g.contains(",") || g.contains(".") { break }
            }
            j += 1
        }
        return false
    }

    private static func isFollowedBySpeechVerb(_ run: NameRun, tokens: [Token]) -> Bool {
        var k = run.tokenRange.upperBound
        while k < tokens.count, AttributionLexicon.verbModifiers.contains(tokens[k].norm) { k += 1 }
        return k < tokens.count && AttributionLexicon.speechVerbs.contains(tokens[k].norm)
            && !AttributionLexicon.readVerbs.contains(tokens[k].norm)
    }
}
