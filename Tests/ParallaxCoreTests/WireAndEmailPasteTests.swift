import Testing
@testable import ParallaxCore

/// Page furniture found on the third blind story's wire copy and forwarded e-mail (README "Articles and
/// stories"), on pages of our own.
@Suite struct WireAndEmailPasteTests {
    @Test func wireNotesToEditorsAndContactLine() {
        for line in ["CORRECTION: Corrects spelling of the minister's name in paragraph 3.",
                     "EDS: Updates with reaction from the port authority, paragraphs 6-8.",
                     "Editor's note: This story has been updated to include the final count.",
                     "Clarification: An earlier version gave the wrong date for the hearing."] {
            #expect(ChromeRules.reason(for: line) == "editor's note or correction", "\(line)")
        }
        #expect(ChromeRules.reason(for: "((ana.ruiz@wire.example; +34 91 555 0199))") == "author contact")
        // A sentence about a correction is prose.
        #expect(ChromeRules.reason(for: "The correction was published on Monday, the agency said.") == nil)
    }

    @Test func copyrightOwnerEndsWithItsSentence() {
        let removed = [RemovedLine(text: "(c) 2025 Harbour Wire. All rights reserved.", reason: "copyright notice", line: 9)]
        #expect(MetadataInference.outletFromCopyright(removed) == "Harbour Wire")
    }

    @Test func forwardedEmailNoteSignatureAndSubject() {
        let mail = """
        ---------- Forwarded message ---------
        From: Tessa Rowe <t.rowe@example.org>
        Date: Wed, 4 Jun 2025 at 09:10
        Subject: Fwd: Notes from the harbour inquiry
        To: Newsroom <news@example.org>

        Hi everyone,

        Here are the notes from yesterday's hearing, in case anyone
        needs them for the afternoon piece.

        Tessa

        The inquiry into the harbour collapse heard on Tuesday that inspectors had flagged cracks in the north wall two years before it gave way, and that repairs were postponed twice for lack of money.

        The port's former engineer told the panel that the warnings were passed on in writing each time. Lawyers for the families asked why the wall was still in use after the second report, and the chair said the question would be put to the council when it gives evidence next month.

        --
        Tessa Rowe | News Desk
        This e-mail is confidential. If you received it in error, please
        delete it.
        """
        let a = ArticleLoader.parse(text: mail, id: "m", path: "m.txt")
        #expect(a.title == "Notes from the harbour inquiry")
        #expect(a.paragraphs.count == 2, "\(a.paragraphs.map(\.text)) \(a.removed.map(\.text))")
        #expect(a.paragraphs.first?.text.hasPrefix("The inquiry") == true)
        #expect(a.removed.contains { $0.text == "Tessa" && $0.reason.contains("e-mail note") })
        #expect(a.removed.contains { $0.text.hasPrefix("This e-mail is confidential") && $0.reason.contains("signature") })
        #expect(MetadataInference.mailSubject("Re: Fwd: Budget figures") == "Budget figures")
        #expect(MetadataInference.mailSubject("Subject: Budget figures") == "Budget figures")
        #expect(MetadataInference.mailSubject("Reform: what the budget means") == "Reform: what the budget means")
    }

    @Test func outlookForwardWithSentHeaderAndThanks() {
        let mail = """
        -----Original Message-----
        From: Lena Varga <l.varga@example.com>
        Sent: Thursday, June 5, 2025 10:04 AM
        To: Desk <desk@example.com>
        Subject: FW: Ferry timetable changes

        Hello team,

        Passing this on from the port office. Worth a look before the afternoon meeting.

        Thanks!
        Lena

        The ferry company confirmed on Thursday that the night crossing will stop running from next month, after passenger numbers fell for a third year in a row.

        Two morning sailings will be added instead, and the company said season tickets bought before the change would be honoured until they expire at the end of the year.

        Islanders who work night shifts on the mainland said they had not been asked, and the harbour council plans to raise the matter with the company at its next meeting in July.

        --
        Lena Varga
        News Editor
        """
        let a = ArticleLoader.parse(text: mail, id: "o", path: "o.txt")
        #expect(a.title == "Ferry timetable changes")
        #expect(a.byline == nil)
        #expect(a.date == "2025-06-05")
        #expect(a.paragraphs.map { String($0.text.prefix(9)) } == ["The ferry", "Two morni", "Islanders"])
    }

    @Test func noteAboveTheForwardedHeaderAndAddressLines() {
        let mail = """
        Hi Sam,

        See below, the statement the port sent this morning. Could be useful for tonight's piece.

        Cheers,
        Ines

        ---------- Forwarded message ---------
        From: Press Office <press@port.example>
        Date: Mon, 20 Oct 2025 at 08:45
        Subject: Statement on the closure of the north quay
        To: <desk@paper.example>

        The port will keep its north quay closed until at least the end of the month while the damage caused by Sunday's storm is assessed, the harbour master said in a statement on Monday.

        Water flooded two warehouses through a broken gate, but none of the cargo stored there was harmed, according to the statement, which thanked crews who moved the containers overnight.

        The rest of the port, including the ferry terminal and the fish market, will reopen on Tuesday at the usual time.
        """
        let a = ArticleLoader.parse(text: mail, id: "g", path: "g.txt")
        #expect(a.title == "Statement on the closure of the north quay")
        #expect(a.outlet == nil)
        #expect(a.date == "2025-10-20")
        #expect(a.paragraphs.count == 3)
        #expect(a.removed.contains { $0.text.hasPrefix("From: Press Office") && $0.reason == "e-mail header" })
        #expect(ChromeRules.reason(for: "-----Original Message-----") == "e-mail header")
        #expect(ChromeRules.reason(for: "To: Physics staff <staff@lists.example>") == "e-mail header")
        // "From:" opening a sentence of the story is prose.
        #expect(ChromeRules.reason(for: "From: the harbour to the hills, the storm left its mark.") == nil)
    }

    @Test func newsletterGreetingIsNotAForwardingNote() {
        // "Good morning," opening the text itself, with no short sign-off under it, stays.
        let page = """
        Good morning,

        The council voted last night to close the old harbour road for repairs, starting in the first week of
        September and lasting until the end of the year, according to the plan published after the vote.

        Drivers will be sent along the coast road instead, which adds about ten minutes to the journey into
        town, and the bus company said it would change two of its timetables to match the new route.

        See you tomorrow,
        Sam
        """
        let a = ArticleLoader.parse(text: page, id: "n", path: "n.txt")
        #expect(a.paragraphs.contains { $0.text.hasPrefix("Drivers will be sent") })
        #expect(!a.removed.contains { $0.reason.contains("e-mail note") })
    }
}
