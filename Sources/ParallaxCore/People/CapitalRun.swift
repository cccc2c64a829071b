import Foundation

/// A word of a paragraph as person recognition sees it.
struct NameToken: Sendable {
    var token: Token
    /// Folded, lowercased, without a possessive "'s".
    var base: String
    /// Scalar end of the name part (before a possessive).
    var baseEnd: Int
    var possessive: Bool
    /// Starts with an uppercase letter and is not an acronym.
    var isCap: Bool
    /// Two or more letters, none lowercase ("APEC", "AFP", "GEONGJU").
    var isAcronym: Bool
    /// A single capital followed by ". " before another capitalised word ("F." in "Patrick F. Walsh").
    var isInitial: Bool
    /// A Roman numeral after a name ("XIV" in "Leo XIV", "III" in "Charles III").
    var isNumeral = false
    /// A one-word nickname in quotes inside a name ("Diddy" in Sean "Diddy" Combs): part of the run, not of
    /// the name it displays or is looked up by.
    var isNickname = false
    var sentenceInitial: Bool
    /// The raw text between the previous token and this one.
    var gapBefore: String
}

/// How strongly the context says a capitalised run names a person.
enum NameEvidence: Int, Sendable, Comparable {
    case none = 0, weak, strong
    static func < (a: NameEvidence, b: NameEvidence) -> Bool { a.rawValue < b.rawValue }
}

/// A maximal run of capitalised words, split into what precedes the name (nationality, title) and the
/// name itself (`core`), with the evidence that it is a person.
struct CapitalRun: Sendable {
    /// Token indices of the whole capitalised run.
    var all: Range<Int>
    /// Token indices of the candidate name; empty when nothing name-like is left.
    var core: Range<Int>
    /// Display text of a title written before the name ("President", "Mr").
    var title: String?
    /// Country from a nationality or place before the name ("Chinese President ..." → China).
    var country: String?
    var isFormer = false
    /// Introduced as a head of state or government ("President", "leader", "prime minister").
    var isHead = false
    var isOrganisation = false
    /// A club or firm named after its city ("Inter Milan"): its first word alone ("Inter") is no one's name.
    var namedAfterPlace = false
    var evidence: NameEvidence = .none
    /// The name opens a sentence, so its capital letter says nothing.
    var sentenceInitial = false
}

/// Person-recognition view of one paragraph: its tokens, whether it is set in headline case, and its runs.
struct ParagraphNames: Sendable {
    var tokens: [NameToken]
    var headline: Bool
    var runs: [CapitalRun]
}
