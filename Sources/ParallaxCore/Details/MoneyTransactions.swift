import Foundation

/// What a sum of money is: the fee paid for something, what something is worth, a prize.
///
/// Outlets that give one transaction different sums rarely word it alike ("paid the club what is being reported as
/// £2m" / "paid a compensation fee of about £1.2m"; "masks worth £3million" / "objects valued for insurance at about
/// £2.4m"), so the words right around the two amounts, or the noun before them, often share nothing; the transaction
/// word of the amount's clause says which sum it is. Two sums keyed alike are compared whatever else their sentences
/// share, so the key is narrow: a word of one of three small families, in the amount's own clause, with the noun's
/// own words kept ("a congestion fee of US$500" is no "ratification payment", nor a "transfer fee").
enum MoneyTransactions {
    /// The family of each transaction word: a sum paid (or a fee), a value and a prize are different facts.
    static let families: [String: String] = [
        "pay": "paid", "pays": "paid", "paid": "paid", "paying": "paid", "payment": "paid", "payments": "paid",
        "fee": "paid", "fees": "paid", "compensation": "paid",
        "worth": "value", "valued": "value", "value": "value", "valuation": "value", "valuing": "value",
        "prize": "prize", "prizes": "prize", "cheque": "prize", "winnings": "prize", "jackpot": "prize",
    ]

    /// Nouns of a payment that name different sums: a fee (or compensation) is no payment of another kind. A verb
    /// ("paid") names neither and meets both.
    static let paymentNouns: [String: String] = [
        "fee": "fee", "fees": "fee", "compensation": "fee", "payment": "payment", "payments": "payment",
    ]

    /// Transaction words that are nouns, whose modifier ("transfer fee", "insurance value", "second prize") says
    /// which one of the kind it is.
    static let nouns: Set<String> = [
        "fee", "fees", "compensation", "payment", "payments", "value", "valuation", "prize", "prizes", "cheque", "winnings",
        "jackpot",
    ]

    /// How far before the amount's first word (its qualifier, "about") the transaction word may stand: "paid Sölvbergs
    /// IF what is being reported as £2m" puts eight words between.
    static let reachBefore = 8
    /// How far after its last word: "a £2m fee", "£2m in compensation".
    static let reachAfter = 3

    /// The transaction of the amount from token `first` to token `last` (`family|noun|modifier`, the last two
    /// possibly empty): the nearest transaction word before it in the same clause (no comma, colon, bracket or dash
    /// between, and no other number), else one just after it, else that of the sum `prior` (its last token and key)
    /// when only a comma stands between the two: "pays around 15 million kronor, about £1.2 million, in
    /// compensation" gives the conversion of the first sum.
    static func key(
        first: Int, last: Int, _ toks: [Token], gapAfter: (Int) -> String, after prior: (last: Int, key: String?)? = nil
    ) -> String? {
        if let k = word(first: first, last: last, toks, gapAfter: gapAfter) {
            let own = key(of: k, toks, gapAfter: gapAfter)
            guard let unit = rate(after: last, toks) else { return own }
            return own.replacingOccurrences(of: "|", with: "/" + unit + "|", options: [], range: own.range(of: "|"))
        }
        if let prior, prior.last + 1 == first, gapAfter(prior.last).contains(",") { return prior.key }
        return nil
    }

    /// Units of time a rate is paid by.
    static let rateUnits: [String: String] = [
        "hour": "hour", "day": "day", "night": "night", "week": "week", "month": "month", "year": "year", "annum": "year",
        "season": "season",
    ]

    /// "paid around £18,000 a week", "£40,000 per year": a rate, only ever the same sum as another rate by the same unit
    /// (a weekly wage is no fee).
    static func rate(after last: Int, _ toks: [Token]) -> String? {
        guard last + 2 < toks.count, ["a", "an", "per", "each", "every"].contains(toks[last + 1].norm) else { return nil }
        return rateUnits[toks[last + 2].norm]
    }

    /// Whether two keys name one transaction: the same family, and where both give a payment noun or a modifier, the
    /// same one.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: "|", omittingEmptySubsequences: false), y = b.split(separator: "|", omittingEmptySubsequences: false)
        guard x.count == 3, y.count == 3, x[0] == y[0] else { return false }
        for f in 1...2 where !x[f].isEmpty && !y[f].isEmpty && x[f] != y[f] { return false }
        return true
    }

    /// The family part of a key.
    static func family(_ key: String) -> Substring { key.prefix { $0 != "|" } }

    /// The key of the transaction word at token `k`: its family, its payment noun, and the modifier right before a
    /// noun (a lower-case word of letters that is no transaction word itself: "compensation fee" is a fee).
    private static func key(of k: Int, _ toks: [Token], gapAfter: (Int) -> String) -> String {
        let w = toks[k].norm
        var modifier = ""
        if nouns.contains(w), k > 0, case let m = toks[k - 1], !m.isCapitalized, !m.isNumber, m.norm.count >= 3,
            m.norm.allSatisfy(\.isLetter), !StopWords.contains(m.norm), families[m.norm] == nil,
            DetailExtractor.numberWords[m.norm] == nil, gapAfter(k - 1).allSatisfy({ $0 == " " })
        {
            modifier = m.norm
        }
        return [families[w] ?? "", paymentNouns[w] ?? "", modifier].joined(separator: "|")
    }

    private static func word(first: Int, last: Int, _ toks: [Token], gapAfter: (Int) -> String) -> Int? {
        var k = first - 1
        while k >= 0, first - k <= reachBefore {
            if gapAfter(k).contains(where: { ",;:()–—".contains($0) }) || toks[k].isNumber { break }
            if families[toks[k].norm] != nil { return k }
            k -= 1
        }
        k = last + 1
        while k < toks.count, k - last <= reachAfter {
            if gapAfter(k - 1).contains(where: { ",.;:()–—".contains($0) }) || toks[k].isNumber { break }
            if families[toks[k].norm] != nil { return k }
            k += 1
        }
        return nil
    }

    /// How many times larger one sum of a transaction may be than the other and still be one sum reported twice: "£2m"
    /// / "£1.2m" is a disputed fee; "£40" / "£85,000" are two payments, and so are "£20,000 a week" / "£2m".
    static let maximumRatio = 3.0

    /// Whether two sums of the same transaction and currency are close enough to be one sum told twice. Both must state
    /// a figure, exact or "about" one: a bound ("worth at least £4m", "more than £2m") is a claim about the sum, often
    /// someone's opinion against a valuation, and is compared by the rules for other money.
    static func mayBeOneSum(_ a: DetailValue, _ b: DetailValue) -> Bool {
        guard let x = stated(a), let y = stated(b), x > 0, y > 0 else { return false }
        return max(x, y) / min(x, y) <= maximumRatio
    }

    /// Whether two sums of one transaction differ as figures: beyond the rounding of the less precise one (and 5 % of
    /// the larger), comparing the figures stated, not the range "about" allows. "worth £3million" and "about £2.4m" fit
    /// each other only by stacking "about"'s 15 % on a whole million's rounding; an outlet rounding 2.4 million would
    /// write £2m. A figure with a bound ("more than £2m", "nearly £2m") is compared by its range as before.
    static func differ(_ a: DetailValue, _ b: DetailValue) -> Bool {
        guard case let .money(c1, _, _, t1) = a, case let .money(c2, _, _, t2) = b, c1 == c2 else { return true }
        if !a.isCompatible(with: b) { return true }
        guard let x = stated(a), let y = stated(b) else { return false }
        return abs(x - y) > max(t1, t2, max(x, y) * 0.05)
    }

    /// The figure an amount states: exact, or the middle of an "about" range (0.85–1.15 of it); nil for a bound.
    static func stated(_ v: DetailValue) -> Double? {
        guard case let .money(_, l, h, _) = v else { return nil }
        if l == h { return l }
        let mid = (l + h) / 2
        return abs(l - mid * 0.85) <= mid * 1e-9 + 1e-9 && abs(h - mid * 1.15) <= mid * 1e-9 + 1e-9 ? mid : nil
    }
}
