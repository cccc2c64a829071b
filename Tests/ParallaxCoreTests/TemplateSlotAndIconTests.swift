import Testing
@testable import ParallaxCore

/// Page chrome over a headline (stop 36, real pages kept outside the repository): a page template's named ad slot
/// ("BELOW SUPERNAV drop zone ⇩"), a path whose slashes stand after each item ("Coast/ Harbour Towns/
/// Weather") and an icon's alt words ("AI Assisted Icon") are neither the title nor the byline. Pages of our own.
@Suite struct TemplateSlotAndIconTests {
    @Test func anAdSlotLabelIsNoTitle() {
        let a = RepeatedLabelsTests.parse(["TOP BANNER drop zone ⇩", "", "Harbour ferries sail again after a week of storms", "",
                                           "SIDEBAR drop zone ⇩", ""] + DoubledCaptionTests.story)
        #expect(a.title == "Harbour ferries sail again after a week of storms")
        #expect(a.paragraphs.map(\.text) == [DoubledCaptionTests.story[0], DoubledCaptionTests.story[2]])
        #expect(ChromeRules.isTemplateSlot("MAIN AREA TOP drop zone"))
        #expect(!ChromeRules.isTemplateSlot("Parachutists land in the drop zone"))
    }

    @Test func aSlashPathAndAnIconLabelAreNoHeader() {
        let a = RepeatedLabelsTests.parse(["Coast/ Harbour Towns/ Weather", "Video Icon", "Published on June 22, 2026",
                                           "Harbour ferries sail again after a week of storms", ""] + DoubledCaptionTests.story)
        #expect(a.title == "Harbour ferries sail again after a week of storms")
        #expect(a.byline == nil)
        #expect(a.date == "2026-06-22")
        #expect(!ChromeRules.isIconLabel("The Fashion Icon"))
        #expect(!ChromeRules.isIconLabel("Remembering a national Icon"))
        #expect(!ChromeRules.isBreadcrumb("Harbour ferries sail again/ after the storms"))
    }

    @Test func aPhotoCreditGluedToTheHeadlineLeavesIt() {
        let a = RepeatedLabelsTests.parse(["Coast/ Harbour Towns/ Weather", "Published on June 22, 2026",
                                           "Harbour ferries sail again after a week of stormsPhoto courtesy of Harbour Lines", ""] + DoubledCaptionTests.story)
        #expect(a.title == "Harbour ferries sail again after a week of storms")
        #expect(MetadataInference.gluedPhotoCredit.firstMatch("Photo courtesy of Harbour Lines") == nil)
    }
}
