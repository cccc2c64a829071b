import Testing
@testable import ParallaxCore

/// Shapes of names in Indian, African, Australian and Scottish copy, on sentences of our own: initials
/// written together ("C.N."), the object of an office before the holder ("Leader of the Opposition R. …"),
/// a title followed by a given name that is also a title ("Sergeant Dean …"), a role word opening the
/// sentence, a role before a comma in a possessive apposition, and a business named after its noun.
@Suite struct PeopleOfficeAndInitialsTests {
    @Test func initialsWrittenTogetherStayWithTheName() {
        let idx = PeopleIndex.build(story: story([
            "BJP MLA K.R. Devaraj Gowda said the fare rise would hurt students most.",
            "Water Resources Minister S.M. Thenmozhi told the House the canal would open in June.",
        ]))
        #expect(Set(names(idx)) == ["K.R. Devaraj Gowda", "S.M. Thenmozhi"])
    }

    @Test func theUnitedStatesIsNoInitials() {
        let idx = PeopleIndex.build(story: story(["U.S. President Mark Ellison said the talks would go on."]))
        #expect(names(idx) == ["Mark Ellison"])
    }

    @Test func aPossessiveAcronymIsNoName() {
        let idx = PeopleIndex.build(story: story([
            "Harbour pilots and ship owners met on Monday without agreeing.",
            "The owners said HPA's demands were unreasonable, and Marta Selby, the pilots' spokeswoman, said the NHS’s staff were on standby.",
        ]))
        #expect(names(idx) == ["Marta Selby"])
    }

    @Test func aNewsAgencyAndAFamilyAreNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "The billionaire Varenne family of Lyon pledged 50 million euros, Agence-Nordique Presse reported, and Baltic Press said a second donor would follow.",
            "Ruth Pressley, who runs the appeal, said gifts were still arriving.",
        ]))
        #expect(Set(names(idx)) == ["Ruth Pressley"])
    }

    @Test func theObjectOfAnOfficeIsNoPartOfTheName() {
        let idx = PeopleIndex.build(story: story([
            "Leader of the Opposition P. Arumugam said the farmers had been let down.",
            "Superintendent of Police Navneet Sandhu said two men had been detained.",
        ]))
        #expect(Set(names(idx)) == ["P. Arumugam", "Navneet Sandhu"])
    }

    @Test func aGivenNameAfterARankIsTheGivenName() {
        let idx = PeopleIndex.build(story: story(["Highway patrol officer Sergeant Dean Whitlock said the calf was unhurt."]))
        #expect(names(idx) == ["Dean Whitlock"])
    }

    @Test func roleWordsOpeningTheSentence() {
        let idx = PeopleIndex.build(story: story([
            "Forecaster Aileen Brophy said the worst gusts would come after dark.",
            "Pensioner Marthinus Botha, 81, said he had not had water for a week.",
            "Sheriff Callum Baird said the landlord's conduct was a disgrace.",
        ]))
        #expect(Set(names(idx)) == ["Aileen Brophy", "Marthinus Botha", "Callum Baird"])
    }

    @Test func aRoleInAnItsAppositionNamesThePerson() {
        let idx = PeopleIndex.build(story: story([
            "The union said most members had backed the deal. Its general secretary, Corliss Mabena, called it a win.",
        ]))
        #expect(names(idx) == ["Corliss Mabena"])
    }

    @Test func aBusinessNamedAfterItsNounIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "The state logistics group Portnet has signed a ten-year deal, the two companies said.",
            "The Chamber of Commerce and Industry had said the levy would raise food prices.",
        ]))
        #expect(names(idx).isEmpty)
    }
}
