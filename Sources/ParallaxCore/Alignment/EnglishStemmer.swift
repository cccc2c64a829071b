import Foundation

/// The Porter2 ("Snowball English") stemmer, so "presented", "presents" and "presentation" meet on one
/// term when outlets paraphrase each other. Written from the published algorithm description
/// (snowballstem.org/algorithms/english/stemmer.html); no stemming package is available offline.
///
/// Input is expected lowercased (apostrophes folded to `'`); words that are not plain ASCII letters are
/// returned unchanged, which is the right answer for names in other scripts.
public enum EnglishStemmer {
    /// `bySuffixEnd` off compares every suffix of each list (`Stemming.longest`), for tests.
    public static func stem(_ word: String, bySuffixEnd: Bool = true) -> String {
        var w = Array(word.utf8)
        guard w.count > 2, w.allSatisfy({ ($0 >= 97 && $0 <= 122) || $0 == 39 }) else { return word }
        if w.first == 39 { w.removeFirst() }
        if w.count <= exceptionLength, let special = exceptions[word] { return special }
        guard w.count > 2 else { return String(decoding: w, as: UTF8.self) }
        var s = Stemming(w)
        s.bySuffixEnd = bySuffixEnd
        if s.step0AndInvariant() { return s.result }
        s.step1a()
        if invariantLengths.contains(s.w.count), invariantAfter1a.contains(s.result) { return s.result }
        s.step1b()
        s.step1c()
        s.step2()
        s.step3()
        s.step4()
        s.step5()
        return s.result
    }

    static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "idly": "idl",
        "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
        "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias",
        "andes": "andes",
    ]
    static let invariantAfter1a: Set<String> = [
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    ]
    // Length tests first: most words cannot be an exception, and the lookups hash a new string per word.
    static let exceptionLength = exceptions.keys.map(\.utf8.count).max() ?? 0
    static let invariantLengths = Set(invariantAfter1a.map(\.utf8.count))
}

/// The mutable state of one stemming run: the word as bytes (with `Y` for consonant y) and its regions.
private struct Stemming {
    var w: [UInt8]
    var r1 = 0
    var r2 = 0
    var bySuffixEnd = true

    static let Y: UInt8 = 89  // "Y"

    init(_ word: [UInt8]) {
        w = word
        // Initial y, and y after a vowel, are consonants.
        for i in w.indices where w[i] == 121 && (i == 0 || isVowel(i - 1)) { w[i] = Stemming.Y }
        r1 = regionStart(from: 0)
        for prefix in Stemming.r1Prefixes where starts(prefix) { r1 = prefix.count }
        r2 = regionStart(from: r1)
    }

    var result: String {
        String(decoding: w.map { $0 == Stemming.Y ? 121 : $0 }, as: UTF8.self)
    }

    func isVowel(_ i: Int) -> Bool {
        switch w[i] {
        case 97, 101, 105, 111, 117, 121: return true
        default: return false
        }
    }

    /// The position after the first non-vowel that follows a vowel, at or after `from`.
    func regionStart(from: Int) -> Int {
        var i = from + 1
        while i < w.count {
            if !isVowel(i) && isVowel(i - 1) { return i + 1 }
            i += 1
        }
        return w.count
    }

    func starts(_ p: [UInt8]) -> Bool { w.count >= p.count && p.indices.allSatisfy { w[$0] == p[$0] } }
    /// Byte comparison from the end: most candidate suffixes fail at the last letter.
    func ends(_ p: [UInt8]) -> Bool {
        guard w.count >= p.count else { return false }
        let offset = w.count - p.count
        var k = p.count - 1
        while k >= 0 {
            if w[offset + k] != p[k] { return false }
            k -= 1
        }
        return true
    }
    func inR1(_ suffix: String) -> Bool { w.count - suffix.utf8.count >= r1 }
    func inR2(_ suffix: String) -> Bool { w.count - suffix.utf8.count >= r2 }

    mutating func replace(_ suffix: String, with new: String) {
        w.removeLast(suffix.utf8.count)
        w.append(contentsOf: new.utf8)
    }

    /// The longest of `suffixes` the word ends with (lists are given longest first). Only the suffixes ending
    /// in the word's last byte can match, in the list's order: comparing every suffix was a third of stemming.
    func longest(_ suffixes: SuffixList) -> String? {
        guard bySuffixEnd else {
            for k in suffixes.bytes.indices where ends(suffixes.bytes[k]) { return suffixes.strings[k] }
            return nil
        }
        guard let last = w.last else { return nil }
        for k in suffixes.byLastByte[Int(last)] where ends(suffixes.bytes[k]) { return suffixes.strings[k] }
        return nil
    }

    /// A short syllable ending at `end` (exclusive): non-vowel, vowel, non-vowel other than w, x, Y;
    /// or, at the start of the word, vowel then non-vowel.
    func endsWithShortSyllable(_ end: Int) -> Bool {
        if end == 2 { return isVowel(0) && !isVowel(1) }
        guard end >= 3 else { return false }
        let c = w[end - 1]
        return !isVowel(end - 3) && isVowel(end - 2) && !isVowel(end - 1) && c != 119 && c != 120 && c != Stemming.Y
    }

    var isShort: Bool { r1 >= w.count && endsWithShortSyllable(w.count) }

    func hasVowel(before end: Int) -> Bool { (0..<end).contains { isVowel($0) } }

    /// Step 0 (apostrophe suffixes); returns true when nothing more should be done.
    mutating func step0AndInvariant() -> Bool {
        if let s = longest(Self.step0Suffixes) { w.removeLast(s.utf8.count) }
        return w.count <= 2
    }

    mutating func step1a() {
        guard let s = longest(Self.step1aSuffixes) else { return }
        switch s {
        case "sses": replace(s, with: "ss")
        case "ied", "ies": replace(s, with: w.count > 4 ? "i" : "ie")
        case "s":
            // Delete if a vowel occurs before the letter preceding the s.
            if w.count >= 3, hasVowel(before: w.count - 2) { w.removeLast() }
        default: break
        }
    }

    mutating func step1b() {
        guard let s = longest(Self.step1bSuffixes) else { return }
        if s == "eed" || s == "eedly" {
            if inR1(s) { replace(s, with: "ee") }
            return
        }
        let stemEnd = w.count - s.utf8.count
        guard hasVowel(before: stemEnd) else { return }
        w.removeLast(s.utf8.count)
        if Self.step1bRestoreE.contains(where: { ends($0) }) {
            w.append(101)
        } else if w.count >= 2, w[w.count - 1] == w[w.count - 2], "bdfgmnprt".utf8.contains(w[w.count - 1]) {
            w.removeLast()
        } else if isShort {
            w.append(101)
        }
    }

    mutating func step1c() {
        guard w.count > 2, w.last == 121 || w.last == Stemming.Y, !isVowel(w.count - 2) else { return }
        w[w.count - 1] = 105
    }

    mutating func step2() {
        guard let s = longest(Self.step2Suffixes), inR1(s) else { return }
        switch s {
        case "tional": replace(s, with: "tion")
        case "enci": replace(s, with: "ence")
        case "anci": replace(s, with: "ance")
        case "abli": replace(s, with: "able")
        case "entli": replace(s, with: "ent")
        case "izer", "ization": replace(s, with: "ize")
        case "ational", "ation", "ator": replace(s, with: "ate")
        case "alism", "aliti", "alli": replace(s, with: "al")
        case "fulness": replace(s, with: "ful")
        case "ousli", "ousness": replace(s, with: "ous")
        case "iveness", "iviti": replace(s, with: "ive")
        case "biliti", "bli": replace(s, with: "ble")
        case "ogi": if w.count >= 4, w[w.count - 4] == 108 { replace(s, with: "og") }
        case "fulli": replace(s, with: "ful")
        case "lessli": replace(s, with: "less")
        case "li": if w.count >= 3, "cdeghkmnrt".utf8.contains(w[w.count - 3]) { w.removeLast(2) }
        default: break
        }
    }

    mutating func step3() {
        guard let s = longest(Self.step3Suffixes), inR1(s) else { return }
        switch s {
        case "tional": replace(s, with: "tion")
        case "ational": replace(s, with: "ate")
        case "alize": replace(s, with: "al")
        case "icate", "iciti", "ical": replace(s, with: "ic")
        case "ful", "ness": w.removeLast(s.utf8.count)
        case "ative": if inR2(s) { w.removeLast(s.utf8.count) }
        default: break
        }
    }

    mutating func step4() {
        guard let s = longest(Self.step4Suffixes), inR2(s) else { return }
        if s == "ion" {
            let n = w.count - 3
            if n >= 1, w[n - 1] == 115 || w[n - 1] == 116 { w.removeLast(3) }
        } else {
            w.removeLast(s.utf8.count)
        }
    }

    // Suffix lists, longest first, built once (not per word), as bytes: the stemmer tries dozens of
    // suffixes per word, and converting each from a String was most of its time.
    static let step1bRestoreE = ["at", "bl", "iz"].map { Array($0.utf8) }
    static let r1Prefixes = ["gener", "commun", "arsen"].map { Array($0.utf8) }
    static let step0Suffixes: SuffixList = ["'s'", "'s", "'"]
    static let step1aSuffixes: SuffixList = ["sses", "ied", "ies", "us", "ss", "s"]
    static let step1bSuffixes: SuffixList = ["eedly", "ingly", "edly", "eed", "ing", "ed"]
    static let step2Suffixes: SuffixList = [
        "ization", "ational", "fulness", "ousness", "iveness", "tional", "biliti", "lessli", "entli", "ation",
        "alism", "aliti", "ousli", "iviti", "fulli", "enci", "anci", "abli", "izer", "ator", "alli", "bli",
        "ogi", "li",
    ]
    static let step3Suffixes: SuffixList = ["ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful"]
    static let step4Suffixes: SuffixList = [
        "ement", "able", "ible", "ance", "ence", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
        "ion", "al", "er", "ic",
    ]

    mutating func step5() {
        if w.last == 101 {
            if inR2("e") || (inR1("e") && !endsWithShortSyllable(w.count - 1)) { w.removeLast() }
        } else if w.last == 108, inR2("l"), w.count >= 2, w[w.count - 2] == 108 {
            w.removeLast()
        }
    }
}

/// Suffixes with their bytes, longest first.
private struct SuffixList: ExpressibleByArrayLiteral {
    let strings: [String]
    let bytes: [[UInt8]]
    /// For each byte, the indices of the suffixes that end in it, in list order.
    let byLastByte: [[Int]]
    init(arrayLiteral elements: String...) {
        strings = elements
        bytes = elements.map { Array($0.utf8) }
        var table = [[Int]](repeating: [], count: 256)
        for (k, b) in bytes.enumerated() { if let last = b.last { table[Int(last)].append(k) } }
        byLastByte = table
    }
}
