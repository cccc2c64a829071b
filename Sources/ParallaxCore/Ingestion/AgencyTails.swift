import Foundation

/// What a news agency's copy carries after its last sentence, run on to it: the agency's name and its desk
/// codes ("… at dawn. PTI ABC XY") or a dash and the agency ("… on Friday. -- ANI", "… — Bernama"). Papers
/// that run agency copy paste it as it comes; the tail is no words of the story (real pages, stop 37). Only a
/// known agency written as the list has it (short names in capitals), after a sentence's end on the same line,
/// and then nothing but one to four codes of two to four capitals, or nothing at all after a dash.
extension Cleaner {
    static let agencyDeskTail = LinePattern(#"(?<=[.!?"”’)])\s+(\p{Lu}{2,5})((?:\s+\p{Lu}{2,4}){1,4})\s*$"#)
    static let agencyDashTail = LinePattern(#"(?<=[.!?"”’)])\s+(?:--|–|—|-)\s*(\p{Lu}[\p{L} ]{1,30}?)\s*$"#)

    /// The line's text without an agency's tail, or nil when it has none.
    static func withoutAgencyTail(_ t: String) -> String? {
        guard SourceLine.words(t, cap: 8) >= 6 else { return nil }
        if let m = agencyDeskTail.firstMatch(t), let name = m.groups[1], MetadataInference.canonicalAgency(name) != nil {
            return SourceLine.trim(ScalarText.slice(t, 0, m.start))
        }
        if let m = agencyDashTail.firstMatch(t), let name = m.groups[1], MetadataInference.canonicalAgency(name) != nil,
           name.count > 3 || name == name.uppercased() {
            return SourceLine.trim(ScalarText.slice(t, 0, m.start))
        }
        return nil
    }
}
