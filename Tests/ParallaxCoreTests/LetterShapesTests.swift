import Testing
@testable import ParallaxCore

/// A letter pasted from a mail client, of our own: a company's notice to its customers with its mail header,
/// salutation, sign-off and registration footer; and a wire terminal's section bar carrying the date.
@Suite struct LetterShapesTests {
    func reason(_ a: Article, _ text: String) -> String? { a.removed.first { $0.text == text }?.reason }

    let body = [
        "We are writing to tell you that the heating at Brackenfold Library will be off from Monday while a new boiler is fitted.",
        "The library will stay open, but we have moved the children's corner to the warmer reading room on the first floor.",
        "Returns can still be made through the slot by the front door, and the mobile library will call at the usual stops.",
        "We expect the work to take three weeks. We are sorry for the disruption and thank you for your patience.",
    ]

    var letter: [String] {
        ["From: Brackenfold Libraries <news@mail.brackenfold.example>", "Sent: Monday, 30 November 2026 08:15",
         "To: reader@example.net", "Subject: Heating works at Brackenfold Library", "Dear Ms Okafor,"] + body
            + ["Yours sincerely,", "Tamsin Yardley", "Head of Library Services, Brackenfold Council",
               "Your membership number: BRK-4471-02",
               "Brackenfold Libraries Ltd is registered in England and Wales. Registered office: 4 Mill Lane, Brackenfold.",
               "This is a service e-mail about your library account."]
    }

    @Test func theSalutationIsNoBylineAndTheSignerIs() {
        let a = pastedParagraphs(letter)
        #expect(a.title == "Heating works at Brackenfold Library")
        #expect(a.byline == "Tamsin Yardley")
        #expect(a.outlet == "Brackenfold Libraries")
        #expect(a.date == "2026-11-30")
        #expect(reason(a, "Dear Ms Okafor,") == "letter's salutation")
        #expect(a.paragraphs.map(\.text) == body)
    }

    @Test func theSignOffTheCodeAndTheFooterGo() {
        let a = pastedParagraphs(letter)
        #expect(reason(a, "Yours sincerely,") == "letter's sign-off")
        #expect(reason(a, "Head of Library Services, Brackenfold Council") == "letter's sign-off")
        #expect(reason(a, "Your membership number: BRK-4471-02") != nil)
        #expect(reason(a, "Brackenfold Libraries Ltd is registered in England and Wales. Registered office: 4 Mill Lane, Brackenfold.") == "company registration footer")
        #expect(reason(a, "This is a service e-mail about your library account.") != nil)
    }

    @Test func aPersonInTheFromLineIsNoOutlet() {
        var lines = letter
        lines[0] = "From: Harriet Ames <harriet@example.net>"
        #expect(pastedParagraphs(lines).outlet == nil)
    }

    @Test func aSentenceOnWhereAFirmIsRegisteredStays() {
        let line = "Brackenfold Libraries is registered in England as a charity, and the council pays most of its costs."
        let a = pastedParagraphs(["Library heating to be off for three weeks"] + [body[0], line] + body.dropFirst())
        #expect(a.paragraphs.map(\.text).contains(line))
    }

    @Test func aLetterQuotedEarlyInAStoryKeepsItsSignOff() {
        let a = pastedParagraphs(["Council writes to library users", body[0], "Yours sincerely,", "Tamsin Yardley"] + body.dropFirst() + body)
        #expect(a.paragraphs.map(\.text).contains("Yours sincerely,"))
    }

    @Test func aWireSectionBarGivesTheDateAndNoByline() {
        let a = pastedParagraphs(["HALDEN WIRE | COMPANIES | 30-Nov-2026 09:12 GMT", "Brackenfold library heating off for three weeks",
                                  "BRACKENFOLD, Nov 30 (Halden) - " + body[0]] + body.dropFirst())
        #expect(a.date == "2026-11-30")
        #expect(a.byline == nil)
    }
}
