import Testing
@testable import ParallaxCore

/// Page furniture a third batch of real pages (README "Accuracy", stop 33) kept or misread, rebuilt on
/// sentences of our own: a running story's note on itself, an embedded document's label, a breadcrumb trail
/// pasted on the headline's line, and a section label taken for the reporter's name.
@Suite struct UpdateNoticeAndBreadcrumbTests {
    let story = [
        "The harbour authority said on Tuesday that the new ferry timetable would start in March, a month later than planned.",
        "Officials blamed the delay on a shortage of trained crew, which has already cut services on two routes this winter.",
        "Passenger groups said the change would hit commuters from the islands hardest, since they have no other way to travel.",
    ]

    @Test func aRunningStorysNoteOnItselfIsFurniture() {
        for note in ["This post will be updated as new information is available.", "This is a developing story. Check back for updates.",
                     "Our live coverage has ended for the night, but you can read more here.", "This story has been updated."] {
            let a = pastedParagraphs(["Ferry timetable delayed by a month as crew shortage bites", note] + story)
            #expect(a.paragraphs.map(\.text) == story, "\(note)")
        }
        // A sentence about an update is the story's own.
        let said = "The authority said the timetable will be updated again in June if more crew are hired."
        #expect(pastedParagraphs(["Ferry timetable delayed by a month as crew shortage bites"] + story + [said]).paragraphs.map(\.text) == story + [said])
    }

    @Test func anEmbeddedDocumentsLabelIsFurniture() {
        let a = pastedParagraphs(["Ferry timetable delayed by a month as crew shortage bites", story[0], "Read the statement:", story[1], story[2]])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aPathCutAfterItsFirstItemIsNoHeadline() {
        for crumb in ["Editor/", "News ›", "Local News »"] {
            let a = pastedParagraphs([crumb] + story)
            #expect(a.paragraphs.map(\.text) == story, "\(crumb)")
            #expect(a.title != crumb)
        }
    }

    @Test func aSocialHandleAloneIsNoHeadline() {
        for handle in ["(@janeroe_news)", "@JaneRoe"] {
            let a = pastedParagraphs([handle] + story)
            #expect(a.paragraphs.map(\.text) == story, "\(handle)")
            #expect(a.title != handle)
        }
    }

    @Test func aBreadcrumbTrailOnTheHeadlinesLineIsNoPartOfIt() {
        let a = pasted(["Home Travel and Transport Ferry timetable delayed by a month as crew shortage bites", "",
                        "Ferry timetable delayed by a month as crew shortage bites", ""] + story.flatMap { [$0, ""] })
        #expect(a.title == "Ferry timetable delayed by a month as crew shortage bites")
        #expect(a.paragraphs.map(\.text) == story)
        // A headline that merely starts with capitals is not cut.
        let b = pasted(["Island Ferry Timetable Delayed By A Month", ""] + story.flatMap { [$0, ""] })
        #expect(b.title == "Island Ferry Timetable Delayed By A Month")
    }

    @Test func aLabelOpeningWithAnArticleIsNoByline() {
        let a = pasted(["Ferry timetable delayed by a month as crew shortage bites", "", "The Ferry Crisis", ""] + story.flatMap { [$0, ""] })
        #expect(a.byline == nil)
        #expect(a.paragraphs.map(\.text) == story)
    }
}
