import Foundation
import Testing
@testable import ParallaxTUI

@Suite struct ThemeTests {
    let catalog = ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil))

    @Test func shippedThemesLoadAndDefineEveryKey() throws {
        #expect(catalog.directory != nil)
        for name in ["dark", "light", "mono"] {
            let (theme, error) = catalog.load(name)
            #expect(error == nil, "\(name): \(String(describing: error))")
            for key in Theme.keys { #expect(theme.styles[key] != nil, "\(name) lacks \(key)") }
        }
    }

    @Test func monoUsesNoColour() {
        let (theme, _) = catalog.load("mono")
        for (_, s) in theme.styles {
            #expect(s.fg == .terminalDefault && s.bg == .terminalDefault)
        }
        #expect(theme.style("diff.changed").attributes.contains(.reverse))
    }

    @Test func malformedThemeNamesFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("px-themes-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "\"text\" = \"white\"\n\n\"title\" = { fg = \"red\" \n".write(toFile: dir + "/broken.toml", atomically: true, encoding: .utf8)
        try "\"text\" = \"white\"\n\"title\" = \"no-such-colour\"\n".write(toFile: dir + "/badcolour.toml", atomically: true, encoding: .utf8)
        let c = ThemeCatalog(directory: dir)
        let (t1, e1) = c.load("broken")
        #expect(t1 == Theme.builtinDark)
        #expect(e1?.file.hasSuffix("broken.toml") == true)
        #expect(e1?.line == 3 || e1?.line == 4)
        let (_, e2) = c.load("badcolour")
        #expect(e2?.line == 2)
        #expect(e2?.description.contains("badcolour.toml:2:") == true)
        #expect(e2?.description.contains("no-such-colour") == true)
    }

    @Test func brokenThemeInTheAppFallsBackWithAMessage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("px-themes-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "\"text\" = [1, 2]\n".write(toFile: dir + "/odd.toml", atomically: true, encoding: .utf8)
        let app = AppState(library: Fixtures.library, catalog: ThemeCatalog(directory: dir), themeName: "odd")
        #expect(app.theme == Theme.builtinDark)
        let grid = app.render(size: Size(width: 120, height: 24))
        #expect(grid.rowText(23).contains("odd.toml:1"))
    }

    @Test func fallbackAlongDottedNames() {
        let t = Theme(name: "x", styles: ["text": Style(fg: .indexed(7)), "gutter": Style(fg: .indexed(2))])
        #expect(t.style("gutter.moved").fg == .indexed(2))
        #expect(t.style("quote.verbatim").fg == .indexed(7))
    }

    @Test func colourDepthDetection() {
        #expect(ColorDepth.detect(colors: 256, hasColors: true, environment: ["NO_COLOR": "1"]) == .mono)
        #expect(ColorDepth.detect(colors: 256, hasColors: true, environment: ["NO_COLOR": ""]) == .ansi256)
        #expect(ColorDepth.detect(colors: 8, hasColors: true, environment: [:]) == .ansi8)
        #expect(ColorDepth.detect(colors: 0, hasColors: false, environment: [:]) == .mono)
    }

    @Test func everyShippedStyleStaysReadableAt8And256Colours() {
        for name in ["dark", "light"] {
            let (theme, _) = catalog.load(name)
            for key in Theme.keys {
                for depth in [ColorDepth.ansi8, .ansi256] {
                    let r = depth.resolve(theme.style(key))
                    if let f = r.fg, let b = r.bg { #expect(f != b, "\(name) \(key) at \(depth)") }
                    // Dark grey on the terminal's own background is what goes invisible at 8 colours.
                    if depth == .ansi8, r.bg == nil, let f = r.fg { #expect(f != 0 || name == "light", "\(name) \(key) fg black") }
                }
            }
        }
    }

    @Test func rgbDegradesSensibly() {
        #expect(ColorDepth.ansi256.index(for: .rgb(255, 0, 0)) == 196)
        #expect(ColorDepth.ansi8.index(for: .rgb(255, 175, 0)) == 3)
        #expect(ColorDepth.ansi8.index(for: .rgb(95, 175, 215)) == 6)
        #expect(ColorDepth.mono.index(for: .rgb(1, 2, 3)) == nil)
    }

    @Test func cyclingVisitsShippedThemes() {
        #expect(catalog.next(after: "dark") == "light")
        #expect(catalog.next(after: "light") == "mono")
    }
}

@Suite struct KeyMapTests {
    @Test func mapsCursesCodes() {
        #expect(KeyMap.key(code: 10, isFunctionKey: false) == .enter)
        #expect(KeyMap.key(code: 27, isFunctionKey: false) == .escape)
        #expect(KeyMap.key(code: UInt32(UInt8(ascii: "j")), isFunctionKey: false) == .char("j"))
        #expect(KeyMap.key(code: 0x6A4B, isFunctionKey: false) == .char("橋"))
        #expect(KeyMap.key(code: 0o403, isFunctionKey: true) == .up)
        #expect(KeyMap.key(code: 0o632, isFunctionKey: true) == .resize)
        #expect(KeyMap.key(code: 0o522, isFunctionKey: true) == .pageDown)
    }
}
