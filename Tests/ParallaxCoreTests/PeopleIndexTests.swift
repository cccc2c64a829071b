import Foundation
import Testing
@testable import ParallaxCore

/// Builds a one-article story from paragraphs of our own text.
func story(_ paragraphs: [String], id: String = "a") -> Story {
    story(articles: [(id, paragraphs)])
}

func story(articles: [(String, [String])]) -> Story {
    let arts = articles.map { id, paras in
        Article(id: id, path: id + ".txt", paragraphs: paras.enumerated().map { i, t in
            Paragraph(index: i, text: t, sentences: [Sentence(start: 0, end: t.unicodeScalars.count)], sourceLines: (i + 1)...(i + 1))
        })
    }
    return Story(id: "s", path: "s", articles: arts)
}

func names(_ index: PeopleIndex) -> [String] { index.people.map(\.name) }

func count(_ index: PeopleIndex, _ name: String) -> Int {
    index.people.first { $0.name == name }?.nameMentions.count ?? 0
}

@Suite struct PeopleRecognitionTests {
    @Test func titlesRolesAndShortForms() {
        let idx = PeopleIndex.build(story: story([
            "German Chancellor Olaf Scholz met Brazilian President Luiz Inacio Lula da Silva on Tuesday.",
            "Scholz said the talks were useful, and Mr Scholz later thanked President Lula.",
        ]))
        #expect(names(idx).contains("Olaf Scholz"))
        #expect(count(idx, "Olaf Scholz") == 3)
        let scholz = idx.person(matching: "mr scholz")
        #expect(scholz?.name == "Olaf Scholz")
    }

    @Test func appositionInitialsAndPossessive() {
        let idx = PeopleIndex.build(story: story([
            "According to Marguerite Q. Ferrand, a professor of law at Northfield University, the rule is new.",
            "Ferrand’s view is shared by Tomasz Wielgus, an economist, who added that Ferrand was right.",
        ]))
        #expect(count(idx, "Marguerite Q. Ferrand") == 3)
        #expect(count(idx, "Tomasz Wielgus") == 1)
        #expect(!names(idx).contains { $0.contains("University") })
        let m = idx.people.first { $0.name == "Marguerite Q. Ferrand" }!.mentions[1]
        #expect(m.text == "Ferrand")  // possessive excluded
        #expect(m.start == 0 && m.end == 7)
    }

    @Test func familyNameFirstAndHyphenatedGivenNames() {
        let idx = PeopleIndex.build(story: story([
            "Premier Li Qiang and South Korean Prime Minister Han Duck-soo spoke by phone.",
            "Li told Han that trade should grow.",
        ]))
        #expect(count(idx, "Li Qiang") == 2)
        #expect(count(idx, "Han Duck-soo") == 2)
    }

    @Test func twoPeopleSharingAFamilyNameStayApart() {
        let idx = PeopleIndex.build(story: story([
            "Foreign minister Park Jin met the envoy. Park said talks went well.",
            "Later, opposition leader Park Chan-dae criticised the deal, and Park called it rushed.",
            "Park Jin did not reply.",
        ]))
        #expect(count(idx, "Park Jin") == 3)
        #expect(count(idx, "Park Chan-dae") == 2)
    }

    @Test func organisationsPlacesAndPublicationsAreNotPeople() {
        let idx = PeopleIndex.build(story: story([
            "Samsung Electronics and Huawei said on Monday that Xiaomi Phones sold well, the Korea Herald reported.",
            "The Mainichi Shimbun wrote that Northfield University and the Pentagon disagreed, while Seoul said nothing.",
            "Observers noted that Chinese-made devices are popular in Canberra.",
        ]))
        #expect(idx.people.isEmpty, "got \(names(idx))")
    }

    @Test func sentenceInitialAndHeadlineCapitalsDoNotCreatePeople() {
        let idx = PeopleIndex.build(story: story([
            "Leaders Trade Barbs Over Tariffs As Markets Slide Ahead Of Crucial Vote",
            "Despite the noise, Analysts expect calm. Markets rallied.",
        ]))
        #expect(idx.people.isEmpty, "got \(names(idx))")
    }

    @Test func headlinesMentionKnownPeopleOnly() {
        let idx = PeopleIndex.build(story: story([
            "Merkel Jokes With Macron At Summit",
            "German Chancellor Angela Merkel joked with French President Emmanuel Macron.",
        ]))
        #expect(count(idx, "Angela Merkel") == 2)
        #expect(count(idx, "Emmanuel Macron") == 2)
    }

    @Test func offsetsAreUnicodeScalars() {
        let text = "Café owners 👍🏽 welcomed Dr. Ana Pérez, who spoke first."
        let idx = PeopleIndex.build(story: story([text]))
        let p = idx.people.first { $0.name == "Ana Pérez" }
        #expect(p != nil)
        if let m = p?.mentions.first {
            #expect(ScalarText.slice(text, m.start, m.end) == "Ana Pérez")
            #expect(idx.person(at: "a", paragraph: 0, offset: m.start)?.name == "Ana Pérez")
            #expect(idx.person(at: "a", paragraph: 0, offset: 0) == nil)
        }
    }

    @Test func aliasesAcrossArticlesAndClosestNames() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("one", ["Chinese President Xi Jinping arrived on Friday."]),
            ("two", ["President Xi smiled as Xi’s hosts applauded."]),
        ]))
        let xi = idx.person(matching: "XI")
        #expect(xi?.name == "Xi Jinping")
        #expect(xi?.mentions.count == 3)
        #expect(xi?.aliases.contains("President Xi") == true)
        #expect(idx.person(matching: "Jinping Xi") == nil)
        #expect(idx.closestNames(to: "Xi Jinpeng", limit: 3).first == "Xi Jinping")
    }

    @Test func libraryMergesByFullName() {
        let a = story(articles: [("x", ["Prime Minister Keir Starmer spoke. Starmer said more."])])
        var b = story(articles: [("y", ["Keir Starmer, the British leader, declined to comment."])])
        b.id = "t"
        let idx = PeopleIndex.build(library: Library(path: "lib", stories: [a, b]))
        #expect(idx.people.filter { $0.name == "Keir Starmer" }.count == 1)
        #expect(count(idx, "Keir Starmer") == 3)
    }
}

@Suite struct PeopleGoldTests {
    static let blindFloors: [String: (recall: Double, falsePeople: Int)] = [
        "louvre-jewel-heist": (recall: 0.93, falsePeople: 0),  // first run 0.845 and 2
        "psg-inter-final": (recall: 0.96, falsePeople: 0),  // first run 0.682 and 2 ("Inter", "Saint-Denis")
        "nobel-physics-2025": (recall: 0.94, falsePeople: 0),  // first run 0.508 and 2 ("Berkeley", "Santa Barbara")
        "kestrel-fraud-sentencing": (recall: 1.0, falsePeople: 0),  // first run 0.685 (37/54) and 0
        "val-serrana-flood": (recall: 0.75, falsePeople: 0),  // first run 0.750 (21/28) and 0
        "eileen-carrow-obituary": (recall: 0.92, falsePeople: 0),  // first run 0.797 (51/64) and 1 ("Drowned Bells"); 0.828 after cleaning fixes; 0.891 with the lead's fixes too; 0.922 with a given name alone before a speech verb (not blind)
        "ashby-resignation": (recall: 1.0, falsePeople: 0),  // first run 1.000 (63/63) and 0; kept chrome adds 2 mentions and 3 bylines as people (blind7 findings)
        "calvora-state-visit": (recall: 0.92, falsePeople: 0),  // first run 0.920 (69/75) and 0; "King Edvard" apart from "Edvard IV", Anton Reiss and a moderator's "Next, Dana Fiala," missed; entry headlines add 4 mentions (blind8 findings)
        "grenmouth-mayor-election": (recall: 0.98, falsePeople: 0),  // 48/48 once the spelling most seen names the person; first run 0.708 (34/48) and 0: Reddaway's 14 mentions all found and joined, but under the newsletter's misspelling "Callum Redaway" (4 of 14 mentions, 1 of 4 outlets); a sub-heading "Who is Teodora Vance?" adds 1 (blind9 findings)
        "medlark-data-breach": (recall: 1.0, falsePeople: 2),  // first run 1.000 (10/10) and 3: the company "Medlark" (22 mentions, the most mentioned "person"), the group "Greyhook" and the town "Wigston" listed as people; the e-mail's signature adds 1 (blind10 findings). "Medlark" gone once "Medlark Ltd" and "Shares in Medlark" name a business (`BusinessNames`, not blind)
        "velpasiran-lpa-trial": (recall: 1.0, falsePeople: 0),  // first run 1.000 (15/15) and 0: the health site's Sources list ("Okafor M, Talbot R, Lindgren K"), the notes to editors and the captions add no mention (blind13 findings)
        "harbour-strike-deal": (recall: 1.0, falsePeople: 0),  // first run 0.962 (25/26) and 1 ("Hallett Container Terminals"), main at 82dfae0 (stop 30); 0 once "Terminals" heads an organisation (not blind); 1.000 (26/26) once "Dale" is a listed given name (pq32)
        "lantern-awards-night": (recall: 1.0, falsePeople: 0),  // first run 0.827 (67/81), 12 extra mentions, main at 82dfae0; 0.988 (80/81), 12 extra, after nominee lists past bracketed works, "Handed … by X", "X won supporting actor", "the Brackwater-raised Tolland", a clause's "his" for the husband, a possessive before a quoted title, "screenwriter" (people31); left: "Maeve" (named in full only in turn labels); the extras are turn labels, sub-headings and a caption. 1.000 (81/81), 1 extra (the caption) once turn labels are kind "label" and name their person, sub-headings (and a listicle's numbered lines) hold no mention, and a known full name in lower case in a post counts (pq32)
        "halvorsen-battery-recall": (recall: 1.0, falsePeople: 0),  // first run 0.870 (20/23), 4 extra mentions and 1 ("Halvorsen Mobility"), main at 9a58497: "Tom Rennick" apart from Thomas Rennick, the children "Maisie" and "Alfie" missed, the company's bare "Halvorsen" given to its founder Erik Halvorsen (13 mentions, 2 counted as extra), a tabloid caption taken as a sub-heading adds 2; 0.913 (21/23) and 0 once short given names join the full ones and "Mobility" heads a firm (not blind); 1.000 (23/23), 2 extra (the caption), then 0 once the unstopped caption over its credit goes; once a founder-named firm's bare name is the founder's only after his full name in the same article and children named with spelled-out ages are people (founder31)
        "kelderwick-lynx-escape": (recall: 1.0, falsePeople: 0),  // first run 1.000 (22/22), 0 extra mentions and 2 false people, branch blind18 from main at 47c72d4: the lynx "Tilde" (7 mentions; "Tilde, a three-year-old female Eurasian lynx") and the street "Skelby Lane"; 0 once an animal named in apposition or after its noun is no person (`AnimalNames`) and "Lane" heads a street (not blind)
        "norbridge-masks-return": (recall: 1.0, falsePeople: 0),  // first run 1.000 (34/34), 0 extra mentions and 0 false people, branch blind19 from main at 7a729b5: "Ms Lasquit", "Cllr Shafiq", "Mr Kwalt", the given name alone in a quote ("Jonah's replicas") and Walter and Leah Kinnear kept apart
        "kellingford-coach-unveiled": (recall: 0.97, falsePeople: 0),  // first run 0.977 (43/44), 1 extra mention and 0 false people, branch blind20 from main at 83a2e50: "Kieran Maddox" in a bullet missed; the club site's video promotion ("ALBIONTV | Watch Anders Holmqvist's first interview …") kept as a paragraph adds 1; "Anders" and "Mikael" alone, "Steve" inside a quote, "Björn Ekdahl", and Lars and Anders Holmqvist kept apart all right; 0 extra once the channel's promotion goes (not blind)
        "corrandale-emergency-landing": (recall: 1.0, falsePeople: 0),  // first run 0.933 (14/15), 0 extra mentions and 1 false person ("FlightDeck Brief", from "told FlightDeck Brief that …"), branch blind21 from main at a6b36f2: the community site's "Priya Louden" (a misspelling) kept apart from Priya Lowden; "Operating Officer" (3 mentions, from "chief operating officer, Marcus Deverill") listed too, a name the gold's not_people did not foresee (added to it after the run); "the captain, Ruth Ellery" and "Ms Lowden" joined all right. 0 false people once a masthead running on the copyright owner's name is the outlet ("FlightDeck Brief") and a company officer's full title is no name (not blind); 1.000 (15/15) once "Priya Louden" joins Priya Lowden (a "w" after a vowel is part of that vowel in the spelling skeleton; of two spellings seen as often in full, the family name the story writes more names the person; not blind)
    ]

    /// Fraction of hand-counted name mentions found and attributed to the right person (target ≥ 0.95),
    /// no organisation or place listed as a person.
    @Test func matchesHandCountedGold() throws {
        let stories = PeopleGold.available()
        if stories.isEmpty { print("skipped: no gold with its articles available"); return }
        for (name, gold, path) in stories {
            let story = try LibraryLoader.loadStory(path: path)
            let idx = PeopleIndex.build(story: story)
            let s = gold.score(idx)
            print("people gold \(name): found \(s.found)/\(s.gold) = \(String(format: "%.3f", s.recall)), extra \(s.extra); misses: \(s.misses)")
            // The blind story (annotated before any run, README "People") has its own floors: today's figures.
            let blind = Self.blindFloors[name]
            #expect(s.recall >= blind?.recall ?? 0.95, "\(name): \(s.misses)")
            #expect(gold.falsePeople(idx).count <= blind?.falsePeople ?? 0, "\(name): \(gold.falsePeople(idx))")
        }
    }

    @Test func seedKimsStayApart() throws {
        guard let seeds = PeopleGold.available().first(where: { $0.story == "seeds" }) else { return }
        let idx = PeopleIndex.build(story: try LibraryLoader.loadStory(path: seeds.path))
        let kims = idx.people.filter { $0.name.hasPrefix("Kim ") }.map(\.name).sorted()
        #expect(kims == ["Kim Jong Un", "Kim Nam-joon"])
    }
}

@Suite struct EpithetTests {
    @Test func uniqueHeadOfStateEpithetsAreLinkedApartFromNames() {
        let idx = PeopleIndex.build(story: story([
            "Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia.",
            "The Brazilian leader said trade would grow, while Argentina's president was more cautious.",
            "Japan's new premier Sanae Takaichi did not attend; the German chancellor sent a letter.",
        ]))
        let lula = idx.people.first { $0.name.hasPrefix("Luiz") }
        #expect(lula?.mentions.filter { $0.kind == .epithet }.map(\.text) == ["The Brazilian leader"])
        #expect(lula?.nameMentions.count == 1)
        let milei = idx.person(matching: "Milei")
        #expect(milei?.mentions.filter { $0.kind == .epithet }.map(\.text) == ["Argentina's president"])
        // A title before a name is not an epithet; a country with no named leader links to nobody.
        let takaichi = idx.person(matching: "Takaichi")
        #expect(takaichi?.mentions.allSatisfy { $0.kind == .name } == true)
        #expect(!idx.people.flatMap(\.mentions).contains { $0.text.contains("German") })
    }
}

@Suite struct PeopleNewsPatternTests {
    @Test func qualifiedTitlesKnightsDiacriticsAndFirms() {
        let idx = PeopleIndex.build(story: story([
            "Nato Secretary General Mark Rutte met UK Prime Minister Keir Starmer in London.",
            "Sir Keir said the alliance was united. Rutte, a former Dutch prime minister, agreed.",
            "Hungarian Prime Minister Viktor Orban disagreed, and Orbán's spokesman Zoltan Kovacs said so.",
            "Analysts at Morgan Stanley and the Institute for Fiscal Studies said growth would slow.",
            "Goldman Sachs economist Jan Hatzius cut his forecast.",
        ]))
        #expect(count(idx, "Mark Rutte") == 2)
        #expect(count(idx, "Keir Starmer") == 2)
        #expect(count(idx, "Viktor Orban") == 2)
        #expect(count(idx, "Zoltan Kovacs") == 1)
        #expect(count(idx, "Jan Hatzius") == 1)
        #expect(idx.people.first { $0.name == "Keir Starmer" }?.mentions.first?.title == "Prime Minister")
        #expect(!names(idx).contains("Morgan Stanley"))
        #expect(!names(idx).contains { $0.contains("Studies") || $0.contains("Sir") })
    }
}

@Suite struct PeopleParticleAndDoubleSurnameTests {
    @Test func particlesDoubleSurnamesAndForeignPublications() {
        let idx = PeopleIndex.build(story: story([
            "Egyptian President Abdel Fattah al-Sisi met Mexican President Claudia Sheinbaum Pardo in Cairo.",
            "Sisi's office said the talks went well. Sheinbaum later told El País the deal was fair.",
        ]))
        #expect(count(idx, "Abdel Fattah al-Sisi") == 2)
        #expect(count(idx, "Claudia Sheinbaum Pardo") == 2)
        #expect(!names(idx).contains("El País"))
    }
}
