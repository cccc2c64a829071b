import Testing
@testable import ParallaxCore

/// A left paragraph whose right partner sits beside a better match far away keeps a row of its own; the
/// row is `moved`, not "only left", because the right article does report it, elsewhere. Our own sentences.
@Suite struct LinkedLoneRowTests {
    static let left = StoryAlignerTests.article("left", [
        "The council approved the new tram line on Monday by 31 votes to 12.",
        "Heavy snow closed the mountain pass for the third time this winter.",
        "A bakery on the high street won a national prize for its rye bread.",
        "The football club announced a new coach from Portugal.",
        "After a four-hour debate, the council approved the tram line on Monday by 31 votes to 12.",
    ])
    static let right = StoryAlignerTests.article("right", [
        "After a four-hour debate, councillors approved the tram line on Monday by 31 votes to 12.",
        "Ticket prices at the city museum will rise in spring.",
    ])

    @Test func linkedParagraphAloneInItsRowIsMovedNotLeftOnly() {
        let p = StoryAligner(articles: [Self.left, Self.right]).pair(0, 1)
        let links = Set(p.links.map { [$0.left, $0.right] })
        #expect(links.contains([0, 0]))
        #expect(links.contains([4, 0]))
        let row0 = p.rows.first { $0.left.contains(0) }!
        #expect(row0.right.isEmpty)
        #expect(row0.kind == .moved)
        // Unlinked paragraphs stay one-sided.
        #expect(p.rows.first { $0.left.contains(1) }!.kind == .leftOnly)
        #expect(p.rows.first { $0.right == [1] }!.kind == .rightOnly)
    }
}
