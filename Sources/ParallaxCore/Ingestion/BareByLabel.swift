import Foundation

/// "By" alone on its line, and the writers' names each on a line of their own under it ("By" / "Jane Roe" /
/// "Tom Lee"): a page that sets its byline as a label over a list of names. The names are the byline, and
/// neither the label nor the names are story paragraphs (real pages, stop 37). Only names qualify (two to four
/// capitalised words, no job title, no site name, no sentence), at most three, with at most one blank line
/// between them; anything else under the label leaves it alone.
extension MetadataInference {
    /// The line indices of the names under the bare "By" at `i` (among `nonBlank`), or nil.
    static func namesUnderBareBy(_ lines: [SourceLine], at i: Int, nonBlank: [Int]) -> [Int]? {
        guard isBareByLabel(lines[i].text), let at = nonBlank.firstIndex(of: i) else { return nil }
        var names: [Int] = []
        var previous = i
        for j in nonBlank[(at + 1)...].prefix(3) {
            let t = lines[j].text
            guard j - previous <= 2, isPersonName(t), !isJobTitle(t), !looksLikeSiteName(t), !isInstitution(t),
                  !LineShape.endsLikeSentence(t), !ScalarText.contains(t, ":") else { break }
            names.append(j)
            previous = j
        }
        return names.isEmpty ? nil : names
    }

    /// "By", "BY", "By:" with nothing else on the line.
    static func isBareByLabel(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        return ["by", "by:"].contains(t.lowercased())
    }

    /// "Jane Roe", "Jane Roe and Tom Lee", "Jane Roe, Tom Lee and Ann Ku": the names as one byline.
    static func joinedNames(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
