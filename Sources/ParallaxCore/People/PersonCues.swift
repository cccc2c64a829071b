/// The words around a capitalised run that say it names a person: a role noun before it ("spokesman Kim
/// Nam-joon"), an apposition after it (", a China historian"), a speech verb on either side, "according
/// to"; and, looking back, the country and head-of-state role it is given ("US leader Donald Trump").
/// `NameRecognizer` weighs them; they are kept apart because each reads only the tokens next to a run.
enum PersonCues {
    static let headTitles: Set<String> = ["president", "prime minister", "premier", "chancellor", "leader", "king", "queen", "emperor", "supreme leader", "president-elect", "head of state"]
    static let lookBackStops: Set<String> = ["with", "to", "and", "or", "of", "for", "by", "from", "in", "on", "at", "as", "that", "than", "but", "while", "when", "after", "before", "his", "her", "their"]
    static let acronymCountries: [String: String] = ["us": "United States", "usa": "United States", "uk": "United Kingdom", "eu": "European Union", "uae": "United Arab Emirates", "prc": "China", "dprk": "North Korea", "rok": "South Korea"]

    /// Country, head role and "former" from lowercase words before a run: "US leader Donald Trump",
    /// "former US leader Ronald Reagan", "Japan's new premier Sanae Takaichi".
    static func lookBack(_ toks: [NameToken], _ start: Int, _ r: inout CapitalRun, _ lex: NameLexicon) {
        var k = start - 1
        var steps = 0
        var next = start
        while k >= 0, steps < 5 {
            let gap = toks[next].gapBefore
            guard gap == " " || gap == "\u{00A0}" || (gap == "." && toks[k].token.text == "S") || (gap == ". " && toks[k].token.text == "S") else { break }
            let t = toks[k]
            if t.base == "former" || t.base == "late" || t.base == "ex" { r.isFormer = true }
            if !t.isCap && !t.isAcronym {
                if lookBackStops.contains(t.base) || lex.speechVerbs.contains(t.base) { break }
                if headTitles.contains(t.base) { r.isHead = true }
                if t.base == "minister", k > 0, toks[k - 1].base == "prime" { r.isHead = true }
            } else {
                if r.country == nil {
                    if t.isAcronym, let c = acronymCountries[t.base] { r.country = c }
                    else if t.token.text == "S", k > 0, toks[k - 1].token.text == "U", t.gapBefore == "." { r.country = "United States"; k -= 1 }
                    else if let c = lex.countryOfDemonym[t.base] { r.country = c }
                    else if t.possessive, lex.places.contains(t.base) { r.country = String(t.token.text.unicodeScalars.prefix(t.baseEnd - t.token.start)) }
                }
                if !t.possessive && !t.isAcronym && t.token.text != "S" && lex.countryOfDemonym[t.base] == nil { break }
            }
            next = k
            k -= 1
            steps += 1
        }
    }

    static let placeNouns: Set<String> = ["port", "city", "town", "village", "district", "province", "county", "region", "island",
                                          "state", "municipality", "suburb", "borough", "harbour", "harbor", "township", "parish", "hamlet"]

    /// "the port of Paita", "the town of Kenton-on-Sea": a place named by what it is. "two schoolteachers from
    /// Duluth, a …", "a captain from Marquette": one word after a role and "from" is where people come from, and
    /// so is one set off by commas after a person.
    static func placeByItsNoun(_ toks: [NameToken], _ start: Int, core: Int, _ lex: NameLexicon) -> Bool {
        // "Janet Morley, 58, from Wigston, who orders …": where the person named before the comma comes from; the
        // "who" after it is theirs.
        if core == 1, start >= 1, toks[start - 1].base == "from", toks[start - 1].gapBefore == ", ", toks[start].gapBefore == " " { return true }
        guard start >= 2, toks[start].gapBefore == " ", toks[start - 1].gapBefore == " ", !toks[start - 2].isCap else { return false }
        let before = toks[start - 1].base, noun = toks[start - 2].base
        if before == "of" { return placeNouns.contains(noun) }
        guard before == "from", core == 1 else { return false }
        return lex.roles.contains(noun) || (noun.hasSuffix("s") && lex.roles.contains(String(noun.dropLast()))) || isScientistNoun(noun)
    }

    /// A role noun right before the run ("spokesman Kim Nam-joon", "leader Kim Jong Un").
    static func precededByRole(_ toks: [NameToken], _ start: Int, _ lex: NameLexicon) -> Bool {
        guard start > 0 else { return false }
        let b = toks[start - 1].base
        // "the parish priest, Emilio Rota,", "her grandson, Luca,": the role, a comma, the name.
        if toks[start].gapBefore == ", ", !toks[start - 1].isCap, lex.roles.contains(b) || isScientistNoun(b) {
            return start >= 2 && ["the", "a", "an", "her", "his", "their", "our", "my", "its", "your"].contains(toks[start - 2].base)
                || start >= 3 && ["the", "a", "an", "her", "his", "their", "our", "my", "its", "your"].contains(toks[start - 3].base)
        }
        guard toks[start].gapBefore == " " else { return false }
        if lex.roles.contains(b) || isScientistNoun(b) { return true }
        if b.hasSuffix("s"), lex.roles.contains(String(b.dropLast())) { return false }  // "officials Xi" is a list
        return false
    }

    /// "Hollywood stars", "Labour voters", "Trump supporters": a plural noun of people right after one
    /// capitalised word makes that word a qualifier (the name of a person already known is still resolved).
    static func groupNounAfter(_ toks: [NameToken], _ next: Int) -> Bool {
        guard next < toks.count, toks[next].gapBefore == " ", !toks[next].isCap else { return false }
        return groupNouns.contains(toks[next].base)
    }
    static let groupNouns: Set<String> = [
        "stars", "fans", "players", "voters", "supporters", "officials", "leaders", "residents", "lawmakers",
        "executives", "members", "actors", "celebrities", "colleagues", "figures", "insiders", "veterans",
        "legends", "icons", "loyalists", "allies", "aides", "staffers", "staff", "loyalists", "followers",
        "devotees", "admirers", "critics", "rivals", "teammates", "bandmates", "co-stars", "producers",
        // "the billionaire Pinault family": a family named by its surname is no one person
        "family", "families", "clan", "dynasty",
    ]

    /// "meteorologist", "seismologist", "novelist": a noun in -ist names what a person does; the few that do
    /// not are listed.
    static func isScientistNoun(_ w: String) -> Bool {
        w.count >= 6 && w.hasSuffix("ist") && !notPeopleInIst.contains(w)
    }
    static let notPeopleInIst: Set<String> = ["assist", "insist", "resist", "persist", "consist", "exist", "checklist", "playlist", "shortlist", "wishlist", "waitlist", "blacklist", "whitelist"]

    /// Letters after a name that say what the person is, not who ("Jane Roe SC", "John Doe MP", "Ann Lee
    /// OBE"): the cues after the name are read past them.
    static let postNominals: Set<String> = ["sc", "qc", "kc", "mp", "mep", "msp", "td", "obe", "mbe", "cbe", "kbe", "dbe", "ac", "ao", "oam", "phd"]

    static func afterPostNominal(_ toks: [NameToken], _ next: Int) -> Int {
        guard next < toks.count, toks[next].isAcronym, postNominals.contains(toks[next].base),
              toks[next].gapBefore == " " || toks[next].gapBefore == "\u{00A0}" else { return next }
        return next + 1
    }

    /// ", a China historian", ", who ...", ", 45,", ", the company's founder" after the name.
    static func apposition(_ toks: [NameToken], _ next: Int, _ lex: NameLexicon) -> Bool {
        let next = afterPostNominal(toks, next)
        guard next < toks.count, toks[next].gapBefore.trimmingCharacters(in: .whitespaces) == "," else { return false }
        let first = toks[next].base
        if first == "who" || first == "whose" { return true }
        // "Kevin Sharples, 58, was fined": an age. "travel to Ardley, 50 miles away": a number with its unit.
        if toks[next].token.isNumber, toks[next].token.text.count <= 3 {
            // "Thirty-two Kenyans, 18 Canadians, nine Ethiopians": a list of counts of nationals, not an age.
            if next + 1 < toks.count, toks[next + 1].isCap, toks[next + 1].gapBefore == " ", isPluralWord(toks[next + 1].base) { return false }
            guard next + 1 < toks.count, toks[next + 1].gapBefore == " ", !toks[next + 1].isCap,
                  !["and", "of", "from", "who", "in", "at", "year", "years"].contains(toks[next + 1].base) else { return true }
            return false
        }
        // "K Natwar Singh, minister without portfolio,": a role with no article, as wire copy writes it. A role
        // right before a capitalised word is the title of the name after it ("In Ciudad Bolívar, shopkeeper
        // Luis Peña said"), not an apposition of the one before.
        if !toks[next].isCap, lex.roles.contains(first), next + 1 < toks.count, toks[next + 1].gapBefore == " ",
            !toks[next + 1].isCap
        { return true }
        guard ["a", "an", "the"].contains(first) || (toks[next].possessive && !toks[next].isCap) else {
            // ", China's paramount leader," and similar: a possessive place then a role.
            guard toks[next].possessive else { return false }
            return appositiveRole(toks, next + 1, lex)
        }
        return appositiveRole(toks, next + 1, lex)
    }

    /// "Canadians", "Kenyans": a plural that counts people; "Ross", "Hughes" end in s but are names.
    static func isPluralWord(_ base: String) -> Bool {
        base.count >= 5 && (base.hasSuffix("ans") || base.hasSuffix("ians") || base.hasSuffix("ers") || base.hasSuffix("ists"))
    }

    /// A role phrase after the comma that is not the title of a name set off after it: in "Speaking to Pulse,
    /// the film's producer, Kayode Olaniyan, said" the producer is Olaniyan, not Pulse.
    static func appositiveRole(_ toks: [NameToken], _ from: Int, _ lex: NameLexicon) -> Bool {
        guard let k = roleIndexWithin(toks, from, lex) else { return false }
        if k + 1 < toks.count, toks[k + 1].gapBefore.trimmingCharacters(in: .whitespaces) == ",", toks[k + 1].isCap,
            k + 2 < toks.count, toks[k + 2].isCap, toks[k + 2].gapBefore == " "
        { return false }
        return true
    }

    static func roleWithin(_ toks: [NameToken], _ from: Int, _ lex: NameLexicon) -> Bool {
        roleIndexWithin(toks, from, lex) != nil
    }

    static func roleIndexWithin(_ toks: [NameToken], _ from: Int, _ lex: NameLexicon) -> Int? {
        var k = from
        while k < toks.count, k < from + 6 {
            let gap = toks[k].gapBefore
            if k > from, gap.contains(where: { ",.;:!?()\"“”".contains($0) }) { return nil }
            if lex.roles.contains(toks[k].base) || isScientistNoun(toks[k].base) { return k }
            k += 1
        }
        return nil
    }

    static func speechVerbAfter(_ toks: [NameToken], _ next: Int, _ lex: NameLexicon) -> Bool {
        let next = afterPostNominal(toks, next)
        guard next < toks.count else { return false }
        let gap = toks[next].gapBefore
        guard gap == " " || gap == "\u{00A0}" else { return false }
        if lex.speechVerbs.contains(toks[next].base) { return true }
        // "Kim has said", "Lee had told"
        if ["has", "had", "was", "also", "then", "later", "earlier", "previously", "once"].contains(toks[next].base),
            next + 1 < toks.count, toks[next + 1].gapBefore == " ", lex.speechVerbs.contains(toks[next + 1].base)
        {
            return true
        }
        return false
    }

    /// "The leader of Cyprus, Nikos Christodoulides, said": a name set off by commas right before a speech
    /// verb is the speaker the sentence introduces, even when no role word sits next to it.
    static func appositiveSpeaker(_ toks: [NameToken], start: Int, next: Int, _ lex: NameLexicon) -> Bool {
        guard start > 0, next + 1 < toks.count, toks[start].gapBefore == ", ", toks[next].gapBefore == ", " else { return false }
        if lex.speechVerbs.contains(toks[next].base), !toks[next].isCap { return true }
        return ["has", "had", "also", "then", "later"].contains(toks[next].base) && toks[next + 1].gapBefore == " "
            && lex.speechVerbs.contains(toks[next + 1].base)
    }

    /// (A possessive name after the verb is no inverted subject: "Roe said Kestrel's council will pay" — the
    /// caller checks the name's end.)
    static func speechVerbBefore(_ toks: [NameToken], _ start: Int, _ lex: NameLexicon) -> Bool {
        guard start > 0 else { return false }
        let gap = toks[start].gapBefore
        guard gap == " " else { return false }
        let b = toks[start - 1].base
        return ["said", "says", "told", "added", "wrote", "asked", "noted", "explained", "recalled"].contains(b)
            && !toks[start - 1].isCap
    }

    /// "78-year-old Edna Wills": an age written before the name.
    static func ageBefore(_ toks: [NameToken], _ start: Int) -> Bool {
        guard start > 0, toks[start].gapBefore == " " else { return false }
        let b = toks[start - 1].base
        guard b.hasSuffix("-year-old"), let first = b.unicodeScalars.first else { return false }
        return first.properties.numericType != nil || b.hasPrefix("one-") || b.split(separator: "-").count >= 4
    }

    /// "told X", "asked X": the run is who was spoken to.
    static func listenerVerbBefore(_ toks: [NameToken], _ start: Int) -> Bool {
        guard start > 0, toks[start].gapBefore == " " else { return false }
        if ["told", "asked"].contains(toks[start - 1].base) { return true }
        // "Speaking to Pulse", "she said in an interview after talking to Radio X".
        return start > 1 && toks[start - 1].base == "to" && ["speaking", "spoke", "talking", "talked"].contains(toks[start - 2].base)
    }

    /// "Radio Cooperativa", "TV Globo": a station's name, a word for the medium and one more.
    static func isStationName(_ core: ArraySlice<NameToken>) -> Bool {
        core.count == 2 && ["radio", "tv", "television", "channel"].contains(core.first!.base)
    }

    /// Nouns of what happens to a person, written before "of" and a name: "the death of Mahsa Amini", "the
    /// arrest of Nicolás Maduro", "the widow of Alexei Navalny". Few things but people are killed, tried or widowed.
    static let personEvents: Set<String> = [
        "death", "killing", "murder", "funeral", "burial", "assassination", "execution", "arrest", "detention",
        "kidnapping", "abduction", "disappearance", "trial", "conviction", "acquittal", "impeachment",
        "resignation", "ouster", "sacking", "widow", "widower", "son", "daughter", "wife", "husband", "mother",
        "father", "brother", "sister", "grandson", "granddaughter", "nephew", "niece",
    ]

    static func personEventBefore(_ toks: [NameToken], _ start: Int) -> Bool {
        guard start >= 2, toks[start].gapBefore == " ", toks[start - 1].base == "of", !toks[start - 2].isCap else { return false }
        return personEvents.contains(toks[start - 2].base)
    }

    /// "Front Line Defenders", "Friends of the Earth Campaigners": a name ending in a plural of doers names
    /// a group; a family name of that shape (Rogers, Sanders) is in the surname list.
    static func endsInGroupPlural(_ core: [NameToken], _ lex: NameLexicon) -> Bool {
        guard core.count >= 2, let last = core.last?.base else { return false }
        return (last.hasSuffix("ers") || last.hasSuffix("ists")) && !lex.surnames.contains(last)
    }

    /// `Jane Doe: "We played well…"` at the start of a paragraph: the name labels who speaks, as in match
    /// reports and interviews that set each answer under its speaker.
    static func labelsAQuote(_ toks: [NameToken], start: Int, next: Int) -> Bool {
        guard start == 0, next < toks.count else { return false }
        let gap = toks[next].gapBefore.filter { !$0.isWhitespace }
        return [":\"", ":“", ":«", ":„"].contains(gap)
    }

    static func accordingTo(_ toks: [NameToken], _ start: Int) -> Bool {
        start >= 2 && toks[start - 1].base == "to" && toks[start - 2].base == "according"
    }

    /// Hyphenated saint names ("Saint-Denis", "Sainte-Foy", "San-Pedro") are French and Spanish place names
    /// far more often than people; as the first word of a name they are no evidence of one ("from
    /// Saint-Denis, who had travelled …": the "who" belongs to the person before).
    static func isHyphenatedSaint(_ t: NameToken) -> Bool {
        guard let dash = t.base.firstIndex(of: "-"), t.base.index(after: dash) < t.base.endIndex else { return false }
        return ["saint", "sainte", "st", "ste", "san", "santa", "santo", "sao"].contains(String(t.base[..<dash]))
    }

    /// One name word followed by a place in the same capitalised run ("Inter Milan", "Bayern Munich", "Olympique
    /// Lyon"): a club or firm named after its city, not a person, and its first word alone is its short form.
    static func namedAfterPlace(_ toks: [NameToken], _ words: [String], core: Range<Int>, runEnd: Int, _ lex: NameLexicon) -> Bool {
        guard core.count == 1, core.upperBound < runEnd, !toks[core.lowerBound].possessive else { return false }
        let q = core.upperBound
        return lex.places.longestMatch(words, at: q, limit: runEnd) > 0
    }
}

extension PersonCues {
    /// Nouns for a business or a body, written before its name ("group Transnet", "lender Barclays").
    /// "… on Saturday morning. Grace Underhill/The Lakeside Herald", "Jane Roe/AP": a picture's credit, the
    /// photographer and the outlet joined by a slash right after the run ending at `end`. The photographer
    /// takes no part in the story.
    static func isPhotoCredit(_ toks: [NameToken], _ end: Int) -> Bool {
        end < toks.count && toks[end].gapBefore == "/" && (toks[end].isCap || toks[end].isAcronym || toks[end].base == "the")
    }

    /// "The operator, Vestkyst Linjer, said": a business set off by commas after its noun ("the operator", "its
    /// parent company").
    static func businessInApposition(_ toks: [NameToken], _ words: [String], _ p: Int) -> Bool {
        p >= 2 && toks[p].gapBefore == ", " && businessNouns.contains(words[p - 1]) && ["the", "its", "their"].contains(words[p - 2])
    }

    static let businessNouns: Set<String> = [
        "group", "firm", "company", "conglomerate", "giant", "carmaker", "automaker", "maker", "operator", "carrier",
        "airline", "retailer", "lender", "bank", "insurer", "utility", "startup", "start-up", "manufacturer", "supplier",
        "broadcaster", "publisher", "chain", "brand", "outfit", "subsidiary", "parastatal", "regulator",
    ]

    /// "On the eastern bank, Morwenna Hicks has run the tea room for eleven years. She reckons …", "Sigrun Aasvik
    /// took over in January. She talks about …": two name words as the subject of a sentence (opening it, or
    /// after an opening phrase and its comma, a verb right after) with the next sentence going on about "she"
    /// or "he". Things are "it"; a place or a firm of two name words is not followed so.
    static func subjectBeforePronoun(_ toks: [NameToken], core: Range<Int>, _ lex: NameLexicon) -> Bool {
        guard core.count == 2, toks[core].allSatisfy({ $0.isCap && !$0.isInitial && !$0.isNumeral && !$0.isNickname && NameRecognizer.nameLike($0, lex) }),
              !toks[core.lowerBound].possessive, !toks[core.upperBound - 1].possessive,
              toks[core.lowerBound].sentenceInitial || toks[core.lowerBound].gapBefore == ", ",
              core.upperBound < toks.count, case let verb = toks[core.upperBound], !verb.isCap, !verb.sentenceInitial, verb.gapBefore == " ",
              !verb.token.isNumber
        else { return false }
        guard let next = toks[core.upperBound...].firstIndex(where: \.sentenceInitial) else { return false }
        return toks[next].base == "she" || toks[next].base == "he"
    }

    /// "Calum, played with a nervy charm by Dev Ramasamy, arrives …", "coached by Ilse Varga": who plays a part,
    /// coaches, directs, sings or hands over a prize is a person; "by" and two name words after one of these verbs (a few words may
    /// stand between) name one.
    static let personAgentVerbs: Set<String> = [
        "played", "directed", "coached", "sung", "voiced", "choreographed", "composed", "painted", "narrated",
        "performed", "illustrated", "trained", "portrayed", "conducted",
        // "Handed the trophy by Ines Waller", "presented with the medal by Tomas Reyes": prizes pass from hand to hand.
        "handed", "presented",
    ]

    static func agentOfPersonVerb(_ toks: [NameToken], core: Range<Int>) -> Bool {
        let k = core.lowerBound
        guard core.count == 2, k >= 2, toks[k - 1].base == "by", !toks[k - 1].isCap else { return false }
        for j in stride(from: k - 2, through: max(0, k - 7), by: -1) {
            if personAgentVerbs.contains(toks[j].base), !toks[j].isCap || toks[j].sentenceInitial { return true }
            if toks[j].sentenceInitial { break }
        }
        return false
    }

    /// "Ravi Anand won supporting actor for …, and Lena Roth supporting actress for …", "Mia Holm took best director":
    /// prizes named for a person's part (actor, director, writer) go to people, and a film or a firm that wins
    /// is "best film" or "best picture". Two name words, then a verb of winning, then at most two lower-case
    /// words and a role noun; in a list of winners after ", and" the verb may be left out when the sentence
    /// had it before the name.
    static let winningVerbs: Set<String> = ["won", "took", "scooped", "claimed", "collected", "wins", "takes"]

    static func wonAPersonsPrize(_ toks: [NameToken], core: Range<Int>, _ lex: NameLexicon) -> Bool {
        let k = core.lowerBound, e = core.upperBound
        guard core.count == 2, e < toks.count, toks[core].allSatisfy({ $0.isCap && !$0.isInitial && !$0.possessive && NameRecognizer.nameLike($0, lex) })
        else { return false }
        var j = e
        if winningVerbs.contains(toks[j].base), toks[j].gapBefore == " ", !toks[j].isCap {
            j += 1
        } else {
            // The verb left out: ", and" before the name and a verb of winning earlier in the sentence.
            // ("“Flint,” and": a title's closing quote may stand before the comma.)
            guard k >= 2, toks[k - 1].base == "and", toks[k - 1].gapBefore.contains(","), toks[k].gapBefore == " " else { return false }
            var b = k - 2
            var found = false
            while b >= 0 {
                if winningVerbs.contains(toks[b].base), !toks[b].isCap { found = true; break }
                if toks[b].gapBefore.contains(where: { ".!?".contains($0) }) { break }
                b -= 1
            }
            guard found else { return false }
        }
        var words = 0
        while j < toks.count, words < 3, toks[j].gapBefore == " ", !toks[j].isCap, !toks[j].token.isNumber {
            if lex.roles.contains(toks[j].base) { return true }
            words += 1
            j += 1
        }
        return false
    }

    /// "Ruth Amsel’s “Long Shadows” was named best documentary": two name words in the possessive right before
    /// a title in quotation marks name who made the work.
    static func creditedWork(_ toks: [NameToken], core: Range<Int>, _ lex: NameLexicon) -> Bool {
        let e = core.upperBound
        guard core.count == 2, e < toks.count, !toks[core.lowerBound].possessive, toks[e - 1].possessive,
              toks[core].allSatisfy({ $0.isCap && !$0.isInitial && NameRecognizer.nameLike($0, lex) }),
              toks[e].isCap, toks[e].gapBefore == " “" || toks[e].gapBefore == " \""
        else { return false }
        return true
    }

    /// "the former world No 9 Petra Valkonen", "thank you to Rhiannon Gatley and the Federation": a ranking's
    /// number, or thanks given to someone, right before two name words (neither a common word, a place or a
    /// firm's word) name a person.
    static func rankedOrThanked(_ toks: [NameToken], core: Range<Int>, _ lex: NameLexicon) -> Bool {
        let k = core.lowerBound
        guard core.count == 2, k >= 2, toks[core].allSatisfy({ $0.isCap && !$0.isInitial && NameRecognizer.nameLike($0, lex) }) else { return false }
        if toks[k - 1].token.isNumber, ["no", "number"].contains(toks[k - 2].base) { return true }
        guard toks[k - 1].base == "to", !toks[k - 1].isCap else { return false }
        return toks[k - 2].base == "thanks" || (k >= 3 && toks[k - 2].base == "you" && toks[k - 3].base == "thank")
    }
}
