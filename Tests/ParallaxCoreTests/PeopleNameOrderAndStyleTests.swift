import Testing
@testable import ParallaxCore

/// One person written several ways across outlets: an East Asian name in both orders, a style with the given name
/// alone ("Sheikh Faisal"), a nickname given once and then used with the family name, and a professional title that
/// tells which of two relatives is meant. Found on the people12 paste set; sentences of our own.
@Suite struct PeopleNameOrderAndStyleTests {
    func paragraphs(of name: String, _ idx: PeopleIndex) -> [Int] {
        idx.people.first { $0.name == name }?.nameMentions.map(\.paragraph) ?? []
    }

    @Test func anEastAsianNameInBothOrdersIsOnePerson() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("tokyo", ["Chairman Watanabe Kenta told shareholders on Friday that the mill would stay open.",
                       "Watanabe said the order book was full until spring."]),
            ("wire", ["Paper maker chairman Kenta Watanabe said the mill would keep its 400 staff."]),
        ]))
        #expect(idx.people.count == 1)
        #expect(idx.people.first?.nameMentions.count == 3)
    }

    @Test func aWesternOrderFindsAFamilyFirstName() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("seoul", ["Archer Seo Min-jun won the national title on Sunday.", "Seo said the wind had helped."]),
            ("blog", ["Min-jun Seo hit three tens in the final end to take the title."]),
        ]))
        #expect(names(idx) == ["Seo Min-jun"])
        #expect(count(idx, "Seo Min-jun") == 3)
    }

    @Test func aWesternOrderEndingInAPlaceWordStillFindsThePerson() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("seoul", ["Archer Park Min-jun won the national title on Sunday.", "Park said the wind had helped."]),
            ("blog", ["A calm Min-jun Park hit three tens in the final end."]),
        ]))
        #expect(names(idx) == ["Park Min-jun"])
        #expect(count(idx, "Park Min-jun") == 3)
    }

    @Test func twoDifferentNamesSharingAWordStayApart() {
        let idx = PeopleIndex.build(story: story([
            "Coach Thomas Grant praised the defence, and captain Grant Thomas scored twice.",
        ]))
        #expect(Set(names(idx)) == ["Thomas Grant", "Grant Thomas"])
    }

    @Test func aStyleWithTheGivenNameAloneIsThePersonIntroducedWithIt() {
        let idx = PeopleIndex.build(story: story([
            "The fund is backed by Sheikh Hamad bin Saeed al-Nuaimi, a Dubai investor.",
            "Sheikh Hamad said the fund would be patient.",
        ]))
        #expect(names(idx) == ["Hamad bin Saeed al-Nuaimi"])
        #expect(count(idx, "Hamad bin Saeed al-Nuaimi") == 2)
    }

    @Test func aGulfHonorificWithTheGivenNameIsThePersonNamedInFullWithoutIt() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("wire", ["Hamad bin Saeed al-Nuaimi, the state's energy minister, opened the plant on Monday."]),
            ("paper", ["Sheikh Hamad said the plant would double output by 2030."]),
        ]))
        #expect(names(idx) == ["Hamad bin Saeed al-Nuaimi"])
        #expect(count(idx, "Hamad bin Saeed al-Nuaimi") == 2)
    }

    @Test func aGulfHonorificIsNoOneWhenTwoPeopleShareTheGivenName() {
        let idx = PeopleIndex.build(story: story([
            "Hamad bin Saeed al-Nuaimi and Hamad Karim, an engineer, toured the plant.",
            "Sheikh Hamad said the plant would double output by 2030.",
        ]))
        #expect(count(idx, "Hamad bin Saeed al-Nuaimi") == 1)
        #expect(count(idx, "Hamad Karim") == 1)
    }

    @Test func aRoyalStyleWithAGivenNameIsNotAnyoneWhoHasIt() {
        // "Prince William" is not the story's William Hale: only Gulf honorifics go by the given name alone.
        let idx = PeopleIndex.build(story: story([
            "William Hale, the council leader, greeted the visitors.",
            "Prince William said the harbour had been beautifully restored.",
        ]))
        #expect(count(idx, "William Hale") == 1)
    }

    @Test func aNicknameGivenOnceIsThePersonWithTheFamilyNameToo() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("paper", ["Bernard Quilty, known to his crew as Bernie, has built boats for 50 years."]),
            ("radio", ["Bernie Quilty told listeners the yard would close in March.", "Quilty said he would miss it."]),
        ]))
        // "Bernard Quilty", "Bernie", "Bernie Quilty", "Quilty".
        #expect(names(idx) == ["Bernard Quilty"])
        #expect(count(idx, "Bernard Quilty") == 4)
    }

    @Test func aNicknameAfterTheFamilyNameAloneIsThePersonsToo() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("paper", ["Bernard Quilty has built boats in the town since 1975. Quilty, known to his crew as Bernie, will retire in March."]),
            ("radio", ["Bernie Quilty told listeners the yard would close."]),
        ]))
        #expect(names(idx) == ["Bernard Quilty"])
        #expect(count(idx, "Bernard Quilty") == 4)
    }

    @Test func aProfessionalTitleNamesTheRelativeIntroducedWithIt() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("gazette", ["Dr Ines Halloran, a vet in Alnwick, and her husband, Conor Halloran, were stranded by the flood."]),
            ("radio", ["The couple, Ines and Conor Halloran, were lifted off their roof.",
                       "Dr Halloran said the water rose in minutes."]),
        ]))
        #expect(paragraphs(of: "Ines Halloran", idx).contains(1))
        #expect(!paragraphs(of: "Conor Halloran", idx).contains(1))
    }

    @Test func namesInCapitalsAreThePeopleTheStoryHas() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("paper", ["Archer Seo Min-jun beat Harriet Vane in the final.", "Dr Harriet Vane said she had been outshot."]),
            ("tabloid", ["KOREAN ace SEO MIN-JUN crushed brave HARRIET in the final.", "The US team said NATO had no part in it."]),
        ]))
        // One mention in each outlet; "Harriet Vane", "Dr Harriet Vane", "HARRIET". "US" and "NATO" are no one.
        #expect(count(idx, "Seo Min-jun") == 2)
        #expect(count(idx, "Harriet Vane") == 3)
        #expect(idx.people.count == 2)
    }
}
