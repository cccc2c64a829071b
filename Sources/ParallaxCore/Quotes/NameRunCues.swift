import Foundation

/// What the words around a capitalised run say about it when the people index has not settled it: a role or
/// title before it, an appositive after it, a speech verb right behind it. Kept apart from `NameResolver`,
/// which only asks these questions once per run while it builds its mention list.
enum NameRunCues {
    static func role(before run: NameRun, tokens: [Token], text: String) -> String? {
        // A title inside the run ("President Lee") or a lowercase role word just before ("spokesman Kim").
        let k = run.tokenRange.lowerBound - 1
        guard k >= 0 else { return nil }
        if let r = roleBeforeHonorifics(tokens, k) { return r }
        let w = NameRuns.stripPossessive(tokens[k].norm)
        if tokens[k].isCapitalized {
            // "Deputy Premier Ruth Oyelaran" is not who "the premier" stands for.
            if k > 0, Self.rankQualifiers.contains(tokens[k - 1].norm), !Self.presidingRoles.contains(w) { return nil }
            if AttributionLexicon.titles.contains(w) { return w }
            // "Sheriff Alastair Grieve", "Nurse Ella Ruiz": a role word capitalised as a title right before the
            // name (the run drops it) is the role "the sheriff" later finds him by.
            guard AttributionLexicon.roles.contains(w) else { return nil }
            return ScalarText.slice(text, tokens[k].end, tokens[k + 1].start) == " " ? w : nil
        }
        let bare = bareRole(w)
        return AttributionLexicon.roles.contains(bare) ? bare : nil
    }

    /// "her ex-husband Russell Brand", "his late-wife": the role without the prefix that dates it. One list,
    /// so the role a run gets and the sex a pronoun reads from it agree.
    static let datingPrefixes = ["ex-", "late-", "former-"]

    static func bareRole(_ w: String) -> String {
        for p in datingPrefixes where w.hasPrefix(p) { return String(w.dropFirst(p.count)) }
        return w
    }

    /// The lowercase words of the phrase that gave a run its role, role word last: "Health Minister Tom
    /// Rourke" → health, minister; "Tom Rourke, the health minister," → the, health, minister; "The head coach
    /// of the national team, Ade Okoro," → the, head, coach. "the health minister said" is then the one
    /// person introduced with both words, not the minister named last.
    static func roleWords(of run: NameRun, tokens: [Token], text: String, afterPreposition: Bool) -> (role: String, words: [String])? {
        let scalars = ScalarText.scalars(text)
        func gap(_ i: Int) -> String { ScalarText.string(scalars[tokens[i].end..<tokens[i + 1].start]) }
        /// Up to three words before token `k` joined to it by spaces alone, then `k` itself.
        func phrase(endingAt k: Int) -> [String] {
            var i = k
            while i > 0, k - i < 3, gap(i - 1) == " ", !AttributionLexicon.prepositions.contains(tokens[i - 1].norm) { i -= 1 }
            return tokens[i...k].map { bareRole(NameRuns.stripPossessive($0.norm)) }
        }
        let k = run.tokenRange.lowerBound - 1
        if let r = role(before: run, tokens: tokens, text: text), k >= 0 {
            // The role word itself, which may stand before honorifics or an office's name.
            let j = stride(from: k, through: max(0, k - 8), by: -1).first { bareRole(NameRuns.stripPossessive(tokens[$0].norm)) == r } ?? k
            return (r, phrase(endingAt: j))
        }
        if !afterPreposition, let (r, j) = appositiveRoleIndex(after: run, tokens: tokens, scalars: scalars) {
            return (r, tokens[run.tokenRange.upperBound...j].map { $0.norm })
        }
        // "The head coach of the national team, Ade Okoro, said": the role before the comma, after "the".
        guard k >= 1, !run.isPossessive, ScalarText.slice(text, tokens[k].end, run.start).trimmingCharacters(in: .whitespaces) == "," else { return nil }
        var i = k
        while i >= 0, k - i < 8 {
            if i < k, gap(i).contains(where: { ",.;:\"“”‘’()".contains($0) }) { return nil }
            let w = tokens[i].norm
            if AttributionLexicon.roles.contains(w), !tokens[i].isCapitalized || i == 0 || AttributionLexicon.determiners.contains(tokens[i - 1].norm) {
                var d = i - 1
                while d >= 0, i - d <= 3, !AttributionLexicon.determiners.contains(tokens[d].norm) {
                    if gap(d).contains(where: { ",.;:".contains($0) }) { return nil }
                    d -= 1
                }
                guard d >= 0, AttributionLexicon.determiners.contains(tokens[d].norm) else { return nil }
                // Only "of …" may stand between the role and the comma ("coach of the national team").
                guard i == k || tokens[i + 1].norm == "of" else { return nil }
                return (w, tokens[d...i].map(\.norm))
            }
            i -= 1
        }
        return nil
    }

    /// "Its minister Datuk Seri Dr Ahmad Zahid Hamidi", "Prime Minister Tun Dr Mahathir", "Minister of State for
    /// Foreign Affairs Dr Anwar Gargash": the role stands before the honorifics, or before the office's name.
    static func roleBeforeHonorifics(_ tokens: [Token], _ k: Int) -> String? {
        guard tokens[k].isCapitalized, honorifics.contains(tokens[k].norm) else { return nil }
        var j = k
        while j > 0, tokens[j].isCapitalized, honorifics.contains(tokens[j].norm) { j -= 1 }
        guard j < k else { return nil }
        let w = NameRuns.stripPossessive(tokens[j].norm)
        if !tokens[j].isCapitalized { return AttributionLexicon.roles.contains(w) ? w : nil }
        if AttributionLexicon.titles.contains(w), !honorifics.contains(w) {
            return j > 0 && rankQualifiers.contains(tokens[j - 1].norm) && !presidingRoles.contains(w) ? nil : w
        }
        // Back over the office's name to its title: "Minister of State for Foreign Affairs".
        var i = j
        while i > 0, j - i < 7, tokens[i].isCapitalized || ["of", "for", "and"].contains(tokens[i].norm) {
            i -= 1
            let t = tokens[i]
            if t.isCapitalized, ["minister", "secretary", "governor", "director", "commissioner", "chairman", "president"].contains(t.norm),
                i + 1 < j, ["of", "for"].contains(tokens[i + 1].norm)
            {
                return i > 0 && rankQualifiers.contains(tokens[i - 1].norm) ? nil : t.norm
            }
        }
        return nil
    }

    static let honorifics: Set<String> = ["dr", "datuk", "seri", "tan", "sri", "tun", "dato", "datin", "tunku", "tengku", "haji", "hajjah", "prof", "professor", "sheikh", "shaikh"]

    /// Whoever presides is "the coroner" or "the judge" of the hearing the article reports, an assistant coroner
    /// or a deputy district judge too; a deputy premier is not "the premier".
    static let presidingRoles: Set<String> = ["coroner", "judge", "magistrate", "sheriff", "recorder"]

    static let rankQualifiers: Set<String> = ["deputy", "vice", "acting", "assistant", "associate", "junior", "shadow", "former", "ex", "interim"]

    /// "at Jetty Park", "from Port Canaveral", "near the Gare du Nord": a place or an employer more often
    /// than a person.
    /// Whether `offset` lies in a clause that opens its sentence with a participle ("Responding to Smith,",
    /// "Asked about Smith,", "Referring to Michael by his nickname “Yog”,") before the comma that ends it.
    static func inOpeningParticipleClause(_ offset: Int, paragraph p: Paragraph, tokens: [Token]) -> Bool {
        guard let sentence = p.sentences.last(where: { $0.start <= offset }),
            let first = tokens.first(where: { $0.start >= sentence.start }), first.start < offset
        else { return false }
        let w = first.norm
        let opens = (w.hasSuffix("ing") && w.count > 5 && !nonParticiplesInIng.contains(w)) || participleOpeners.contains(w)
        guard opens else { return false }
        // The clause ends at the first comma after the opener; the offset must come before it.
        let scalars = ScalarText.scalars(p.text)
        var i = first.end
        while i < min(offset, scalars.count) {
            if scalars[i] == "," { return false }
            i += 1
        }
        // "Losing it to a nurse … is not the story Martin Greaves wanted": a gerund that is the subject of "is";
        // what comes after that verb is the main clause.
        return !tokens.contains { $0.start > first.end && $0.end <= offset && ["is", "was", "are", "were"].contains($0.norm) }
    }
    static let nonParticiplesInIng: Set<String> = ["during", "morning", "evening", "according", "nothing", "something", "everything", "anything", "building", "meeting", "following", "notwithstanding", "regarding", "concerning", "including", "excluding", "pending", "beijing", "nanjing", "kunming", "harbin"]
    static let participleOpeners: Set<String> = ["asked", "pressed", "questioned", "quizzed", "challenged", "invited", "urged", "prompted"]

    static func isAfterPreposition(_ run: NameRun, tokens: [Token]) -> Bool {
        var k = run.tokenRange.lowerBound - 1
        while k >= 0, tokens[k].isCapitalized, AttributionLexicon.titles.contains(tokens[k].norm) { k -= 1 }
        if k >= 1, tokens[k].norm == "the", !tokens[k].isCapitalized { k -= 1 }
        guard k >= 0 else { return false }
        return AttributionLexicon.prepositions.contains(tokens[k].norm)
    }

    /// After a preposition ("from Saint-Denis, who had travelled …") a "who" or an age belongs to the person
    /// named before, so only a role word counts there.
    static func hasAppositiveRole(after run: NameRun, tokens: [Token], text: String, afterPreposition: Bool = false) -> Bool {
        let k = run.tokenRange.upperBound
        guard k < tokens.count else { return false }
        let scalars = ScalarText.scalars(text)
        let gap = ScalarText.string(scalars[min(run.end + (run.isPossessive ? 2 : 0), tokens[k].start)..<tokens[k].start])
        guard gap.contains(",") else { return false }
        // "Joe Carter, who runs a bakery", "Kevin Doyle, 58,"
        let age = tokens[k].isNumber && k + 1 < tokens.count && ScalarText.string(scalars[tokens[k].end..<tokens[k + 1].start]).contains(",")
        if !afterPreposition, tokens[k].norm == "who" || age {
            return true
        }
        // After a preposition an age is only a person's with a role after it: "speaking to Jonas Ek, 22, a
        // physics student".
        if afterPreposition, age { return hasAppositiveRole(afterAge: k + 1, tokens: tokens, scalars: scalars) }
        return hasAppositiveRole(afterAge: k, tokens: tokens, scalars: scalars)
    }

    /// The role word of an appositive right after the run ("Jose Mourinho, coach of Real Madrid," → "coach"),
    /// so that "the coach" later finds him.
    static func appositiveRole(after run: NameRun, tokens: [Token], text: String) -> String? {
        let k = run.tokenRange.upperBound
        guard !run.isPossessive, k < tokens.count else { return nil }
        let scalars = ScalarText.scalars(text)
        guard ScalarText.string(scalars[run.end..<tokens[k].start]).contains(",") else { return nil }
        return appositiveRoleWord(afterAge: k, tokens: tokens, scalars: scalars)
    }

    /// An appositive with a role word from token `k` on ("a professor of …", "spokesman for …").
    static func hasAppositiveRole(afterAge k: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
        appositiveRoleWord(afterAge: k, tokens: tokens, scalars: scalars) != nil
    }

    /// The role word of an appositive right after the run and its token index.
    static func appositiveRoleIndex(after run: NameRun, tokens: [Token], scalars: [Unicode.Scalar]) -> (String, Int)? {
        let k = run.tokenRange.upperBound
        guard !run.isPossessive, k < tokens.count,
            ScalarText.string(scalars[run.end..<tokens[k].start]).contains(",")
        else { return nil }
        guard ["a", "an", "the"].contains(tokens[k].norm) || AttributionLexicon.roles.contains(tokens[k].norm) else { return nil }
        var j = k
        while j < min(tokens.count, k + 7) {
            if AttributionLexicon.roles.contains(tokens[j].norm) { return (tokens[j].norm, j) }
            if j + 1 < tokens.count {
                let g = ScalarText.string(scalars[tokens[j].end..<tokens[j + 1].start])
                if g.contains(where: { ",.;:\"“”‘’".contains($0) }) { break }
            }
            j += 1
        }
        return nil
    }

    static func appositiveRoleWord(afterAge k: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> String? {
        guard k < tokens.count else { return nil }
        // An appositive starts with an article or the role itself: "Walsh, a professor of …", "Kim, spokesman for …".
        guard ["a", "an", "the"].contains(tokens[k].norm) || AttributionLexicon.roles.contains(tokens[k].norm) else { return nil }
        var j = k
        while j < min(tokens.count, k + 7) {
            if AttributionLexicon.roles.contains(tokens[j].norm) { return tokens[j].norm }
            if j + 1 < tokens.count {
                let g = ScalarText.string(scalars[tokens[j].end..<tokens[j + 1].start])
                if g.contains(where: { ",.;:\"“”‘’".contains($0) }) { break }
            }
            j += 1
        }
        return nil
    }

    static func isFollowedBySpeechVerb(_ run: NameRun, tokens: [Token], text: String) -> Bool {
        var k = run.tokenRange.upperBound
        guard k < tokens.count, !ScalarText.slice(text, run.end, tokens[k].start).contains(",") else { return false }
        while k < tokens.count, AttributionLexicon.verbModifiers.contains(tokens[k].norm) { k += 1 }
        // "The ferry was “declared fit to sail”": a word inside a quotation is the document's, not the run's verb.
        return k < tokens.count && AttributionLexicon.speechVerbs.contains(tokens[k].norm)
            && !AttributionLexicon.readVerbs.contains(tokens[k].norm)
            && !ScalarText.slice(text, run.end, tokens[k].start).unicodeScalars.contains(where: { "\"“‘".unicodeScalars.contains($0) })
    }
}
