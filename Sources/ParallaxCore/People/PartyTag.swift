/// "(R-Calif.)", ", D-N.Y.,", "(R-TX)": American copy follows a lawmaker's name with party and state. The
/// tag is capitalised like a name but never is one, nor a speaker.
enum PartyTag {
    static func isPartyTag(_ text: String) -> Bool {
        var it = text.unicodeScalars.makeIterator()
        guard let party = it.next(), party == "R" || party == "D" || party == "I",
              it.next() == "-", let state = it.next() else { return false }
        return state.properties.isUppercase
    }
}
