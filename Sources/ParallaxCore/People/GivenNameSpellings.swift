import Foundation

extension PersonRegistry {
    /// "Sergei Ivanov" / "Sergey Ivanov", "Paul-Henri Roux" / "Paul-Henry Roux": outlets end a transliterated or
    /// French given name in "i" or in "y". The same family name (five letters or more) and given names of four
    /// letters or more that differ only so are one person.
    mutating func mergeGivenNameSpellings() {
        var byFamily: [String: [Int]] = [:]
        for i in roots {
            let words = entries[i].name.split(separator: " ")
            guard words.count >= 2 else { continue }
            let family = Self.compactKey(words.dropFirst().joined())
            guard family.count >= 5 else { continue }
            byFamily[family + "#\(words.count)", default: []].append(i)
        }
        for group in byFamily.values where group.count > 1 {
            for (n, a) in group.enumerated() {
                for b in group[(n + 1)...] where find(a) != find(b) {
                    let ga = Self.compactKey(String(entries[a].name.split(separator: " ")[0]))
                    let gb = Self.compactKey(String(entries[b].name.split(separator: " ")[0]))
                    guard ga.count >= 4, ga.count == gb.count, ga.dropLast() == gb.dropLast(),
                          Set([ga.last!, gb.last!]) == ["i", "y"] else { continue }
                    let (ra, rb) = (find(a), find(b))
                    if entries[rb].evidenceCount > entries[ra].evidenceCount { link(entries[ra].name, to: rb) } else { link(entries[rb].name, to: ra) }
                }
            }
        }
    }
}
