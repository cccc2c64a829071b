import Testing
@testable import ParallaxCore

/// How real copy writes one person's name in more than one form (a generational suffix, a styled name with
/// a hyphen, a hyphenated office, a role word opening the sentence), on sentences of our own.
@Suite struct PeopleNameFormsTests {
    static func mentions(_ idx: PeopleIndex, _ name: String) -> [String] {
        idx.people.first { $0.name == name }?.mentions.map(\.text) ?? []
    }

    @Test func aGenerationalSuffixIsNoFamilyName() {
        let idx = PeopleIndex.build(story: story([
            "President Ramon Villar Jr. ordered the navy to deliver water to the islands.",
            "“Nobody will be left behind,” Villar said in a televised address.",
        ]))
        #expect(names(idx) == ["Ramon Villar Jr"])
        #expect(Self.mentions(idx, "Ramon Villar Jr").count == 2)
    }

    @Test func aStyledNameWithAHyphenIsTheNameWithoutItsStyle() {
        let idx = PeopleIndex.build(story: story([
            "The tiara was made for Marie Louise, the second wife of the emperor.",
            "Empress Marie-Louise wore it only twice, at her wedding and at a ball.",
        ]))
        #expect(idx.people.count == 1)
        #expect(idx.people.first?.mentions.count == 2)
    }

    @Test func aHyphenatedOfficeIsATitle() {
        let idx = PeopleIndex.build(story: story([
            "Auditor-General Sanjay Mehra found the contracts were signed without a tender.",
        ]))
        #expect(names(idx) == ["Sanjay Mehra"])
    }

    @Test func aRoleWordOpeningTheSentenceIsNoPartOfTheName() {
        let idx = PeopleIndex.build(story: story([
            "Passenger Rogelio Santos, 54, said he smelled smoke before the announcement.",
            "Another passenger, Jasmine Cruz, filmed the evacuation. Trader Afua Mensah said prices had doubled.",
        ]))
        #expect(names(idx).sorted() == ["Afua Mensah", "Jasmine Cruz", "Rogelio Santos"])
        // A role right before the next name is that name's, not an apposition of the place before the comma.
        #expect(names(PeopleIndex.build(story: story(["In Villa Rosario, shopkeeper Luis Peña said he welcomed the curfew."]))) == ["Luis Peña"])
    }

    @Test func aRankBeforeTheTitleIsAnotherOffice() {
        // "the premier" is the one premier, though a deputy premier was named first.
        let idx = PeopleIndex.build(story: story([
            "Deputy Premier Kate Morrow told the house on Thursday the error was hers.",
            "Premier Steven Hale said he still had confidence in his deputy.",
            "The premier dismissed calls for her to stand aside.",
        ]))
        #expect(Self.mentions(idx, "Steven Hale") == ["Steven Hale", "The premier"])
    }

    @Test func aFamilyNameThatIsAMonthWithATitleOrBeforeSaid() {
        // Real copy of a prime minister's resignation (not in the repo): "Mrs May said", "May says it has been …".
        let idx = PeopleIndex.build(story: story([
            "Theresa Holm has confirmed that she will resign as leader in May.",
            "Mrs Page said the process would begin the week after.",
        ]))
        #expect(!names(idx).contains("Page"))
        let may = PeopleIndex.build(story: story([
            "Theresa May has confirmed that she will resign as leader on 7 June.",
            "Mrs May said the process would begin the week after.",
            "May says it has been the honour of her life.",
            "She will stay on until May 30, and it may take longer.",
        ]))
        #expect(names(may) == ["Theresa May"])
        #expect(count(may, "Theresa May") == 3)
    }
}
