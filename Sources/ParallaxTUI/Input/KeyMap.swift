import CNcursesw

/// Maps what `get_wch` returns to `Key`s. Kept apart from the backend so it can be tested with plain codes.
public enum KeyMap {
    /// `isFunctionKey` is true when `get_wch` returned `KEY_CODE_YES`.
    public static func key(code: UInt32, isFunctionKey: Bool) -> Key? {
        if isFunctionKey {
            switch Int32(code) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case KEY_BTAB: return .backTab
            case KEY_RESIZE: return .resize
            default: return nil
            }
        }
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        // Ctrl-A … Ctrl-Z but those above (Ctrl-M is Enter, Ctrl-I Tab, Ctrl-H Backspace). Ctrl-C, Ctrl-Z and
        // Ctrl-\ are signals and arrive here only while the `/` prompt is open (signal keys off).
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 96)))
        default:
            guard let u = Unicode.Scalar(code) else { return nil }
            if code < 32 { return nil }
            return .char(Character(u))
        }
    }
}
