import Testing
@testable import ParallaxCore

/// Speakers a third batch of real pages (README "Accuracy", stop 33) lost or misnamed, rebuilt on sentences of
/// our own: a military rank abbreviated before the name, an appeal reported with "pleaded", a speaker picked out
/// of a group and named after a comma, and a "he said" after a sentence that opens with a phrase before its
/// speaker and names someone else after the speech verb.
@Suite struct RankAndGroupMemberSpeakerTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs, opening: ["Firefighters contained the harbour fire on Friday after two days."])
    }

    @Test func anAbbreviatedRankIsATitleNotTheSpeaker() {
        #expect(Self.speakers([
            "“The wind dropped and we finally got ahead of it,” said Rear Adm. Carla Westbrook, the district commander.",
        ]) == ["Carla Westbrook"])
        #expect(Self.speakers(["“We were lucky with the weather,” Vice Adm. Tomas Reyne told reporters."]) == ["Tomas Reyne"])
        #expect(Self.speakers(["“Nobody was hurt,” Brig. Gen. Ada Marsh said on Friday."]) == ["Ada Marsh"])
    }

    @Test func aPersonOfTheServiceIsTheSpeakerNotTheService() {
        #expect(Self.speakers([
            "In a briefing on Friday, Rear Admiral Carla Westbrook of the Harbour Guard said, “The hull is broken in two places.”",
        ]) == ["Carla Westbrook"])
    }

    @Test func anAppealIsReportedSpeech() {
        #expect(Self.speakers(["“Please find them,” a tearful Mira Delacroix pleaded outside the station."]) == ["Mira Delacroix"])
    }

    @Test func oneOfAGroupNamedAfterTheCommaIsTheSpeaker() {
        #expect(Self.speakers([
            "“The roof just folded,” said one of the neighbours, retired teacher Osman Keller.",
        ]) == ["Osman Keller"])
        // Unnamed, the member of the group keeps the group: more than "one".
        #expect(Self.speakers(["“The roof just folded,” said one of the neighbours."]) == ["one of the neighbours"])
    }

    @Test func heAfterAnOpeningPhraseGoesWithTheSentencesSpeaker() {
        #expect(Self.speakers([
            "Speaking at an evening briefing, Rear Adm. Tomas Reyne, head of the harbour district, said that crews had found the boat of the missing skipper Daniel Orme.",
            "“The hull is broken in two places,” he said.",
        ]) == ["Tomas Reyne"])
        #expect(Self.speakers([
            "After a night at sea, Commander Tomas Reyne said that crews had found the boat of the missing skipper Daniel Orme.",
            "“The hull is broken in two places,” he said.",
        ]) == ["Tomas Reyne"])
        // An opening phrase with a speech verb of its own is a sentence of its own kind: the later name stays.
        #expect(Self.speakers([
            "Daniel Orme was the last to leave the quay. “The hull is broken in two places,” he said.",
        ]) == ["Daniel Orme"])
    }

    @Test func aNameAfterTheAgeEpithetIsTheSpeaker() {
        #expect(Self.speakers([
            "Goalkeeper Nell Amory saved a penalty in the second half.",
            "“It's hard to describe, I'm so proud of this team,” said the 48-year-old Varga, who had been criticised all season.",
        ]) == ["Varga"])
    }

    @Test func aClauseAfterTheRoleIsNoPartOfIt() {
        #expect(Self.speakers([
            "Judge Harriet Moss sentenced the harbour master to six years on Friday.",
            "His name is “mud around the port,” but he is “a great talker,” said the judge while explaining the sentence.",
        ]) == ["Harriet Moss", "Harriet Moss"])
    }
}

