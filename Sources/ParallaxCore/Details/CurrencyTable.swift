import Foundation

/// The currencies the details ledger reads (`Resources/currencies.txt`): names written after an amount
/// ("11 million Swedish kronor"), symbols written before its digits ("HK$", "₹") and capitalised codes or
/// abbreviations written as a word beside it ("SEK 11m", "Rs 500"). A word list rather than code, so a new
/// currency is a line, not a rule.
struct CurrencyTable: Sendable {
    /// Lower-case names, one or more words ("swedish kronor"), to the ISO code.
    var names: [[String]: String] = [:]
    var longestName = 1
    /// Symbols, longest first so "US$" wins over "$".
    var symbols: [(symbol: [Unicode.Scalar], code: String)] = []
    /// Capitalised abbreviations and the codes themselves, matched case-sensitively ("SEK", "Rs").
    var abbreviations: [String: String] = [:]

    static let shared = CurrencyTable(lines: ResourceFile.lines("currencies"))

    init(lines: [String]) {
        var symbols: [([Unicode.Scalar], String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let code = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty else { continue }
            abbreviations[code] = code
            for raw in line[line.index(after: colon)...].split(separator: ",") {
                let item = raw.trimmingCharacters(in: .whitespaces)
                guard let first = item.unicodeScalars.first else { continue }
                if item.unicodeScalars.contains(where: { !$0.properties.isAlphabetic && $0 != " " }) {
                    symbols.append((Array(item.unicodeScalars), code))
                } else if first.properties.isUppercase {
                    abbreviations[item] = code
                } else {
                    let words = item.split(separator: " ").map(String.init)
                    names[words] = code
                    longestName = max(longestName, words.count)
                }
            }
        }
        self.symbols = symbols.sorted { $0.0.count > $1.0.count }.map { (symbol: $0.0, code: $0.1) }
    }

    /// The currency whose symbol ends right before scalar `end` ("$" in "$1.2", "HK$" in "HK$5"), and where
    /// the symbol starts. A symbol made of letters and a sign must not be the tail of a longer word.
    func symbol(endingAt end: Int, in scalars: [Unicode.Scalar]) -> (code: String, start: Int)? {
        // Compared in place, last scalar first: copying each candidate's scalars into an array cost ~13 k
        // instructions per number of a long article.
        for (symbol, code) in symbols where symbol.count <= end {
            let start = end - symbol.count
            guard scalars[end - 1] == symbol[symbol.count - 1], scalars[start..<end].elementsEqual(symbol) else { continue }
            if symbol.count > 1, start > 0, scalars[start - 1].properties.isAlphabetic { continue }
            return (code, start)
        }
        return nil
    }

    /// The longest currency name starting at word `i` of `words` (folded), with the number of words it takes.
    func name(at i: Int, _ words: [String]) -> (code: String, count: Int)? {
        var n = min(longestName, words.count - i)
        while n >= 1 {
            if let code = names[Array(words[i..<(i + n)])] { return (code, n) }
            n -= 1
        }
        return nil
    }
}
