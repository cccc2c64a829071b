import Testing
@testable import ParallaxCore

/// A parliamentary record or a court transcript sets a speaker's family name in capitals after the title (and
/// initials): the name is the person's, shown as names are written; an acronym with no title before it stays an
/// acronym, and a regnal numeral keeps its capitals. Turns of our own.
@Suite struct PeopleRecordCapitalsTests {
    @Test func aFamilyNameInCapitalsAfterATitleIsAPerson() {
        let idx = PeopleIndex.build(story: story([
            "Mrs MACALLISTER-OYE (Harbourside) (10:02): My question is to the Minister for Transport about the ferry timetable.",
            "The Hon. P. J. ABERCROMBY (Minister for Transport) (10:03): I thank the member. The new timetable starts in May.",
            "Mrs MACALLISTER-OYE (Harbourside) (10:05): Will the minister publish the crossing figures?",
            "The Hon. P. J. ABERCROMBY: I will, when the operator sends them. NATO and the EU were not consulted.",
        ]))
        #expect(Set(names(idx)) == ["Macallister-Oye", "P. J. Abercromby"])
        #expect(count(idx, "P. J. Abercromby") == 2)
    }

    @Test func aRegnalNumeralKeepsItsCapitals() {
        let idx = PeopleIndex.build(story: story([
            "King Henry VIII founded the college in 1546, Dr Morag Wylie said.",
        ]))
        #expect(names(idx).contains("Henry VIII"))
    }
}
