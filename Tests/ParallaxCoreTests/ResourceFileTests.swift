import Foundation
import Testing
@testable import ParallaxCore

/// The byte-level line reader gives what Foundation's splitting and trimming gave, on every shipped list.
@Suite struct ResourceFileTests {
    static func foundationLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.isEmpty || t.hasPrefix("#") ? nil : t
        }
    }

    @Test func everyListReadsAsBefore() throws {
        let names = [
            "stopwords-en", "titles", "roles", "speech_verbs", "given_names", "surnames", "family_names_east_asian",
            "name_syllables", "org_words", "organisations", "places", "demonyms", "common_capitalised", "currencies",
        ]
        for name in names {
            let text = try #require(ResourceFile.text(name), "\(name)")
            let lines = ResourceFile.lines(name)
            #expect(!lines.isEmpty, "\(name)")
            #expect(lines == Self.foundationLines(text), "\(name)")
        }
    }

    @Test func commentsBlanksAndLineEnds() {
        #expect(ResourceFile.lines(of: "# note\n\n  alpha \t\r\nbeta\n\t# indented note\ngamma delta") == ["alpha", "beta", "gamma delta"])
    }
}
