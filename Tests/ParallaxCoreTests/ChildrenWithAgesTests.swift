import Testing
@testable import ParallaxCore

/// Children named by their given names alone, each with an age spelled out, after a plural noun of children.
@Suite struct ChildrenWithAgesTests {
    @Test func childrenListedWithSpelledOutAgesArePeople() {
        let idx = PeopleIndex.build(story: story([
            "Grace Penrose, 41, escaped the blaze with her husband.",
            "Their three children, Ottilie, nine, Fenn, six, and Wren, 18 months, were staying with an aunt.",
            "The twins – Bastian, eleven, and Cosmo, eleven – were at school.",
        ]))
        for child in ["Ottilie", "Fenn", "Wren", "Bastian", "Cosmo"] {
            #expect(names(idx).contains(child), "\(child)")
        }
    }

    @Test func aNumberWordAfterACommaIsNoAgeOutsideSuchAList() {
        let idx = PeopleIndex.build(story: story([
            "In Redditch, seven people were hurt, and in Bromsgrove, two.",
            "Of the clubs, Wexcombe, three, and Dunmere, four, finished level.",
            "The Oldbury factory, five, and the Tipton works, six, closed first.",
        ]))
        for place in ["Redditch", "Bromsgrove", "Wexcombe", "Dunmere", "Oldbury", "Tipton"] {
            #expect(!names(idx).contains(place), "\(place)")
        }
    }
}
