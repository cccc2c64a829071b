import Testing
@testable import ParallaxCore

/// Furniture of official pages, of our own: a judgment's counsel lines, the judge's name over the reasons and
/// the hand-down note; "Crown copyright" (no outlet); a letters page's address for letters; a feed reader's
/// credit line; a warning's "Issued" line.
@Suite struct JudgmentAndNoticeFurnitureTests {
    func reason(_ a: Article, _ text: String) -> String? { a.removed.first { $0.text == text }?.reason }

    @Test func aJudgmentsCounselJudgeAndHandDownNoteGo() {
        let counsel = "Mr Tobias Renfrew (instructed by Kell & Marr LLP) for the Defendant"
        let a = pasted([
            "Harbour wall ruling", "30 November 2026", counsel, "Mr Justice Penhallow:",
            "1. This claim concerns a harbour wall which the council closed to the public in March of this year.",
            "2. For the reasons that follow, I have concluded that the claim succeeds and the order must be quashed.",
            "This judgment was handed down remotely at 10.30am on 30 November 2026 by circulation to the parties.",
            "Crown copyright",
        ])
        #expect(reason(a, counsel) == "counsel (judgment)")
        #expect(reason(a, "Mr Justice Penhallow:") == "judge's name (judgment)")
        #expect(reason(a, "Crown copyright") == "copyright notice")
        #expect(a.paragraphs.map(\.text).last == "2. For the reasons that follow, I have concluded that the claim succeeds and the order must be quashed.")
    }

    @Test func crownCopyrightNamesNoOutlet() {
        let a = pasted(["Skip to main content", "Travel advice: Norland", "Updated 30 November 2026",
                        "The office advises against all but essential travel to the northern province of Norland.",
                        "Protests have taken place in the capital since 24 November, and some have turned violent.",
                        "© Crown copyright"])
        #expect(a.outlet != "Crown copyright" && a.outlet != "Crown")
    }

    @Test func aLettersPagesAddressForLettersGoes() {
        let note = "Send your letters to letters@example.org, or to The Editor, 4 Bank Street. Letters may be edited for length."
        let a = pasted(["Letters: the ring road will not help", "Monday, 30 November 2026",
                        "Your report on the ring road quotes the council's claim that it will take cars out of the town centre.",
                        "Anyone who drives here knows those cars are going into the centre, not through it.", note])
        #expect(reason(a, note) == "letters-page policy")
    }

    @Test func aFeedReadersCreditNamesTheWriter() {
        let a = pasted(["Inbox", "Harbour News", "Visit website", "Flood scheme approved after eight-year wait",
                        "by Tamsin Borlase · Harbour News · 5h",
                        "A £23m flood scheme for the lower valley has been approved, eight years after floods damaged 300 homes.",
                        "Work is due to start in the spring and to take three years."])
        #expect(a.byline == "Tamsin Borlase")
    }

    @Test func anIssuedLineDatesTheWarningAndNamesNoWriter() {
        let a = pasted(["Amber warning of wind", "Issued at 10:30 on Tue 1 Dec 2026",
                        "Flying debris is likely and could lead to injuries or danger to life.",
                        "Roads, bridges and railway lines are likely to close, with delays to ferries."])
        #expect(a.byline == nil)
        #expect(a.date == "2026-12-01")
    }

    @Test func aJudgmentsPartiesMakeItsCaseNameTitle() {
        let a = pasted([
            "Neutral Citation Number: [2026] EWHC 4410 (KB)", "IN THE HIGH COURT OF JUSTICE", "Date: 30/11/2026",
            "Before :", "MR JUSTICE PENHALLOW", "Between :", "TREVANION BOATYARD LIMITED", "Claimant", "- and -",
            "PORTHKERRY HARBOUR COMMISSIONERS", "Defendant", "APPROVED JUDGMENT",
            "1. This claim concerns a harbour wall which the commissioners closed to the public in March of this year.",
            "2. For the reasons that follow, I have concluded that the claim succeeds and the order must be quashed.",
        ])
        #expect(a.title == "TREVANION BOATYARD LIMITED v PORTHKERRY HARBOUR COMMISSIONERS")
        #expect(a.date == "2026-11-30")
        #expect(reason(a, "MR JUSTICE PENHALLOW") == "judge (judgment)")
        #expect(reason(a, "Claimant") == "parties (joined into the case name)")
        #expect(a.paragraphs.count == 2)
    }

    @Test func anInstitutionsNameOverAReportsTitleIsTheOutlet() {
        let a = pasted([
            "HM Inspectorate of Harbours for Kernow", "Report on an unannounced inspection of Porthkerry Harbour",
            "Inspected 2–13 November 2026", "Published 30 November 2026",
            "Porthkerry is a working harbour with about 40 boats. When we last visited, in 2023, we found a harbour that was safe but poorly kept.",
            "Three years later we found the north wall cracked and the lifeboat slipway closed for repairs that had not started.",
        ])
        #expect(a.title == "Report on an unannounced inspection of Porthkerry Harbour")
        #expect(a.outlet == "HM Inspectorate of Harbours for Kernow")
        #expect(a.date == "2026-11-30")
    }

    @Test func anInstitutionOpeningAHeadlineWithAVerbIsStillTheHeadline() {
        #expect(!MetadataInference.isInstitutionName("University of Lenthorpe opens a new campus"))
        #expect(MetadataInference.isInstitutionName("Parliament of Westmere"))
        #expect(MetadataInference.isInstitutionName("Department for Transport"))
    }
}
