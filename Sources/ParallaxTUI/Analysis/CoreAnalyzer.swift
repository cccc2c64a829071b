import ParallaxCore

/// Adapts the core model (alignment, quote ledger, people index) to what the screens show.
public struct CoreAnalyzer: StoryAnalyzer {
    public init() {}

    public func analyze(story: Story) throws -> StoryAnalysis {
        StoryAnalysis()
    }

    public func compare(story: Story, left: Int, right: Int) throws -> CompareModel {
        throw AnalysisUnavailable(what: "alignment")
    }
}
