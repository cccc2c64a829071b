/// One input event, independent of ncurses so the state machine can be driven by tests.
public enum Key: Sendable, Hashable {
    case char(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    case resize
    case mouse(MouseEvent)
    /// Ctrl plus a letter, as the lowercase letter (Ctrl-U is `.ctrl("u")`): the prompt edits with them as
    /// readline does, and the screens take vim's and less's (Ctrl-D, Ctrl-F …) as the keys they stand for.
    case ctrl(Character)

    /// Turns a string into keys, for tests and scripted input: `\n` is Enter, `\t` Tab, `\u{1b}` Esc, other
    /// control characters Ctrl plus their letter.
    public static func sequence(_ s: String) -> [Key] {
        s.map { c in
            switch c {
            case "\n", "\r": return .enter
            case "\t": return .tab
            case "\u{1b}": return .escape
            case "\u{7f}", "\u{8}": return .backspace
            default:
                if let v = c.asciiValue, v >= 1, v <= 26 { return .ctrl(Character(Unicode.Scalar(v + 96))) }
                return .char(c)
            }
        }
    }
}

public enum MouseEvent: Sendable, Hashable {
    case wheelUp, wheelDown
    case click(x: Int, y: Int)
}
