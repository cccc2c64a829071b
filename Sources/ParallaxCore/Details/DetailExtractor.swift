import Foundation

/// Finds numbers, money, dates, weekdays, times and durations in a sentence and normalises them.
///
/// A token walk rather than regular expressions, because the forms combine ("more than a decade",
/// "a pair of", "70 trillion won", "Thursday 18 September", "28-year") and each needs the words around it.
enum DetailExtractor {
    /// `referenceYear` turns "since 2014" into a length of time.
    static func mentions(in paragraph: Paragraph, referenceYear: Int?) -> [DetailMention] {
        var stems: [String: String] = [:]
        return mentions(in: paragraph, referenceYear: referenceYear, stemCache: &stems)
    }

    /// `stemCache` carries stems from one paragraph to the next: the words near details repeat across an
    /// article, and stemming them afresh was a sixth of extraction.
    static func mentions(in paragraph: Paragraph, referenceYear: Int?, stemCache: inout [String: String]) -> [DetailMention] {
        mentions(in: paragraph, tokens: Tokenizer.tokens(paragraph.text), referenceYear: referenceYear, stemCache: &stemCache)
    }

    /// With the paragraph's tokens already at hand (alignment keeps them from its features).
    /// `lean`: only what alignment compares (`SharedDetails`: value, sentence, context, `near`, places); the
    /// text, `clause`, `demand`, `owner` and `event`, which only the details ledger reads, are left empty.
    /// `articleShortcut` off runs every rule at every "a"/"an" (`mayStartWithArticle`), for tests.
    /// `lexicon`: the article's stems from alignment's features, read before `stemCache` (same stems).
    static func mentions(
        in paragraph: Paragraph, tokens all: [Token], referenceYear: Int?, stemCache: inout [String: String],
        lexicon: [String: WordAnalyzer.Lexeme]? = nil, lean: Bool = false, articleShortcut: Bool = true
    ) -> [DetailMention] {
        let scalars = ScalarText.scalars(paragraph.text)
        let sentences = paragraph.sentences.isEmpty ? [Sentence(start: 0, end: scalars.count)] : paragraph.sentences
        var out: [DetailMention] = []
        for (si, s) in sentences.enumerated() {
            let toks = all.filter { $0.start >= s.start && $0.end <= s.end }
            var found = scan(
                toks, scalars: scalars, paragraph: paragraph, sentence: si, referenceYear: referenceYear, stemCache: &stemCache,
                lexicon: lexicon, lean: lean, articleShortcut: articleShortcut)
            if !found.isEmpty {
                let places = placesNamed(toks)
                for k in found.indices {
                    found[k].places = places
                    if !lean, case .count = found[k].value, let first = toks.firstIndex(where: { $0.start >= found[k].start }) {
                        found[k].owner = CountOwners.owner(before: first, toks, places: places)
                    }
                }
            }
            out += found
        }
        return out
    }

    private static func scan(
        _ toks: [Token], scalars: [Unicode.Scalar], paragraph: Paragraph, sentence: Int, referenceYear: Int?,
        stemCache: inout [String: String], lexicon: [String: WordAnalyzer.Lexeme]?, lean: Bool, articleShortcut: Bool
    ) -> [DetailMention] {
        var out: [DetailMention] = []
        var used = Set<Int>()
        let words = toks.map(\.norm)
        func gapBefore(_ i: Int) -> String {
            let from = i > 0 ? toks[i - 1].end : max(0, toks[i].start - 3)
            return ScalarText.string(scalars[from..<toks[i].start])
        }
        func gapAfter(_ i: Int) -> String {
            let to = i + 1 < toks.count ? toks[i + 1].start : min(scalars.count, toks[i].end + 3)
            return ScalarText.string(scalars[toks[i].end..<to])
        }
        func word(_ i: Int) -> String { i >= 0 && i < toks.count ? toks[i].norm : "" }
        /// The interval a qualifier before token `i` gives `value` ("more than a decade", "almost nine
        /// million", "about 300"), and the first token of the claim.
        func qualified(_ value: Double, at i: Int) -> (Double, Double, Int) {
            let q1 = word(i - 1), q2 = word(i - 2), q3 = word(i - 3)
            // "no less than 16 years", "not fewer than 300", "at least 16": a floor, not a ceiling. (Each test
            // stands alone: "at least" has no "than" before the number.)
            if q1 == "least", q2 == "at" { return demanded(before: i - 2) ? (value, value, i - 2) : (value, value * 1.5, i - 2) }
            if q1 == "than", ["less", "fewer"].contains(q2), ["no", "not"].contains(q3) {
                return demanded(before: i - 3) ? (value, value, i - 3) : (value, value * 1.5, i - 3)
            }
            if q1 == "most", q2 == "at" { return (0, value, i - 2) }
            if q1 == "than", q2 == "more", ["no", "not"].contains(q3) { return (0, value, i - 3) }
            if q1 == "over" {
                // "over two days" is usually "across two days"; "over a decade", "more than a decade"
                return (value, value * 1.5, i - 1)
            } else if q1 == "than" && (q2 == "more" || q2 == "longer") {
                return (value * 1.001, value * 1.5, i - 2)
            } else if q1 == "than" && (q2 == "less" || q2 == "fewer") || q1 == "under" {
                return (0, value * 0.999, q1 == "under" ? i - 1 : i - 2)
            } else if ["nearly", "almost"].contains(q1) {
                return (value * 0.8, value, i - 1)
            } else if ["about", "around", "roughly", "some", "approximately"].contains(q1) {
                return (value * 0.85, value * 1.15, i - 1)
            }
            return (value, value, i)
        }
        /// Whether the claim starting at token `first` is what someone asked for ("sought a sentence of no less than
        /// 16 years", "asked for a term of at least 16 years"): then the floor is the demand itself, one figure, and
        /// "asked for 18 years" reports another demand, not one that fits it.
        func demanded(before first: Int) -> Bool {
            var k = first - 1
            while k >= 0, first - k <= 7 {
                if Self.demandVerbs.contains(word(k)) { return true }
                if gapAfter(k).contains(where: { ",;:.()".contains($0) }) { return false }
                k -= 1
            }
            return false
        }
        var contextEnd = 0
        func context(after i: Int, count: Int = 2) -> Set<String> {
            var c = Set<String>()
            var k = i + 1
            contextEnd = toks[i].end
            // "The injured are 23, four of them …": a clause ends at the number, so nothing after it is counted
            if gapAfter(i).contains(where: { ",;:()".contains($0) }) { return c }
            while k < toks.count, c.count < count, k <= i + 4 {
                let w = toks[k].norm
                if ["of", "the", "a", "an", "more", "than", "new", "other", "extra", "additional"].contains(w) { k += 1; continue }
                if StopWords.contains(w) || toks[k].isNumber || numberWords[w] != nil { break }
                c.insert(singular(w))
                contextEnd = toks[k].end
                // a plural ends the counted noun, unless "of" follows ("rounds of voting")
                if w.hasSuffix("s") && !w.hasSuffix("ss") && !(k + 2 < toks.count && toks[k + 1].norm == "of") { break }
                if gapAfter(k).contains(where: { ",.;:()".contains($0) }) { break }
                k += 1
            }
            // "14 priceless carved masks": two modifiers fill the context before the counted noun; the plural right
            // after them is what is counted, so it is compared with "twelve masks".
            if c.count == count, k < toks.count, k <= i + 4, k > i + 1, !toks[k - 1].norm.hasSuffix("s"),
               !gapAfter(k - 1).contains(where: { ",.;:()".contains($0) }) {
                let w = toks[k].norm
                if w.count >= 4, w.hasSuffix("s"), !w.hasSuffix("ss"), !StopWords.contains(w), !toks[k].isNumber, numberWords[w] == nil,
                   !toks[k].isCapitalized {
                    c.insert(singular(w))
                    contextEnd = toks[k].end
                }
            }
            return c
        }
        /// `start`: where the text starts when not at token `a` (a currency symbol before the digits).
        func emit(_ v: DetailValue, _ a: Int, _ b: Int, _ ctx: Set<String> = [], withContext: Bool = false, start: Int? = nil) {
            for k in a...b { used.insert(k) }
            var end = withContext ? max(toks[b].end, contextEnd) : toks[b].end
            // keep a trailing % or a leading currency symbol in the text
            if end < scalars.count, scalars[end] == "%" { end += 1 }
            var s = start ?? toks[a].start
            if start == nil, s > 0, currencySymbols[scalars[s - 1]] != nil { s -= 1 }
            var near = Set<String>(), clause = Set<String>()
            let reach = lean ? Self.nearReach : Self.clauseReach
            for k in max(0, a - reach)..<min(toks.count, b + reach + 1) where k < a || k > b {
                let w = toks[k].norm
                guard !toks[k].isNumber, Self.hasAtLeastThreeCharacters(w), !StopWords.contains(w) else { continue }
                let stem = Self.stem(w, lexicon: lexicon, cache: &stemCache)
                if k >= a - Self.nearReach, k <= b + Self.nearReach { near.insert(stem) }
                if !lean { clause.insert(stem) }
            }
            out.append(DetailMention(value: v, paragraph: paragraph.index, sentence: sentence, start: s, end: end,
                                     text: lean ? "" : ScalarText.slice(paragraph.text, s, end), context: ctx, near: near, clause: clause,
                                     demand: lean ? false : demanded(before: a)))
        }

        /// The count's context with what happened to those counted (`CountFates`): read after the counted
        /// noun (then the claim's text runs to it: "Three people are still missing"), before the claim, or from
        /// "the WORD are" before it.
        func withFate(_ ctx: Set<String>, first: Int, last: Int) -> Set<String> {
            var c = ctx
            let next = toks.firstIndex { $0.start >= max(contextEnd, toks[last].end) } ?? toks.count
            var fate = ctx.lazy.filter { $0 != "hospital" }.compactMap { CountFates.words[$0] }.first
            if fate == nil, let found = CountFates.after(next, toks, gapBefore: gapBefore) {
                fate = found.fate
                contextEnd = toks[found.last].end
            }
            if let f = fate ?? CountFates.before(first, toks) ?? CountFates.subject(first, toks) {
                c.insert(CountFates.marker(f))
            }
            return c
        }

        /// What an amount starting at token `k` is, from the word before it: "worth" in "worth 10 million
        /// kronor", "fund" in "a fund of 450 million euros" (the noun before "of").
        func ownerOfAmount(before k: Int) -> String? {
            let w = word(k - 1)
            if w == "of", case let n = word(k - 2), !n.isEmpty, !StopWords.contains(n), k >= 2, !toks[k - 2].isNumber { return n }
            return w.isEmpty || StopWords.contains(w) ? nil : w
        }

        var lastMoney: (last: Int, key: String?)? = nil
        var i = 0
        while i < toks.count {
            defer { i += 1 }
            if used.contains(i) { continue }
            let t = toks[i]
            guard mayStartDetail(t) else { continue }
            let w = t.norm
            if articleShortcut, w == "a" || w == "an", !mayStartWithArticle(word(i + 1)) { continue }
            // The minutes of a clock time with no a.m./p.m. ("09:45 GMT", "at 17:00") count nothing.
            if t.isNumber, i > 0, toks[i - 1].isNumber, gapBefore(i) == ":" { continue }
            // Weekdays and dates
            if let d = weekdays.firstIndex(of: w) { emit(.weekday(d + 1), i, i); continue }
            if t.isCapitalized, let m = months.firstIndex(of: String(w.prefix(3))), w.count == 3 || w.count == 4 && w == "sept" || monthFull(w),
                i + 1 < toks.count, let day = dayNumber(toks[i + 1])
            { emit(.date(month: m + 1, day: day), i, i + 1); continue }
            if let day = dayNumber(t), i + 1 < toks.count {
                var j = i + 1
                if word(j) == "of" { j += 1 }
                if j < toks.count, toks[j].isCapitalized, let m = months.firstIndex(of: String(word(j).prefix(3))), monthFull(word(j)) || word(j).count <= 4 {
                    emit(.date(month: m + 1, day: day), i, j)
                    continue
                }
            }
            // Times: "2:03 a.m.", "11 p.m.", "3am", "9.30am", "11:45", "09:45 GMT"
            if let (minutes, last) = clockTime(at: i, toks, scalars) {
                var end = last
                var zone: Int? = nil
                if end + 1 < toks.count, let z = zoneOffsets[toks[end + 1].text] { zone = z; end += 1 }
                emit(.time(minutes: minutes, zone: zone), i, end)
                // "landed just before 10am", "shortly after 9pm": a bound on the moment, not the moment itself.
                if i > 0, let side = Self.timeBounds[word(i - 1)] { out[out.count - 1].bound = side }
                // "around 8 pm": a rough time, which a moment a few minutes off fits
                if i > 0, Self.roughTimeWords.contains(word(i - 1)) { out[out.count - 1].rough = true }
                i = end
                continue
            }
            // "Ilaria Pozzi, 67 years old," is an age (`AgeDetails` reads it), not a length of time; "quantum
            // mechanics, now a hundred years old" is one
            // (The words first: the gap's Foundation search cost ~3k instructions at every number.)
            if ["years", "year"].contains(word(i + 1)), word(i + 2) == "old", number(t) != nil, gapBefore(i).contains(",") {
                used.formUnion([i, i + 1, i + 2])
                i += 2
                continue
            }
            // Lengths: "312 mm", "300mm", "12.3 inches" (`MeasurementUnits`)
            if let m = measurement(at: i, toks) {
                let (ql, qh, first) = qualified(1, at: i)
                var ctx: Set<String> = [Self.lengthMarker]
                if word(m.last + 1) == "of", m.last + 2 < toks.count, !StopWords.contains(word(m.last + 2)) {
                    ctx.insert(singular(word(m.last + 2)))  // "312 millimetres of rain"
                }
                emit(.count(low: m.low * ql, high: m.high * qh), first, m.last, ctx)
                i = m.last
                continue
            }
            // Durations: "since 2014", "from 2001 to 2013"
            if w == "since", i + 1 < toks.count, let y = year(toks[i + 1]), let ref = referenceYear, ref >= y {
                let n = Double(ref - y)
                emit(.duration(low: max(0, n - 1) * 365, high: (n + 1) * 365), i, i + 1, eventOrdinal(since: i, toks))
                continue
            }
            if ["from", "between"].contains(w), i + 3 < toks.count, let y1 = year(toks[i + 1]), ["to", "and", "until"].contains(word(i + 2)),
                let y2 = year(toks[i + 3]), y2 >= y1
            {
                let n = Double(y2 - y1)
                emit(.duration(low: (n - 0.5) * 365, high: (n + 0.5) * 365), i, i + 3)
                continue
            }
            // Hyphenated: "28-year", "two-day" (but not "24-year-old", an age)
            if ByteSearch.contains(w, UInt8(ascii: "-")) {  // a byte test: Foundation's substring search costs ~4k instructions a word
                let parts = w.split(separator: "-").map(String.init)
                if parts.count == 2, let n = numberWords[parts[0]] ?? Double(parts[0]), let u = units[parts[1]] {
                    emit(.duration(low: n * u, high: n * u), i, i, eventOrdinal(before: i, toks))
                    continue
                }
            }
            // "her grandson of nine years", "a man of 40 years": a person's age in translated copy, not a length
            if word(i - 1) == "of", Self.personNouns.contains(word(i - 2)), ["years", "year"].contains(word(i + 1)) {
                used.formUnion([i, i + 1])
                i += 1
                continue
            }
            // Qualified durations: "more than a decade", "nearly a quarter of a century", "11 years"
            // ("£30 a month" is a rate, not a length of time; so is "twice a year", "once an hour": a dose's
            // or a meeting's frequency, which "at least a year" must not agree with.)
            if !((w == "a" || w == "an") && i > 0 && (used.contains(i - 1) || Self.frequencyWords.contains(word(i - 1)))),
               let (value, last) = duration(at: i, toks) {
                let (low, high, first) = qualified(value, at: i)
                // "entered politics three years ago" is a moment, not a length of time
                let ago: Set<String> = word(last + 1) == "ago" ? [agoMarker] : []
                emit(.duration(low: low, high: high), first, last, eventOrdinal(before: first, toks).union(ago))
                i = last
                continue
            }
            // Money: "$49 billion", "£200,000", "70 trillion won", "11 million Swedish kronor", "SEK 11m",
            // "1.5bn yuan", "about $1.17 million"
            if let money = money(at: i, toks, words, scalars) {
                // "over S$400,000", "about HK$2m": the letters of a symbol are a token of their own, so the qualifier
                // stands before them, not right before the digits
                var head = money.first
                if let s = money.symbolStart { while head > 0, toks[head - 1].start >= s { head -= 1 } }
                var (low, high, qualifier) = qualified(money.amount, at: head)
                if qualifier == head { qualifier = money.first }
                var ctx = context(after: money.last)
                if money.symbolStart != nil, i > 0 {
                    ctx.insert(singular(ownerOfAmount(before: i) ?? word(i - 1)))
                } else if qualifier > 0, let w = ownerOfAmount(before: qualifier) {
                    ctx.insert(singular(w))  // "worth 10 million kronor": what the money is
                }
                let start = qualifier < money.first ? nil : money.symbolStart
                emit(.money(currency: money.code, low: low, high: high, tolerance: money.unit / 2), qualifier, money.last, ctx, start: start)
                if !lean {  // what the sum is for (`MoneyTransactions`)
                    out[out.count - 1].event = MoneyTransactions.key(first: qualifier, last: money.last, toks, gapAfter: gapAfter, after: lastMoney)
                    lastMoney = (money.last, out[out.count - 1].event)
                }
                i = money.last
                continue
            }
            // Shares: "one in four entrants", "a third of voters", "rose by almost a third" (`Shares`)
            if let sh = share(at: i, toks) {
                var (low, high, first) = qualified(sh.percent, at: sh.first)
                if first == sh.first { (low, high) = (sh.percent * 0.9, sh.percent * 1.1) }  // "a third" is loose
                var ctx = context(after: sh.last)
                var k = first - 1
                while k > 0, ["by", "just"].contains(word(k)) { k -= 1 }
                if k >= 0, let subject = subject(before: k + 1, toks) ?? (StopWords.contains(word(k)) ? nil : word(k)) { ctx.insert(singular(subject)) }
                emit(.share(low: low, high: high), first, sh.last, ctx, withContext: true)
                i = sh.last
                continue
            }
            // Percent
            if let n = number(t), t.isNumber,
                gapAfter(i).hasPrefix("%") || ["percent"].contains(word(i + 1)) || word(i + 1) == "per" && word(i + 2) == "cent"
            {
                let last = gapAfter(i).hasPrefix("%") ? i : (word(i + 1) == "per" ? i + 2 : i + 1)
                var ctx = context(after: last)
                // "about 5%" is a rounded figure, an interval like "about a third" ("affecting about 5% of patients"
                // against a release's 4.6%); a bare figure stays exact. The qualifier is not the subject.
                let (low, high, first) = qualified(n, at: i)
                if first > 0 { ctx.insert(singular(subject(before: first, toks) ?? word(first - 1))) }
                emit(first == i ? .percent(n) : .share(low: low, high: high), first, last, ctx)
                i = last
                continue
            }
            // Years
            if let y = year(t) {
                emit(.year(y), i, i)
                if !lean { out[out.count - 1].event = ContractEnds.event(year: i, toks, gapAfter: gapAfter) }
                continue
            }
            // "180 cubic metres per second", "… a second through the dam": the unit of time, not an ordinal
            if w == "second", word(i - 1) == "per" || ["a", "each", "every"].contains(word(i - 1)) && context(after: i).isEmpty {
                continue
            }
            // Ordinals: "fifth cut", "267th leader"
            if let o = ordinals[w] ?? ordinalDigits(w) {
                // "on the 32nd anniversary of the 1985 quake" is "32 years to the day after" it: a length of time
                if word(i + 1) == "anniversary" {
                    emit(.duration(low: Double(o) * 365, high: Double(o) * 365), i, i + 1)
                    i += 1
                    continue
                }
                emit(.ordinal(o), i, i, context(after: i), withContext: true)
                continue
            }
            // A rank: "the country's third-busiest airport", "the 10th-largest economy" (`rank(_:)`)
            if let (o, superlative) = rank(w) {
                // ranked by one measure: "busiest airport" never meets "largest airport"
                let ctx = Set(context(after: i).map { "(\(superlative)) " + $0 }).union(["(\(superlative))"])
                emit(.ordinal(o), i, i, ctx, withContext: true)
                continue
            }
            // Counts in words: "hundreds of protesters", "several hundred protesters" (`RoughCounts`)
            // ("thousands of years" is a length of time, left to the duration rules)
            if let r = roughCount(at: i, toks) {
                let ctx = withFate(context(after: r.last), first: r.first, last: r.last)
                // "thousands of feet down", "hundreds of miles": a rough amount of a measure counts no things.
                let noun = word(r.last + 1) == "of" ? word(r.last + 2) : word(r.last + 1)
                if !ctx.isEmpty, ctx.isDisjoint(with: units.keys.map(singular)), !Self.roughMeasureNouns.contains(noun) {
                    emit(.count(low: r.low, high: r.high), r.first, r.last, ctx, withContext: true)
                    i = r.last
                    continue
                }
            }
            // Counts: "two tractors", "a pair of", "800 letters"
            if w == "pair" || w == "couple", word(i - 1) == "a", word(i + 1) == "of" {
                emit(.count(low: 2, high: 2), i - 1, i + 1, context(after: i + 1), withContext: true)
                i += 1
                continue
            }
            if w == "dozen", word(i - 1) == "a" {
                // "more than a dozen are missing": qualified, with its fate
                let (low, high, first) = qualified(12, at: i - 1)
                emit(.count(low: low, high: high), first, i, withFate(context(after: i), first: first, last: i), withContext: true)
                continue
            }
            // "three thousand jobs" is one count, read at "thousand" (`roughCount`), not three of "thousand jobs"
            if numberWords[w] != nil, roundUnits[word(i + 1)] != nil { continue }
            if w != "one", let n = number(t), t.isNumber || numberWords[w] != nil, n < 1e7 {
                let (_, _, claimStart) = qualified(n, at: i)
                let counted = context(after: i)
                let nounEnd = contextEnd
                var ctx = withFate(counted, first: claimStart, last: i)
                guard !ctx.isEmpty else { continue }
                // "rung 88 times" / "recorded more than 40 times": how often something was done, so what is counted
                // is the doing (`frequencyMarker`), not "times"
                if ctx == ["time"], word(i + 1) == "times", case let v = word(claimStart - 1), v.count >= 3, !StopWords.contains(v) {
                    ctx = [Self.frequencyMarker + EnglishStemmer.stem(v)]
                }
                // "The magnitude 7.1 shock killed …": people are counted whole unless a scale follows ("1.5
                // million people"); a decimal before a toll's verb is a reading (a magnitude), not the toll.
                // ("7.1 quake" alone stays a count of quakes, which outlets agree or disagree on.)
                if n != n.rounded(.towardZero), Self.scales[word(i + 1)] == nil, CountFates.fate(of: ctx) != nil { continue }
                // "two of the men" is a part of a group, not its size: compared only with other parts.
                // "two other lynx", "three more cases" (not "two more than …"): some besides those already told, so
                // no total ("the park keeps three lynx") is contradicted by them.
                if word(i + 1) == "of" && ["the", "them", "those", "these", "its", "their"].contains(word(i + 2))
                    || ["other", "more", "further", "additional", "extra"].contains(word(i + 1)) && word(i + 2) != "than" {
                    ctx.insert(Self.partitiveMarker)
                }
                var (low, high, first) = qualified(n, at: i)
                // "four passengers and the pilot", "four charges …, and a fifth": a total told as its parts
                if low == high, !counted.isEmpty, Self.oneMoreAfter(n, nounEnd: nounEnd, toks, gapAfter: gapAfter) { high = n + 1 }
                emit(.count(low: low, high: high), first, i, ctx, withContext: true)
            }
        }
        return out
    }

}
