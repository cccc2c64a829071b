import Foundation
import Testing
@testable import ParallaxCore

/// A pattern matched without regard to case gets the literal test too (its literals in lower case, the
/// line folded): a line without them never reaches ICU, and a line ICU might match always does.
@Suite struct CaselessPatternLiteralsTests {
    static let wire = LinePattern(#"^\p{Lu}[\p{L} ]{1,40}?,\s*(?:/\s*(PR ?Newswire)/|\(?(BUSINESS WIRE)\)?)"#, caseInsensitive: true)

    @Test func linesWithoutTheLiteralsAreRejected() {
        #expect(!Self.wire.mayMatch("Lindenport, 3 June 2025 - The council met on Tuesday."))
        #expect(!Self.wire.mayMatch("Lindenport’s “wire” story"))
    }

    @Test func anyCaseOfTheLiteralsIsAdmitted() {
        #expect(Self.wire.mayMatch("ACME Corp, (business wire) said"))
        #expect(Self.wire.matches("Acme Corp, /pr newswire/ said"))
        #expect(Self.wire.matches("ACME CORP, (BUSINESS WIRE)"))
        #expect(Self.wire.matches("Acme Corp, /PR NEWSWIRE/"))
    }

    /// "ſ" folds to "s": ICU may match "buſineſs wire", so the line goes to ICU untested.
    @Test func charactersThatFoldToASCIIAreLeftToICU() {
        #expect(LinePattern.Literals.caselessKey("Buſineſs Wire") == nil)
        #expect(LinePattern.Literals.caselessKey("ﬁve") == nil)
        #expect(Self.wire.mayMatch("Acme, (buſineſs wire)"))
        #expect(LinePattern.Literals.caselessKey("Mayor’s “Wire”") == "mayor’s “wire”")
    }

    /// "ß" in a pattern matches "ss" in a line: a non-ASCII literal leaves the pattern without the test.
    @Test func nonASCIILiteralsAreNotUsed() {
        let p = LinePattern("^straße (north|south)", caseInsensitive: true)
        #expect(p.mayMatch("strasse north"))
    }
}
