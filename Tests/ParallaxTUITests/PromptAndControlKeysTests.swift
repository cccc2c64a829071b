import Testing
import ParallaxCore
@testable import ParallaxTUI

/// Readline's editing keys in the `/` prompt, and the control keys vim and less users move with.
@Suite struct PromptAndControlKeysTests {
    let s = Size(width: 80, height: 24)

    @Test func keyMapPassesControlLettersAndKeepsTheOthers() {
        #expect(KeyMap.key(code: 21, isFunctionKey: false) == .ctrl("u"))
        #expect(KeyMap.key(code: 23, isFunctionKey: false) == .ctrl("w"))
        #expect(KeyMap.key(code: 1, isFunctionKey: false) == .ctrl("a"))
        #expect(KeyMap.key(code: 5, isFunctionKey: false) == .ctrl("e"))
        #expect(KeyMap.key(code: 9, isFunctionKey: false) == .tab)
        #expect(KeyMap.key(code: 13, isFunctionKey: false) == .enter)
        #expect(KeyMap.key(code: 10, isFunctionKey: false) == .enter)
        #expect(KeyMap.key(code: 8, isFunctionKey: false) == .backspace)
        #expect(KeyMap.key(code: 27, isFunctionKey: false) == .escape)
        #expect(KeyMap.key(code: 28, isFunctionKey: false) == nil)
        #expect(Key.sequence("\u{15}") == [.ctrl("u")])
    }

    @Test func readlineEditing() {
        let app = Fixtures.app()
        _ = app.press("\n/bridge river", size: s)
        _ = app.press(.ctrl("a"), size: s)
        _ = app.press("old ", size: s)
        #expect(app.overlay == .search("old bridge river"), "Ctrl-A: typing goes in at the start")
        _ = app.press(.ctrl("e"), size: s)
        _ = app.press(.ctrl("w"), size: s)
        #expect(app.overlay == .search("old bridge "), "Ctrl-W takes the word before the cursor")
        _ = app.press(.ctrl("a"), size: s)
        for _ in 0..<4 { _ = app.press(.right, size: s) }
        _ = app.press(.ctrl("k"), size: s)
        #expect(app.overlay == .search("old "), "Ctrl-K takes the rest of the line")
        _ = app.press("x", size: s)
        _ = app.press(.left, size: s)
        _ = app.press(.backspace, size: s)
        #expect(app.overlay == .search("oldx"), "Backspace takes the character before the cursor")
        _ = app.press(.ctrl("u"), size: s)
        #expect(app.overlay == .search("x"), "Ctrl-U takes everything before the cursor")
        _ = app.press(.ctrl("e"), size: s)
        _ = app.press(.backspace, size: s)
        _ = app.press("number 2\n", size: s)
        #expect(app.overlay == nil)
        #expect(app.reader?.search?.matches.count == 10)
        // The next prompt starts with its cursor at the end again.
        _ = app.press("/ab", size: s)
        #expect(app.overlay == .search("ab"))
    }

    @Test func theCursorIsDrawnWhereItIs() {
        let app = Fixtures.app()
        var g = app.press("\n/ruiz", size: s)
        #expect(g.rowText(23).hasPrefix("/ruiz█"))
        _ = app.press(.left, size: s)
        g = app.press(.left, size: s)
        #expect(g.rowText(23).hasPrefix("/ruiz"))
        #expect(g[3, 23].style == app.theme.style("status").adding(.reverse), "the cursor is on the 'i'")
        #expect(g[5, 23].character == " ")
    }

    @Test func aLongQueryShowsItsEndAndTheHintIsWholeOrAbsent() {
        let app = Fixtures.app()
        let narrow = Size(width: 40, height: 10)
        var g = app.press("\n/ab", size: narrow)
        #expect(g.rowText(9).hasSuffix("Enter search · Esc cancel"))
        g = app.press("cdefghijklmnopq", size: narrow)
        #expect(g.rowText(9).hasSuffix("Enter search"), "\(g.rowText(9))")
        g = app.press("rstuvwxyz ABCDEFGHIJ 0123456789", size: narrow)
        let line = g.rowText(9)
        #expect(line.hasPrefix("/…"))
        #expect(line.contains("0123456789█"), "\(line)")
        #expect(!line.contains("Enter"))
        #expect(Draw.width(line) <= 40)
    }

    @Test func vimAndLessControlKeysMove() {
        let app = Fixtures.app()
        _ = app.press("\n", size: s)
        _ = app.press("d", size: s)
        let half = app.reader!.block
        _ = app.press("g", size: s)
        _ = app.press(.ctrl("d"), size: s)
        #expect(app.reader!.block == half && half > 0)
        _ = app.press(.ctrl("u"), size: s)
        #expect(app.reader!.block == 0)
        _ = app.press(.ctrl("f"), size: s)
        let page = app.reader!.block
        _ = app.press("g ", size: s)
        #expect(app.reader!.block == page)
        _ = app.press(.ctrl("b"), size: s)
        #expect(app.reader!.block == 0)
        _ = app.press("q", size: s)
        _ = app.press(.ctrl("n"), size: s)
        #expect(app.libraryState.selected(in: app.library)! == (0, 1))
        _ = app.press(.ctrl("p"), size: s)
        #expect(app.libraryState.selected(in: app.library)! == (0, 0))
        _ = app.press(.ctrl("e"), size: s)
        #expect(app.libraryState.selected(in: app.library)! == (0, 1))
        _ = app.press(.ctrl("y"), size: s)
        #expect(app.libraryState.selected(in: app.library)! == (0, 0))
    }
}
