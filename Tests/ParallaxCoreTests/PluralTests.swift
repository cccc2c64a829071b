import Testing
@testable import ParallaxCore

@Suite struct PluralTests {
    @Test func oneIsSingularEverythingElsePlural() {
        #expect(Plural.count(1, "story") == "1 story")
        #expect(Plural.count(2, "story") == "2 stories")
        #expect(Plural.count(0, "article") == "0 articles")
        #expect(Plural.count(1, "name mention") == "1 name mention")
        #expect(Plural.count(3, "day") == "3 days")
    }
}
