import Testing
@testable import ParallaxCore

/// Two sites running one agency's copy both read "AP": their columns and status lines must still tell them apart.
@Suite struct SharedOutletNameTests {
    @Test func articlesSharingAnOutletAreQualifiedByTheirFile() {
        let s = Story(id: "s", path: "s", articles: [
            Article(id: "valley-news", path: "a", outlet: "AP"),
            Article(id: "coast-daily", path: "b", outlet: "AP"),
            Article(id: "herald", path: "c", outlet: "The Herald"),
            Article(id: "paste", path: "d"),
        ])
        #expect(s.articles.map(\.displayName) == ["AP (valley-news)", "AP (coast-daily)", "The Herald", "paste"])
        #expect(s.articles.map(\.outlet) == ["AP", "AP", "The Herald", nil])
    }

    @Test func distinctOutletsKeepTheirNames() {
        let s = Story(id: "s", path: "s", articles: [Article(id: "a", path: "a", outlet: "AP"), Article(id: "b", path: "b", outlet: "AFP")])
        #expect(s.articles.map(\.displayName) == ["AP", "AFP"])
    }
}
