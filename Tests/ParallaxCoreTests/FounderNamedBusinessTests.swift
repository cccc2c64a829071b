import Testing
@testable import ParallaxCore

/// A firm named after its founder: its bare name is the founder's only where the copy reads a person.
@Suite struct FounderNamedBusinessTests {
    private func mentions(_ idx: PeopleIndex, _ name: String, in article: String) -> Int {
        idx.people.first { $0.name == name }?.nameMentions.filter { $0.article == article }.count ?? 0
    }

    @Test func theFirmsBareNameIsNotTheFounderBeforeTheFounderIsNamed() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("wire", [
                "Kettleby said on Monday it would shut its Leeds plant. Shares in Kettleby fell 6%.",
                "The company was started in 1988 by Ronan Kettleby, a former plumber, in his garage.",
                "Kettleby said he had never expected the firm to grow so large.",
            ]),
            ("paper", ["Kettleby's chief executive, Dina Marsh, said the plant had lost money for years.", "Kettleby said the staff would be offered other jobs."]),
        ]))
        // The full name, and the bare name after it in the same article, are his; the firm's are no one's.
        #expect(mentions(idx, "Ronan Kettleby", in: "wire") == 2)
        #expect(mentions(idx, "Ronan Kettleby", in: "paper") == 0)
        #expect(names(idx).contains("Dina Marsh"))
        #expect(!names(idx).contains("Kettleby"))
    }

    @Test func aProvingUseIsNeverThePersonEvenAfterTheFullName() {
        let idx = PeopleIndex.build(story: story([
            "Ronan Kettleby, 64, founded the business in 1988. Shares in Kettleby fell 6% on Monday.",
            "Kettleby's chief executive said the figures were disappointing.",
        ]))
        #expect(count(idx, "Ronan Kettleby") == 1)
    }

    @Test func aTitleAnAgeOrAPronounMakesThePersonMeant() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("wire", ["Shares in Kettleby fell 6% after Ronan Kettleby sold part of his stake."]),
            ("a", ["Mr Kettleby was not available for comment."]),
            ("b", ["Kettleby, 71, has not worked at the firm since 2019."]),
            ("c", ["Kettleby said he would keep his remaining shares."]),
            ("d", ["Kettleby said it would pay a dividend."]),
        ]))
        #expect(mentions(idx, "Ronan Kettleby", in: "a") == 1)
        #expect(mentions(idx, "Ronan Kettleby", in: "b") == 1)
        #expect(mentions(idx, "Ronan Kettleby", in: "c") == 1)
        #expect(mentions(idx, "Ronan Kettleby", in: "d") == 0)
    }

    /// With no business proven, a family name alone is still the person named in another article.
    @Test func withoutAProvenBusinessTheFamilyNameStaysThePersons() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("wire", ["Ronan Kettleby, the founder of a bathroom firm, said he would retire."]),
            ("paper", ["Kettleby said the decision had been hard."]),
        ]))
        #expect(mentions(idx, "Ronan Kettleby", in: "paper") == 1)
    }
}
