import Foundation

/// What a sum of money is: the fee paid for something, or what something is worth.
///
/// Outlets that give one transaction different sums rarely word it alike ("paid the club what is being reported as
/// £2m" / "paid a compensation fee of about £1.2m"; "masks worth £3million" / "objects valued for insurance at about
/// £2.4m"), so the words right around the two amounts, or the noun before them, often share nothing; the transaction
/// word of the amount's clause says which sum it is. Two sums keyed alike are compared whatever else their sentences
/// share, so the key is narrow: a word of one of two small families, in the amount's own clause.
enum MoneyTransactions {
    /// The family key of each transaction word: a sum paid (or a fee), a value and a prize are different facts.
    static let families: [String: String] = [
        "pay": "paid", "pays": "paid", "paid": "paid", "paying": "paid", "payment": "paid", "fee": "paid", "fees": "paid",
        "compensation": "paid",
        "worth": "value", "valued": "value", "value": "value", "valuation": "value", "valuing": "value",
        "prize": "prize", "prizes": "prize", "cheque": "prize", "winnings": "prize", "jackpot": "prize",
    ]

    /// How far before the amount's first word (its qualifier, "about") the transaction word may stand: "paid Sölvbergs
    /// IF what is being reported as £2m" puts eight words between.
    static let reachBefore = 8
    /// How far after its last word: "a £2m fee", "£2m in compensation".
    static let reachAfter = 3

    /// The transaction of the amount from token `first` to token `last`: the nearest transaction word before it in
    /// the same clause (no comma, colon, bracket or dash between, and no other number), else one just after it, else
    /// that of the sum `prior` (its last token and key) when only a comma stands between the two: "pays around 15
    /// million kronor, about £1.2 million, in compensation" gives the conversion of the first sum.
    static func key(
        first: Int, last: Int, _ toks: [Token], gapAfter: (Int) -> String, after prior: (last: Int, key: String?)? = nil
    ) -> String? {
        if let k = ownKey(first: first, last: last, toks, gapAfter: gapAfter) { return k }
        if let prior, prior.last + 1 == first, gapAfter(prior.last).contains(",") { return prior.key }
        return nil
    }

    private static func ownKey(first: Int, last: Int, _ toks: [Token], gapAfter: (Int) -> String) -> String? {
        var k = first - 1
        while k >= 0, first - k <= reachBefore {
            if gapAfter(k).contains(where: { ",;:()–—".contains($0) }) || toks[k].isNumber { break }
            if let f = families[toks[k].norm] { return f }
            k -= 1
        }
        k = last + 1
        while k < toks.count, k - last <= reachAfter {
            if gapAfter(k - 1).contains(where: { ",.;:()–—".contains($0) }) || toks[k].isNumber { break }
            if let f = families[toks[k].norm] { return f }
            k += 1
        }
        return nil
    }

    /// How many times larger one sum of a transaction may be than the other and still be one sum reported twice: "£2m"
    /// / "£1.2m" is a disputed fee; "£40" / "£85,000" are two payments, and so are "£20,000 a week" / "£2m".
    static let maximumRatio = 3.0

    /// Whether two sums of the same transaction and currency are close enough to be one sum told twice.
    static func mayBeOneSum(_ a: DetailValue, _ b: DetailValue) -> Bool {
        guard let x = stated(a) ?? midpoint(a), let y = stated(b) ?? midpoint(b), x > 0, y > 0 else { return false }
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

    private static func midpoint(_ v: DetailValue) -> Double? {
        guard case let .money(_, l, h, _) = v else { return nil }
        return (l + h) / 2
    }
}
