/// Makes text from an article safe to write to a terminal.
///
/// Articles are pasted from the web and can carry anything: escape sequences that set the window title,
/// clear the screen, move the cursor or recolour it; bidi overrides that make a line read in another order
/// than it is stored (the "Trojan Source" trick); invisible characters that hide text or shift columns.
/// None of it may reach the terminal raw. Controls are shown as visible symbols, so a reader can see that
/// something was there; whole escape sequences collapse to one `␛`, so their payload (a title, a colour)
/// never prints as noise; bidi overrides and invisible formatting are dropped from the display only —
/// the model and JSON keep the original text.
///
/// Linear in the input: one pass over the scalars, no look-behind.
public enum TerminalSafeText {
    /// The visible stand-in for ESC and for a whole escape sequence.
    public static let escapeSymbol: Unicode.Scalar = "\u{241B}"

    /// Returns `text` with nothing a terminal would interpret.
    ///
    /// - Parameter multiline: keep `\n` and `\t` (text output); when false (a title, a cell of a table),
    ///   they become a space so the text stays on one line.
    public static func sanitize(_ text: String, multiline: Bool = true) -> String {
        // Fast path: most text has nothing to do, and output is often large.
        if !text.unicodeScalars.contains(where: { needsAttention($0, multiline: multiline) }) { return text }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(ScalarText.count(text))
        var state = State.ground
        var inTagSequence = false
        var swallowed = 0
        for u in text.unicodeScalars {
            let v = u.value
            switch state {
            case .ground:
                break
            case .escape:
                // ESC, then intermediates 0x20–0x2F, then one final byte: `ESC c`, `ESC ( B`, or the start
                // of a control sequence or a control string.
                switch u {
                case "[": state = .controlSequence; continue
                case "]", "P", "X", "^", "_": state = .controlString; swallowed = 0; continue
                default:
                    if (0x20...0x2F).contains(v) { continue }
                    state = .ground
                    if (0x30...0x7E).contains(v) { continue }
                }
            case .controlSequence:
                // Parameters and intermediates up to a final byte 0x40–0x7E.
                if (0x20...0x3F).contains(v) { continue }
                state = .ground
                if (0x40...0x7E).contains(v) { continue }
            case .controlString:
                // OSC/DCS payload up to BEL or ST. A line break or a long payload ends it too, so a stray
                // `ESC ]` cannot hide the rest of a paragraph from the reader.
                switch v {
                case 0x07, 0x9C: state = .ground; continue
                case 0x1B: state = .stringEscape; continue
                case 0x0A, 0x2028, 0x2029: state = .ground
                default:
                    swallowed += 1
                    if swallowed <= maxStringPayload { continue }
                    state = .ground
                }
            case .stringEscape:
                // `ESC \` is ST; any other ESC starts a new sequence, already shown by the first ␛.
                if u == "\\" { state = .ground; continue }
                state = .escape
                switch u {
                case "[": state = .controlSequence; continue
                case "]", "P", "X", "^", "_": state = .controlString; swallowed = 0; continue
                default:
                    if (0x20...0x2F).contains(v) { continue }
                    state = .ground
                    if (0x30...0x7E).contains(v) { continue }
                }
            }
            // Tag characters are only meaningful inside an emoji flag sequence (🏴 + tags + cancel tag);
            // anywhere else they are invisible text ("ASCII smuggling").
            if (0xE0020...0xE007F).contains(v) {
                if inTagSequence { out.append(u) }
                if v == 0xE007F { inTagSequence = false }
                continue
            }
            inTagSequence = v == 0x1F3F4
            switch v {
            case 0x0A, 0x09:
                out.append(multiline ? u : " ")
            case 0x1B:
                out.append(escapeSymbol)
                state = .escape
            case 0x9B:  // C1 CSI
                out.append(escapeSymbol)
                state = .controlSequence
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:  // C1 DCS, SOS, OSC, PM, APC
                out.append(escapeSymbol)
                state = .controlString
                swallowed = 0
            case 0x00..<0x20:
                out.append(Unicode.Scalar(0x2400 + v)!)  // ␀ … ␟, the Unicode control pictures
            case 0x7F:
                out.append("\u{2421}")  // ␡
            case 0x80..<0xA0:
                out.append(contentsOf: "<U+\(hex(v))>".unicodeScalars)
            case 0x2028, 0x2029:
                out.append(multiline ? "\n" : " ")
            default:
                if isInvisibleFormat(v) { continue }
                out.append(u)
            }
        }
        return String(out)
    }

    /// Longest control-string payload hidden from display (a title or a clipboard write is shorter).
    static let maxStringPayload = 512

    private enum State { case ground, escape, controlSequence, controlString, stringEscape }

    /// Scalars that are dropped from display: bidi embeddings, overrides and isolates, and characters that
    /// are invisible yet change how text reads or how wide it is. Joiners and variation selectors stay, since
    /// emoji and several scripts need them.
    public static func isInvisibleFormat(_ v: UInt32) -> Bool {
        switch v {
        case 0x202A...0x202E,  // LRE RLE PDF LRO RLO
            0x2066...0x2069,  // LRI RLI FSI PDI
            0x200B,  // zero width space
            0x00AD,  // soft hyphen: some terminals draw it, some do not, so columns drift
            0x2060...0x2064,  // word joiner, invisible operators
            0xFEFF,  // BOM / zero width no-break space
            0xFFF9...0xFFFB,  // interlinear annotation
            0xE0001:  // language tag
            return true
        default:
            return false
        }
    }

    /// True when `text` would be changed by `sanitize`.
    public static func isSafe(_ text: String, multiline: Bool = true) -> Bool {
        !text.unicodeScalars.contains { needsAttention($0, multiline: multiline) }
    }

    @inline(__always)
    static func needsAttention(_ u: Unicode.Scalar, multiline: Bool) -> Bool {
        let v = u.value
        if v < 0x20 { return !(multiline && (v == 0x0A || v == 0x09)) }
        if v < 0x7F { return false }
        if v < 0xA0 { return true }
        if v == 0x2028 || v == 0x2029 || (0xE0020...0xE007F).contains(v) { return true }
        return isInvisibleFormat(v)
    }

    private static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
