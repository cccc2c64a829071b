import Testing
@testable import ParallaxCore

/// An agency terminal's page for a story sent more than once, of our own: the advisory to editors, the first
/// flash, the update's slugged headline and its note on what it adds.
@Suite struct WireChainTests {
    func removed(_ a: Article, _ text: String) -> String? { a.removed.first { $0.text == text }?.reason }

    let body = [
        "OSLO, Nov 30 (Nordwire) - A ferry carrying 140 people ran aground in fog off the island of Hessøy early on Monday, the coastguard said.",
        "All passengers were moved to a rescue vessel and nobody was hurt, duty officer Rune Dahl told Nordwire.",
        "The operator said it would pay for hotels until replacement transport was arranged for everyone on board.",
    ]

    @Test func theAdvisoryAndTheFlashGiveWayToTheUpdate() {
        let note = "The ferry story moved at 0612 GMT is superseded by the update below. A fuller version will follow."
        let a = pasted(["ADVISORY: Editors please note", note, "URGENT", "Ferry with 140 aboard runs aground off Hessøy - coastguard",
                        "UPDATE 1-Ferry with 140 aboard runs aground off Hessøy; passengers safe",
                        "(Adds coastguard quote in paragraph 2, operator statement)", "By Sigrid Holm"] + body)
        #expect(a.title == "Ferry with 140 aboard runs aground off Hessøy; passengers safe")
        #expect(a.byline == "Sigrid Holm")
        #expect(a.paragraphs.map(\.text) == body)
        #expect(removed(a, note) == "wire advisory to editors (note)")
        #expect(removed(a, "URGENT") == "wire flash (superseded by the update)")
        #expect(removed(a, "(Adds coastguard quote in paragraph 2, operator statement)") == "wire update note")
    }

    @Test func aFlashWithNoUpdateIsTheHeadline() {
        let a = pasted(["URGENT", "Ferry with 140 aboard runs aground off Hessøy - coastguard", "By Sigrid Holm"] + body)
        #expect(a.title == "Ferry with 140 aboard runs aground off Hessøy - coastguard")
        #expect(a.paragraphs.map(\.text) == body)
    }
}
