import Testing
@testable import ParallaxCore

/// What only `.md` files lose (underscores, code marks, escapes), and a web clipper's article end to end.
@Suite struct MarkdownFileTests {
    @Test func linksAndPictures() {
        #expect(MarkdownMarkup.stripLine("Read [the report](https://example.com/a?b=1) today.", markdown: false) == "Read the report today.")
        #expect(MarkdownMarkup.stripLine("A map ![map](m.png) here", markdown: true) == "A map  here")
        // A line that is only an image stays for the cleaner, which removes it with its reason.
        #expect(MarkdownMarkup.stripLine("![Crowd at the pier](crowd.jpg)", markdown: true) == "![Crowd at the pier](crowd.jpg)")
        #expect(MarkdownMarkup.stripLine("He said [sic] (twice).", markdown: false) == "He said [sic] (twice).")
    }

    @Test func underscoresCodeMarksAndEscapesOnlyInMarkdown() {
        #expect(MarkdownMarkup.stripLine("__Friday__ and _Officials said_ so", markdown: true) == "Friday and Officials said so")
        #expect(MarkdownMarkup.stripLine("run `make test` now", markdown: true) == "run make test now")
        #expect(MarkdownMarkup.stripLine("a snake_case_name and 5 * 3 * 2", markdown: true) == "a snake_case_name and 5 * 3 * 2")
        #expect(MarkdownMarkup.stripLine("an escaped \\*star\\* and 1\\. and a \\\\ backslash", markdown: true)
            == "an escaped *star* and 1. and a \\ backslash")
        #expect(MarkdownMarkup.stripLine("C:\\Users stays", markdown: true) == "C:\\Users stays")
        #expect(MarkdownMarkup.stripLine("_Officials said_ in a paste", markdown: false) == "_Officials said_ in a paste")
    }

    @Test func webClipperArticleReadsAsText() {
        let a = ArticleLoader.parse(text: """
            # Ferries return to the strait after storm

            _By Maria Olsen | 3 November 2025 | 4 min read_

            Ferries resumed service across the [strait](https://example.com/strait) on Monday after a week of **repairs**.

            > "We are grateful to the crews," said harbour master Jonas Berg\\.
            """, id: "md", path: "md.md")
        #expect(a.byline == "Maria Olsen")
        #expect(a.date == "2025-11-03")
        #expect(a.paragraphs.map(\.text) == [
            "Ferries resumed service across the strait on Monday after a week of repairs.",
            "\"We are grateful to the crews,\" said harbour master Jonas Berg.",
        ])
    }
}
