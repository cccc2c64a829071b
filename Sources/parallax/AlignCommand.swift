import ArgumentParser
import ParallaxCore

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align", abstract: "Group what every outlet of a story reports.",
        discussion: """
            Groups paragraphs across all articles of a story that report the same content. The text form is a \
            matrix: one line per group, one column per article (paragraph indices, . when absent).
            """)

    @Argument(help: "A story folder.")
    var story: String

    @Option(help: "Output width for the text form (default: terminal width, else 120).")
    var width: Int?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let s = try CLI.loadStory(story, analysis: true)
        let groups = StoryAligner(articles: s.articles).groups()
        if json { try CLI.emitJSON(AlignmentGroups(groups: groups)); return }
        CLI.printText(AlignmentMatrixRenderer.render(groups: groups, articles: s.articles, width: width ?? Terminal.width() ?? 120), terminator: "")
    }
}
