import Foundation

extension NameRecognizer {
    /// One capitalised run read front to back: what qualifies a title, then the title and words stripped before
    /// the name, the name's extent, whether it names an organisation or place, and how strongly the context says
    /// it is a person. Each phase is its own method because each decides on its own evidence, and an early
    /// verdict (a photo credit, a firm, a ship) ends the reading; the state they share is the reading position.
    struct RunReading {
        let toks: [NameToken]
        let words: [String]
        let run: Range<Int>
        let lex: NameLexicon
        var r: CapitalRun
        /// First token not yet read as a qualifier, title or stripped word: where the name may start.
        var p: Int
        var titleWords: [String] = []
        var strippedOrg = false
        var lastStripped: String?

        var end: Int { run.upperBound }

        init(_ toks: [NameToken], _ words: [String], _ run: Range<Int>, lexicon lex: NameLexicon) {
            self.toks = toks
            self.words = words
            self.run = run
            self.lex = lex
            r = CapitalRun(all: run, core: run.lowerBound..<run.lowerBound)
            p = run.lowerBound
        }

        mutating func classify() -> CapitalRun {
            if PersonCues.isPhotoCredit(toks, end) { return r }
            // "Surprisingly, the founder …": an adverb opening the sentence before a comma is no name, whatever
            // apposition seems to follow it.
            if run.count == 1, toks[p].sentenceInitial, end < toks.count, toks[end].gapBefore.hasPrefix(","),
                Self.isSentenceAdverb(words[p]) { return r }
            // "Fishermen and others from Porthallow said …": one word after a group and "from" is where they come
            // from; the group is the verb's subject.
            if run.count == 1, p >= 2, words[p - 1] == "from", !toks[p - 1].isCap, Self.groupNouns.contains(words[p - 2]) { return r }
            // "Grace Okafor, née Adeyemi": the family name someone was born with, not a mention of whoever else
            // in the story has it.
            if run.lowerBound > 0, words[run.lowerBound - 1] == "nee", !toks[run.lowerBound - 1].isCap { return r }
            // "Jo Roe, Site Head, said"; "@marydavis Ji" (`NonNameRuns.swift`).
            if isOfficeInApposition || isHonorificAfterHandle { return r }
            if isVesselAfterThe { r.isOrganisation = true; return r }
            readTitleQualifiers()
            readOfficeAndLabel()
            if stripBeforeName() { return r }
            if !titleWords.isEmpty { r.title = titleWords.joined(separator: " ") }
            if namesAThing() {
                r.isOrganisation = true
                return r
            }
            guard p < end else {
                r.isOrganisation = strippedOrg
                return r
            }
            let q = coreEnd()
            r.core = p..<q
            // "U.S.", "U.N.", "E. coli": one letter alone is an abbreviation, never a name.
            if q == p + 1, ScalarText.count(toks[p].token.text) == 1 { r.core = p..<p; return r }
            // "PM Mette Frederiksen", "MP Jo Cox": a title written as an acronym does not start the run. A courtesy
            // title is written so only in a shouted line: "the MX Factors scheme" names a firm, not "Mx Factors".
            if r.title == nil, p == run.lowerBound, p > 0, toks[p - 1].isAcronym, toks[p].gapBefore == " ",
                lex.titles.contains(toks[p - 1].base), !Self.courtesyTitles.contains(toks[p - 1].base)
            {
                r.title = toks[p - 1].token.text
            }
            r.sentenceInitial = toks[p].sentenceInitial || (p == run.lowerBound && toks[run.lowerBound].sentenceInitial)
            let core = Array(toks[p..<q])
            let givenFirst = core.count >= 2 && lex.isGivenName(core[0].base)
            let titled = r.title != nil || (p > 0 && p == run.lowerBound && PersonCues.precededByRole(toks, p, lex))
                || (p > run.lowerBound && lex.roles.contains(words[p - 1]))
                || (run.lowerBound > 0 && PersonCues.precededByRole(toks, run.lowerBound, lex))
            markOrganisation(core, q, givenFirst: givenFirst, titled: titled)
            if r.isOrganisation { return r }
            // "President of the Republic of Cyprus Nikos Christodoulides": a place ends the office's name and a
            // name of two words or more after it is the holder's, not more of the organisation.
            let afterPlace = r.country != nil && p > run.lowerBound && q - p >= 2
            if namesAnInstitution(core, givenFirst: givenFirst, titled: titled, afterPlace: afterPlace) {
                r.isOrganisation = true
                return r
            }
            weighEvidence(core, q, givenFirst: givenFirst, titled: titled, afterPlace: afterPlace)
            return r
        }

        static let honorifics: Set<String> = ["sir", "dame", "lord", "lady"]
        static let courtesyTitles: Set<String> = ["mr", "mrs", "ms", "mx", "dr", "st", "hon", "rev", "fr"]

        /// "Nato Secretary General Mark Rutte", "Goldman Sachs CEO David Solomon": whatever precedes the last
        /// title in the run qualifies the title, not the name.
        private mutating func readTitleQualifiers() {
            var j = end - 2
            while j > p {
                let t = lex.titles.longestMatch(words, at: j, limit: end)
                // "Sergeant Dean Kowalczyk": a title word after a title is the given name it also is.
                if t > 0, j + t < end, !toks[j].possessive, !nameShapeStarts(toks, j - 1, end, lex),
                    !(j > p && lex.titles.contains(words[j - 1]) && lex.isGivenName(words[j])) {
                    // The longest title ending there: "Prime Minister", not "Minister".
                    var from = j
                    for k in max(p, j - 3)..<j where lex.titles.longestMatch(words, at: k, limit: end) == j + t - k {
                        from = k
                        break
                    }
                    // "Notre Dame Cathedral", "Notre Dame de Paris": an honorific after a word that is no title and
                    // no possessive is part of a name; nothing qualifies a "Dame" or a "Sir" ("Prime Minister Sir
                    // Keir Starmer" and "Labour's Lord Mandelson" stay titled).
                    if from == j, j > p, t == 1, Self.honorifics.contains(words[j]), !toks[j - 1].possessive,
                        !lex.titles.contains(words[j - 1])
                    { j -= 1; continue }
                    // "Deputy Premier Kate Morrow" holds another office than "Premier Steven Hale": the rank stays
                    // with the title, so "the premier" is still the one premier.
                    let ranked = from > p && NameRunCues.rankQualifiers.contains(words[from - 1]) ? from - 1 : from
                    titleWords = toks[ranked..<(j + t)].map(\.token.text)
                    // The qualifier may still say whose title it is ("Brazilian President", "Former UK Prime Minister").
                    var k = p
                    while k < from {
                        if words[k] == "former" || words[k] == "late" { r.isFormer = true }
                        let d = lex.demonyms.longestMatch(words, at: k, limit: from)
                        if d > 0, r.country == nil {
                            r.country = lex.countryOfDemonym[words[k..<(k + d)].joined(separator: " ")]
                            k += d
                            continue
                        }
                        let pl = lex.places.longestMatch(words, at: k, limit: from)
                        if pl > 0, r.country == nil {
                            r.country = toks[k..<(k + pl)].map(\.token.text).joined(separator: " ")
                            k += pl
                            continue
                        }
                        k += 1
                    }
                    p = j + t
                    break
                }
                // A role word inside the run ends what qualifies it ("Broken Arrow Fire Chief Darnell Whitaker").
                if t == 0, roleEndsQualifier(toks, words, from: p, at: j, end: end, lex) { p = j + 1; break }
                j -= 1
            }
        }

        private mutating func readOfficeAndLabel() {
            // "Minister of Tourism and Wildlife Wasantha Senanayake": after "Title of X and", the run's first
            // word ends the office's name; the holder's name follows it.
            if p == run.lowerBound, end - p >= 3, p >= 4, words[p - 1] == "and", !lex.isGivenName(words[p]),
                let of = (max(1, p - 4)...(p - 3)).last(where: { words[$0] == "of" }),
                lex.titles.contains(words[of - 1]) || lex.roles.contains(words[of - 1]), toks[of - 1].isCap,
                (of + 1..<(p - 1)).allSatisfy({ toks[$0].isCap })
            {
                p += 1
            }
            // "Leader of the Opposition R. Senthilvel", "Superintendent of Police Navneet Kawat": the run opens with
            // the object of an office named before it; the holder's name follows, initials or a given name first.
            if p == run.lowerBound, end - p >= 3, let of = officeObjectStart(words, p), toks[of - 1].isCap,
                lex.titles.contains(words[of - 1]) || lex.roles.contains(words[of - 1]), !lex.isGivenName(words[p]),
                toks[p + 1].isInitial || nameShapeStarts(toks, p + 1, end, lex)
            {
                titleWords = toks[(of - 1)...p].map(\.token.text)
                p += 1
            }
            // "Trucker Kevin Sharples said", "Swimmer Edwina Castell, who saw it": a tabloid's label for the person.
            if p == run.lowerBound, PersonLabels.opensRun(toks, words, p, end, lex) {
                lastStripped = words[p]
                p += 1
            }
        }

        /// Strips nationality, titles, places and function words before the name; true when that alone decides
        /// the run (a title with nothing after it, a region's company, a paper).
        private mutating func stripBeforeName() -> Bool {
            while p < end {
                if PersonLabels.isPartyBeforeName(toks, words, p, end, lex) { lastStripped = words[p]; p += 1; continue }
                if nameShapeStarts(toks, p, end, lex) { break }
                let t = toks[p].possessive ? 0 : lex.titles.longestMatch(words, at: p, limit: end)
                // "Crown Prince of Abu Dhabi", "Prime Minister": a title of several words and nothing after it.
                if t >= 2, p + t == end {
                    r.title = toks[p..<end].map(\.token.text).joined(separator: " ")
                    return true
                }
                if t > 0, p + t < end {
                    titleWords = toks[p..<(p + t)].map(\.token.text)
                    p += t
                    continue
                }
                let d = lex.demonyms.longestMatch(words, at: p, limit: end)
                // "Western Grid said": a compass word and one more names a region's company or body, not a person.
                if d == 1, end - p == 2, titleWords.isEmpty, compassWords.contains(words[p]) { r.isOrganisation = true; return true }
                if d > 0 {
                    r.country = lex.countryOfDemonym[words[p..<(p + d)].joined(separator: " ")]
                    p += d
                    continue
                }
                let pl = lex.places.longestMatch(words, at: p, limit: end)
                if pl > 0 {
                    r.country = toks[p..<(p + pl)].map(\.token.text).joined(separator: " ")
                    p += pl
                    continue
                }
                let o = lex.organisations.longestMatch(words, at: p, limit: end)
                if o > 0 {
                    strippedOrg = true
                    p += o
                    continue
                }
                // "The Daily Graphic", "Daily Nation": a paper's word before one more word names the paper, and that
                // word alone ("Graphic understands …") is the paper too, no one's name.
                if end - p == 2, ["daily", "weekly"].contains(words[p]), toks[p + 1].gapBefore == " ", words[run.lowerBound..<p].allSatisfy({ $0 == "the" }) {
                    r.core = (p + 1)..<end
                    r.isOrganisation = true
                    r.namedAfterPlace = true
                    return true
                }
                if lex.roles.contains(words[p]) || lex.common.contains(words[p]) || isHyphenModifier(toks[p], lex)
                    || lex.strongOrgWords.contains(words[p])
                {
                    if words[p] == "former" || words[p] == "late" { r.isFormer = true }
                    lastStripped = words[p]
                    p += 1
                    continue
                }
                // "Pop Superstar George Michael", "Gremlins Star Zach Galligan": a word that qualifies the role
                // after it, when a name follows.
                if p + 2 < end, !toks[p].possessive, lex.roles.contains(words[p + 1]), nameLike(toks[p + 2], lex),
                    nameShapeStarts(toks, p + 2, end, lex) || (end - p > 3 && !namePartAdjectives.contains(words[p + 2]))
                {
                    lastStripped = words[p + 1]
                    p += 2
                    continue
                }
                break
            }
            return false
        }

        /// A run that names a thing whatever its words: an adjective written into a name, a firm of partners, a
        /// ship, a ticker or a named thing after it.
        private func namesAThing() -> Bool {
            // "@MayorJoRoe": a social handle, not a name written out.
            if Self.isInsideHandle(toks, run.lowerBound) { return true }
            // "New Glenn", "Great Wall": an adjective written as part of a name makes it a thing or place.
            if let adj = lastStripped, namePartAdjectives.contains(adj), p < end, titleWords.isEmpty {
                return true
            }
            // "Rao & Webb", "Marks & Spencer": firms.
            if run.lowerBound > 0, toks[run.lowerBound].gapBefore.contains("&") { return true }
            // "the MV Glen Shira", "HMS Dauntless": a ship's prefix names a vessel, not a person. Two capitals
            // can be a person's initials ("MV Rao"), so those count only after "the".
            if run.lowerBound > 0, toks[run.lowerBound].gapBefore == " ", case let prefix = toks[run.lowerBound - 1].token.text,
               shipPrefixes.contains(prefix), prefix.count > 2 || (run.lowerBound > 1 && toks[run.lowerBound - 2].base == "the") {
                return true
            }
            if end < toks.count, toks[end].gapBefore.contains("&") { return true }
            if tickerAfter(toks, end) || namedThingAfter(toks, run, words) { return true }
            return false
        }

        /// The name ends at the first word that cannot be part of one ("Xi Jinping Saturday").
        private func coreEnd() -> Int {
            var q = p + 1
            while q < end, nameLike(toks[q], lex) || (particles.contains(words[q]) && !toks[q].isCap)
                || (words[q] == "an" && gaelicParticles.contains(words[q - 1]))
                || (words[q] == "a" && scottishParticles.contains(words[q - 1]) && !toks[q].isCap) {
                if toks[q - 1].possessive { break }
                q += 1
            }
            if q < end, q == p + 1, lex.isGivenName(words[p]), !toks[p].possessive,
                lex.surnames.contains(words[q]) || (q + 1 == end && toks[q].isCap && lex.organisations.longestMatch(words, at: q, limit: end) == 1)
            {
                q += 1  // "Theresa May"; "Alfred Nobel", "Henry Ford": a given name and a one-word firm or prize at the run's end
            }
            if commonWordFamilyName(after: p, next: q) { return q + 1 }
            // "General Shaukat Sultan", "Martin Luther King": a title word ending the run after one name word is
            // the family name, not a second title.
            if q == end - 1, q == p + 1, lex.titles.contains(words[q]), !toks[p].possessive, toks[q].gapBefore == " ", words[q].count > 3 {
                q += 1
            }
            return q
        }

        /// Organisations: a head word such as "University" at the end, or a known organisation first.
        private mutating func markOrganisation(_ core: [NameToken], _ q: Int, givenFirst: Bool, titled: Bool) {
            if let lastWord = core.last?.base {
                func legalForm(_ k: Int) -> Bool { toks[k].isAcronym && lex.legalAbbreviations.contains(words[k]) || toks[k].token.text == "SpA" }
                if lex.strongOrgWords.contains(lastWord) || (q < end && lex.strongOrgWords.contains(words[end - 1])) || legalForm(q - 1) || legalForm(end - 1) {
                    r.isOrganisation = true
                } else if lex.weakOrgWords.contains(lastWord) && !givenFirst && !titled
                    && (core.count >= 2 || p > run.lowerBound)  // "Korea Herald", but "Park said"
                {
                    r.isOrganisation = true
                } else if q < end, lex.weakOrgWords.contains(words[end - 1]), !givenFirst, !titled {
                    r.isOrganisation = true  // "Continental Press": the head word is a common word, so not in the core
                }
            }
            // "the Francis Scott Key Bridge", "the Harold James Pike Memorial Stadium": a name of two words or more
            // before a capitalised noun for a building, a crossing or an institution names that thing after the
            // person it honours, given name first or not ("Scott said" then belongs to the mayor named Scott).
            // A head that is also a family name ("Park", "Street", "Ward", "Hall") could end a real name, so those
            // stay out.
            // ("<Pass> Tunnel", "Kestrel Dam": works take a one-word name too; no one is surnamed "Tunnel".)
            if !titled, end - p >= 3 || (end - p == 2 && NameRecognizer.worksHeads.contains(words[end - 1])),
                toks[end - 1].isCap, toks[end - 1].gapBefore == " ",
                NameRecognizer.namedThingHeads.contains(words[end - 1]), !NameRecognizer.surnameLikeHeads.contains(words[end - 1])
            { r.isOrganisation = true }
            // "Le Monde", "La Liga" are things; "De la Rey told …" opens a sentence with a name's particles.
            if core.count >= 2, foreignArticles.contains(core[0].base), core[0].isCap, !titled,
               !(core.count >= 3 && !core[1].isCap && particles.contains(core[1].base)) { r.isOrganisation = true }
            if !titled, !givenFirst, PersonCues.namedAfterPlace(toks, words, core: p..<q, runEnd: end, lex) { r.isOrganisation = true; r.namedAfterPlace = true }
            // "in Hong Kong": a run that is a place the lists know, word for word, is that place.
            if !titled, q - p >= 2, lex.places.longestMatch(words, at: p, limit: q) == q - p { r.isOrganisation = true; r.namedAfterPlace = true }
            let orgPrefix = lex.organisations.longestMatch(words, at: p, limit: q)
            if orgPrefix > 0 && (!givenFirst || orgPrefix == q - p) { r.isOrganisation = true }  // "Morgan Stanley"
            // Digits are never part of a person's name: "Newsdesk24", "Channel 4".
            if core.contains(where: { $0.token.isNumber || $0.token.text.unicodeScalars.contains { $0.properties.numericType != nil } }) {
                r.isOrganisation = true
            }
            // "clips of The Drowned Bells", "a role in The Circle": a capital "The" inside a sentence opens the
            // title of a work or the name of a thing; people's names do not start so.
            if p > run.lowerBound, words[run.lowerBound] == "the", !toks[run.lowerBound].sentenceInitial, titleWords.isEmpty { r.isOrganisation = true }
            // "logistics group Transnet", "the state firm Transnet", "carmaker Toyota": one word after a noun for a
            // business is its name.
            if end - p == 1, p == run.lowerBound, p > 0, !toks[p - 1].isCap, toks[p].gapBefore == " ", PersonCues.businessNouns.contains(words[p - 1]) {
                r.isOrganisation = true
            }
            if p == run.lowerBound, !givenFirst, PersonCues.businessInApposition(toks, words, p) { r.isOrganisation = true }
        }

        /// The run goes on naming an organisation or a place made from a saint's name.
        private func namesAnInstitution(_ core: [NameToken], givenFirst: Bool, titled: Bool, afterPlace: Bool) -> Bool {
            // "the Gothenburg Institute of Applied Physics, who …": after "of" or "for" that follows an
            // organisation word, the run goes on naming the organisation.
            if run.lowerBound >= 2, !titled, !givenFirst, !afterPlace, ["of", "for"].contains(words[run.lowerBound - 1]), toks[run.lowerBound - 2].isCap,
                lex.strongOrgWords.contains(words[run.lowerBound - 2]) || lex.weakOrgWords.contains(words[run.lowerBound - 2])
            {
                return true
            }
            // "St. Jude Medical", "St Andrews", "Saint Laurent": a saint's name made a place, a hospital or a firm.
            if p > run.lowerBound, ["st", "saint", "ste", "sainte"].contains(words[p - 1]), toks[p - 1].isCap, r.title == nil || r.title?.lowercased().hasPrefix("s") == true {
                return true
            }
            // "Santa Barbara", "San Diego", "São Paulo": a saint's name made a place.
            if core.count >= 2, ["san", "santa", "santo", "sao"].contains(core[0].base), !titled {
                return true
            }
            return false
        }

        /// How strongly the context says the core names a person.
        private mutating func weighEvidence(_ core: [NameToken], _ q: Int, givenFirst: Bool, titled: Bool, afterPlace: Bool) {
            // "in Chiang Rai", "a Chiang Rai cave", "Chiang Rai province", "Chiang Rai's Governor …": a family name
            // and a syllable name a place where the words around say place; only those shapes void the cue.
            let placeAround = run.lowerBound > 0 && ["in", "at", "near", "into", "across", "a", "an", "the"].contains(words[run.lowerBound - 1])
                || end < toks.count && !toks[end].isCap && NameRecognizer.placeNouns.contains(words[end])
                || toks[end - 1].possessive && end < toks.count && toks[end].isCap && lex.titles.contains(words[end])
            let eastAsian = core.count >= 2 && lex.eastAsianFamilyNames.contains(core[0].base)
                && core.dropFirst().allSatisfy { lex.isSyllabic($0.base) } && !(placeAround && !titled)
            let hasInitial = core.count >= 3 && core.contains { $0.isInitial }
            PersonCues.lookBack(toks, run.lowerBound, &r, lex)
            if let t = r.title, PersonCues.headTitles.contains(TextNormalizer.forMatching(t)) { r.isHead = true }
            let locative = run.lowerBound > 0 && ["at", "in", "near", "outside", "inside", "into", "across", "from"].contains(words[run.lowerBound - 1])
            if locative, let lastWord = core.last?.base, lex.weakOrgWords.contains(lastWord) {
                r.isOrganisation = true  // "watched from Jetty Park", "economists at Marshall Bennett Capital"
                return
            }
            // "Napoleon III", "Charles III": one name and a regnal numeral (weak, so "the Apollo XI crew" is not one).
            let regnal = core.count == 2 && core[1].isNumeral && !r.sentenceInitial
            if PersonCues.isHyphenatedSaint(core[0]), !titled, !givenFirst { return }
            // "71 in Morelos, 43 in Puebla": after "in" or "at", a figure after the comma goes on a list of places
            // and their counts; it is no age.
            let placeList = ["in", "at", "near"].contains(run.lowerBound > 0 ? words[run.lowerBound - 1] : "")
                && PersonCues.afterPostNominal(toks, q) < toks.count && toks[PersonCues.afterPostNominal(toks, q)].token.isNumber
            if titled || givenFirst || eastAsian || hasInitial || PersonCues.apposition(toks, q, lex) && !placeList || ChildrenWithAges.listed(toks, start: run.lowerBound, next: q) || (core.count >= 2 && PersonCues.ageBefore(toks, run.lowerBound)) {
                r.evidence = .strong
            } else if regnal || PersonCues.speechVerbAfter(toks, q, lex) || (core.count >= 2 && q == end && PersonCues.appositiveSpeaker(toks, start: run.lowerBound, next: q, lex)) || PersonCues.speechVerbBefore(toks, run.lowerBound, lex) && !toks[q - 1].possessive || PersonCues.accordingTo(toks, run.lowerBound)
                || (core.count >= 2 && PersonCues.personEventBefore(toks, run.lowerBound))
                || (core.count >= 2 && q == end && PersonCues.labelsAQuote(toks, start: run.lowerBound, next: q))
            {
                let known = lex.surnames.contains(core[0].base) || lex.eastAsianFamilyNames.contains(core[0].base)
                // "told Billboard", "asked Reuters": one unknown word after a verb of telling is the listener,
                // most often a publication, when nothing else speaks for a person.
                let listenerOnly = (core.count == 1 || PersonCues.isStationName(toks[p..<q])) && !known && PersonCues.listenerVerbBefore(toks, run.lowerBound)
                    && !regnal && !PersonCues.speechVerbAfter(toks, q, lex) && !PersonCues.accordingTo(toks, run.lowerBound)
                // A lone capitalised plural ("Marines said", "Observers noted") is a group, not a person.
                let plural = core.count == 1 && core[0].base.hasSuffix("s") && !core[0].base.hasSuffix("ss") && !known
                if !listenerOnly, !PersonCues.endsInGroupPlural(Array(toks[p..<end]), lex), core.count >= 2 || (!r.sentenceInitial && !plural) || known {
                    r.evidence = .weak
                }
            }
            // "Fellow Hollywood stars", "Chelsea fans": one word before a plural of people qualifies them.
            if core.count == 1, q == end, PersonCues.groupNounAfter(toks, end) { r.evidence = .none }
            // People are not "at" or "in" something named only by its capitals ("analysts at Marshall Bennett"),
            // and "Institute for Strategic Studies" continues an organisation's name.
            if locative && r.evidence == .weak && words[run.lowerBound - 1] != "from" { r.evidence = .none }
            // People are not "the Smith": "the Louvre said", "The Kremlin has confirmed" are institutions.
            let plainGap = toks[p].gapBefore == " " || toks[p].gapBefore == "\u{00A0}"
            if r.evidence == .weak, p > 0, words[p - 1] == "the", plainGap, p == run.lowerBound || p == run.lowerBound + 1 {
                r.evidence = .none
            }
            // "UC Berkeley says": one word after an acronym that is no country ("UC", "NYU") names a campus or a
            // unit of the institution, not a person, when nothing but a verb speaks for a person.
            if r.evidence == .weak, core.count == 1, p == run.lowerBound, run.lowerBound > 0, toks[run.lowerBound - 1].isAcronym,
                toks[run.lowerBound].gapBefore == " ", PersonCues.acronymCountries[toks[run.lowerBound - 1].base] == nil
            {
                r.evidence = .none
            }
            // "the Queen of Soul, who …", "the Minister of Finance, who …": one word after "Title of" ends that
            // title or epithet, whatever follows it.
            if run.count == 1, run.lowerBound >= 2, words[run.lowerBound - 1] == "of", toks[run.lowerBound - 2].isCap,
                toks[run.lowerBound - 1].gapBefore == " ", !toks[run.lowerBound - 2].possessive
            {
                r.evidence = .none
            }
            // "the port of Paita", "two schoolteachers from Duluth, a …": a place named by what it is, or where
            // people come from.
            if !titled, PersonCues.placeByItsNoun(toks, run.lowerBound, core: q - p, lex) { r.evidence = .none }
            if r.evidence == .weak, !afterPlace, run.lowerBound >= 2, ["for", "of", "on"].contains(words[run.lowerBound - 1]),
                toks[run.lowerBound - 2].isCap || toks[run.lowerBound - 2].isAcronym
            {
                r.evidence = .none
            }
        }
    }
}
