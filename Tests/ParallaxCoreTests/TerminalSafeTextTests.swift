import Foundation
import Testing

@testable import ParallaxCore

@Suite struct TerminalSafeTextTests {
    let esc = "\u{1B}"

    /// Nothing a terminal interprets: no C0 except newline and tab, no DEL, no C1, no bidi controls.
    static func isTerminalSafe(_ s: String) -> Bool {
        !s.unicodeScalars.contains { u in
            let v = u.value
            return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
    }

    @Test func plainTextIsUnchanged() {
        let s = "Plain “text”, émigré — 漢字 🚀 👨‍👩‍👧 🇫🇷\n\tindented"
        #expect(TerminalSafeText.sanitize(s) == s)
        #expect(TerminalSafeText.isSafe(s))
    }

    @Test func csiSequencesCollapseToOneVisibleMark() {
        #expect(TerminalSafeText.sanitize("a\(esc)[31mred\(esc)[0m b") == "a␛red␛ b")
        #expect(TerminalSafeText.sanitize("\(esc)[2J\(esc)[H\(esc)[10;20Hx") == "␛␛␛x")
        #expect(TerminalSafeText.sanitize("\(esc)[?1049h") == "␛")
        // C1 CSI (U+009B) is a CSI to terminals that honour 8-bit controls.
        #expect(TerminalSafeText.sanitize("a\u{9B}31mb") == "a␛b")
    }

    @Test func oscAndOtherStringsAreHiddenWholly() {
        #expect(TerminalSafeText.sanitize("t\(esc)]0;pwned\u{07}x") == "t␛x")
        #expect(TerminalSafeText.sanitize("t\(esc)]2;title\(esc)\\x") == "t␛x")
        #expect(TerminalSafeText.sanitize("t\(esc)]52;c;ZXZpbA==\u{9C}x") == "t␛x")
        #expect(TerminalSafeText.sanitize("\(esc)P1$r\(esc)\\ok") == "␛ok")
        #expect(TerminalSafeText.sanitize("\u{9D}0;t\u{07}ok") == "␛ok")
        // An unterminated string stops at the end of the line, so the next line still shows.
        #expect(TerminalSafeText.sanitize("a\(esc)]0;never ends\nnext") == "a␛\nnext")
        // …and after a bounded payload, so a paragraph cannot vanish.
        let long = String(repeating: "x", count: 2000)
        let out = TerminalSafeText.sanitize("\(esc)]\(long)")
        #expect(out.hasPrefix("␛") && out.count > 1000)
    }

    @Test func escapeInsideAStringStartsANewSequence() {
        #expect(TerminalSafeText.sanitize("\(esc)]0;t\(esc)[31mred") == "␛red")
    }

    @Test func shortEscapesAreSwallowed() {
        #expect(TerminalSafeText.sanitize("a\(esc)cb") == "a␛b")  // RIS: full reset
        #expect(TerminalSafeText.sanitize("a\(esc)(Bb") == "a␛b")  // charset designation
        #expect(TerminalSafeText.sanitize("a\(esc)7b\(esc)8") == "a␛b␛")
        #expect(TerminalSafeText.sanitize("end\(esc)") == "end␛")
        #expect(TerminalSafeText.sanitize("\(esc)\(esc)\(esc)[") == "␛␛␛")
    }

    @Test func controlsAreShownAsPictures() {
        #expect(TerminalSafeText.sanitize("a\u{07}b\u{08}c\u{00}d\u{7F}e\rf\u{0B}") == "a␇b␈c␀d␡e␍f␋")
        #expect(TerminalSafeText.sanitize("next\u{85}line") == "next<U+0085>line")
    }

    @Test func newlinesAndTabsDependOnMode() {
        #expect(TerminalSafeText.sanitize("a\nb\tc") == "a\nb\tc")
        #expect(TerminalSafeText.sanitize("a\nb\tc", multiline: false) == "a b c")
        #expect(TerminalSafeText.sanitize("a\u{2028}b") == "a\nb")
        #expect(TerminalSafeText.sanitize("a\u{2029}b", multiline: false) == "a b")
    }

    @Test func bidiControlsAndInvisibleFormattingAreDropped() {
        #expect(TerminalSafeText.sanitize("abc\u{202E}fed\u{202C}g") == "abcfedg")
        #expect(TerminalSafeText.sanitize("\u{2066}x\u{2069}\u{2067}y\u{2069}\u{2068}z\u{2069}") == "xyz")
        #expect(TerminalSafeText.sanitize("zero\u{200B}width soft\u{AD}hyphen\u{FEFF}\u{2060}") == "zerowidth softhyphen")
        // Right-to-left text itself and its marks stay; only overrides are neutralised.
        let arabic = "قال \u{200F}المتحدث"
        #expect(TerminalSafeText.sanitize(arabic) == arabic)
    }

    @Test func tagCharactersOnlyInsideAFlag() {
        let england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"
        #expect(TerminalSafeText.sanitize("flag \(england) ok") == "flag \(england) ok")
        #expect(TerminalSafeText.sanitize("hid\u{E0068}\u{E0069}den") == "hidden")
    }

    @Test func idempotent() {
        let nasty = "a\(esc)[31mb\u{9B}c\u{202E}d\u{07}\u{85}\(esc)]0;x\u{07}"
        let once = TerminalSafeText.sanitize(nasty)
        #expect(TerminalSafeText.sanitize(once) == once)
        #expect(Self.isTerminalSafe(once))
    }

    @Test func everySingleScalarAndPairIsSafe() {
        // Exhaustive over the interesting low range, and over pairs that start sequences.
        var all = ""
        for v in 0..<0x300 { all.unicodeScalars.append(Unicode.Scalar(v)!) }
        for v in 0x2000..<0x2070 { all.unicodeScalars.append(Unicode.Scalar(v)!) }
        #expect(Self.isTerminalSafe(TerminalSafeText.sanitize(all)))
        for a in ["\u{1B}", "\u{9B}", "\u{9D}", "\u{1B}]", "\u{1B}[", "\u{1B}P"] {
            for v in 0..<0xA0 {
                let s = a + String(Unicode.Scalar(v)!) + "x"
                #expect(Self.isTerminalSafe(TerminalSafeText.sanitize(s)), "\(s.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test func linearOnLargeInput() {
        let chunk = "word \(esc)[31mred\(esc)[0m \u{202E}x\u{202C} \(esc)]0;t\u{07} "
        let big = String(repeating: chunk, count: 50_000)  // ~2 MB
        let start = Date()
        let out = TerminalSafeText.sanitize(big)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(Self.isTerminalSafe(out))
    }

    // MARK: JSON output

    struct Box: Encodable { var text: String }

    @Test func jsonEscapesEscAndOtherControls() throws {
        let json = try JSONOutput.encode(Box(text: "a\(esc)[31mb\u{07}c\u{9B}d\u{7F}e\u{202E}f\u{2028}g"))
        #expect(!json.unicodeScalars.contains { $0.value == 0x1B })
        #expect(json.contains(#"\u001b[31m"#) || json.contains(#"\u001B[31m"#))
        #expect(Self.isTerminalSafe(json))
        // The escaped JSON still decodes to the original text.
        struct Back: Decodable { var text: String }
        let back = try JSONDecoder().decode(Back.self, from: Data(json.utf8))
        #expect(back.text == "a\(esc)[31mb\u{07}c\u{9B}d\u{7F}e\u{202E}f\u{2028}g")
    }

    @Test func jsonEscapesTagCharactersAsSurrogatePairs() throws {
        let json = try JSONOutput.encode(Box(text: "x\u{E0001}y"))
        #expect(json.contains(#"\udb40\udc01"#))
        struct Back: Decodable { var text: String }
        #expect(try JSONDecoder().decode(Back.self, from: Data(json.utf8)).text == "x\u{E0001}y")
    }

    @Test func articlePrinterOutputIsSafe() {
        let a = ArticleLoader.parse(
            text: "Title\(esc)]0;grab\u{07} here\n\nBody \(esc)[2J with \u{202E}reversed\u{202C} words and a bell\u{07} in it.\n",
            id: "x", path: "x.txt")
        for width in [nil, 20, 80] as [Int?] {
            let out = ArticlePrinter.render(a, width: width, showRemoved: true)
            #expect(Self.isTerminalSafe(out))
            #expect(out.contains("Title␛ here"))
        }
    }

    @Test func wrapIsLinearForAHugeWord() {
        let word = String(repeating: "x", count: 1_000_000)
        let start = Date()
        let lines = ArticlePrinter.wrap(word, width: 80)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(lines.count == 12_500)
        #expect(lines.allSatisfy { $0.count == 80 })
    }
}
