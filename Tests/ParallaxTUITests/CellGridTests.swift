import Testing
@testable import ParallaxTUI

@Suite struct CellGridTests {
    @Test func wideGlyphTakesTwoCellsWithContinuation() {
        var g = CellGrid(width: 10, height: 1)
        let end = g.write("a橋b", x: 0, y: 0, style: .plain)
        #expect(end == 4)
        #expect(g[1, 0].width == 2)
        #expect(g[2, 0].isContinuation)
        #expect(g.rowText(0) == "a橋b")
    }

    @Test func wideGlyphNeverSplitAtTheEdge() {
        var g = CellGrid(width: 3, height: 1)
        g.write("ab橋", x: 0, y: 0, style: .plain)
        #expect(g.rowText(0) == "ab")
        #expect(g.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func combiningMarksStayAttached() {
        var g = CellGrid(width: 10, height: 1)
        let end = g.write("cafe\u{301}!", x: 0, y: 0, style: .plain)
        #expect(end == 5)
        #expect(g[3, 0].character == "e\u{301}")
        #expect(g[4, 0].character == "!")
    }

    @Test func controlCharactersAreShownNotSent() {
        var g = CellGrid(width: 20, height: 1)
        g.write("a\u{1B}[31mb\u{7}\u{9B}", x: 0, y: 0, style: .plain)
        let text = g.rowText(0)
        #expect(text == "a␛[31mb␇\u{FFFD}")
        for c in g.cells {
            for u in c.character.unicodeScalars { #expect(u.value >= 0x20 && !(0x7F..<0xA0).contains(u.value)) }
        }
    }

    @Test func bidiOverridesAreDropped() {
        var g = CellGrid(width: 20, height: 1)
        g.write("x\u{202E}abc\u{202C}\u{2066}y\u{2069}", x: 0, y: 0, style: .plain)
        #expect(g.rowText(0) == "xabcy")
    }

    @Test func overwritingHalfAWideGlyphClearsTheOtherHalf() {
        var g = CellGrid(width: 6, height: 1)
        g.write("橋橋", x: 0, y: 0, style: .plain)
        g.put("x", x: 1, y: 0, style: .plain)
        #expect(g.rowText(0) == " x橋")
        g.put("y", x: 2, y: 0, style: .plain)
        #expect(g.rowText(0) == " xy")
    }

    @Test func clippingAtLimit() {
        var g = CellGrid(width: 10, height: 1)
        g.write("abcdefgh", x: 2, y: 0, style: .plain, limit: 5)
        #expect(g.rowText(0) == "  abc")
    }

    @Test func truncateUsesCellsAndEllipsis() {
        #expect(Draw.truncate("橋橋橋", to: 5) == "橋橋…")
        #expect(Draw.truncate("abc", to: 3) == "abc")
        #expect(Draw.truncate("abcd", to: 3) == "ab…")
    }
}

@Suite struct TextWrapperTests {
    func lines(_ s: String, _ w: Int) -> [String] {
        TextWrapper.wrap(s, width: w).map { String(s[$0.startIndex..<$0.endIndex]) }
    }

    @Test func wrapsAtSpaces() {
        #expect(lines("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func breaksLongWords() {
        #expect(lines("abcdefghij klm", 4) == ["abcd", "efgh", "ij", "klm"])
    }

    @Test func wideCharactersCountDouble() {
        #expect(lines("橋橋橋橋橋", 4) == ["橋橋", "橋橋", "橋"])
    }

    @Test func scalarOffsetsMatchText() {
        let s = "café\u{301} au lait with more words"
        for l in TextWrapper.wrap(s, width: 8) {
            let byOffset = String(String.UnicodeScalarView(Array(s.unicodeScalars)[l.start..<l.end]))
            #expect(byOffset == String(s[l.startIndex..<l.endIndex]))
        }
    }

    @Test func noLineIsWiderThanTheWidth() {
        let s = "Supercalifragilistic 橋が再開 expialidocious, a b c d e f 日本語の見出し and more text"
        for w in [1, 2, 3, 5, 9, 17] {
            for l in TextWrapper.wrap(s, width: w) {
                #expect(Draw.width(String(s[l.startIndex..<l.endIndex])) <= max(w, 2))
            }
        }
    }
}

@Suite struct FrameDiffTests {
    @Test func firstFrameDrawsEverythingButContinuations() {
        var g = CellGrid(width: 4, height: 1)
        g.write("橋ab", x: 0, y: 0, style: .plain)
        #expect(FrameDiff.changedCells(from: nil, to: g) == [0, 2, 3])
    }

    @Test func onlyChangedCellsAfterwards() {
        var a = CellGrid(width: 4, height: 2)
        a.write("abcd", x: 0, y: 0, style: .plain)
        var b = a
        b.put("X", x: 2, y: 0, style: .plain)
        b.put("Y", x: 1, y: 1, style: Style(attributes: .bold))
        #expect(FrameDiff.changedCells(from: a, to: b) == [2, 5])
        #expect(FrameDiff.changedCells(from: b, to: b).isEmpty)
    }

    @Test func replacedWideGlyphRedrawsItsSecondHalf() {
        var a = CellGrid(width: 4, height: 1)
        a.write("橋", x: 0, y: 0, style: .plain)
        var b = CellGrid(width: 4, height: 1)
        b.write("x", x: 0, y: 0, style: .plain)
        #expect(Set(FrameDiff.changedCells(from: a, to: b)) == [0, 1])
    }
}
