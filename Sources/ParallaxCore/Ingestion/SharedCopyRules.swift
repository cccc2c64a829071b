import Foundation

/// Furniture of the copies a reader makes outside the outlet's own page: a story shared from a news app ("Shared
/// from Apple News", "Sent from my iPhone"), saved to a reader app ("View Original", "7–9 minutes"), a blog
/// platform's counters and writer box ("1.3K", "2.1K Followers", "Writer for"), a forum topic's statistics
/// ("640 views", "last reply 1d"), a local station's weather widget ("28°", "7-Day Forecast") and a record's
/// item navigation ("Next item"). Same contract as `ChromeRules.rules`: whole lines, folded and lower-cased,
/// anchored at the line's start, with a word limit.
enum SharedCopyRules {
    typealias Rule = ChromeRules.Rule

    static let rules: [Rule] = [
        // "Shared from Apple News", "Sent from my iPhone", "Shared via the Example app": how the copy travelled.
        Rule(#"^(shared|sent) (from|via|with|using) (the |my )?[\p{L}\p{N} .'’&-]{2,40}$"#, "share or app note", maxWords: 7, sentences: false),
        Rule(#"^get more (of |from )?.{2,60} (in|on) (apple news|google news|the [\p{L}\p{N} ]{2,30} app)\W*$|^download (apple news|google news)\W*$"#, "promotion of other coverage", maxWords: 14),
        // A reader app's link back and its estimate of the reading time: "View Original", "7–9 minutes".
        Rule(#"^(view|open|see) (the )?original( article| page| story)?\W*$"#, "site navigation", maxWords: 4),
        Rule(#"^\d{1,3}\s*[–-]\s*\d{1,3}\s*(min|mins|minutes)\W*$"#, "reading time or audio player", maxWords: 4),
        // A phone browser's reader-mode toolbar pasted with the text: "aA", "Open in Safari", "Reader View".
        Rule(#"^(aa|open in (safari|chrome|firefox|edge|(the |your )?browser)|(exit )?reader (view|mode))$"#, "reader app toolbar", maxWords: 4),
        // A gallery's button beside a picture: "Buy Photo", "Buy a print".
        Rule(#"^(buy|order|purchase) (this |a )?(photo|print|image|reprint)s?$"#, "photo sales button", maxWords: 4),
        // A blog platform's counters and writer box: "1.3K" (claps), "2.1K Followers", "Writer for", "Follow".
        Rule(#"^\d{1,3}([.,]\d)?[km]$"#, "counter (comments or shares)", maxWords: 1),
        Rule(#"^[\d.,]+[km]? (followers|following|subscribers|members)\W*$|^(writer|editor|contributor|columnist) (for|at)$"#, "writer's box", maxWords: 3),
        Rule(#"^(follow|following|unfollow)$"#, "share or social button", maxWords: 1),
        // A forum topic's statistics: "created Nov 26", "last reply 1d", "640 views", "14 users".
        Rule(#"^(created|last reply|last post|replied|posted) (\d{1,2}[a-z]{0,3}|[a-z]{3,9}\.? \d{1,2}(, \d{4})?|\d+ (minutes?|hours?|days?) ago)$|^[\d.,]+k? (views|users|participants|links|likes|posts)$"#, "forum topic statistics", maxWords: 5),
        // A local station's weather widget: "28°", "7-Day Forecast", "Interactive Radar".
        Rule(#"^-?\d{1,3}\s?°\s?[cf]?$|^(\d{1,2}-day|hourly|extended) forecast$|^(interactive |live |doppler )?radar$"#, "weather widget", maxWords: 3),
        // A live post's time alone in the twelve-hour clock: "11.42am", "2:05 p.m." (the 24-hour "20:52" is a
        // player's time to the cleaner too).
        Rule(#"^\d{1,2}[.:]\d\d\s?(am|pm|a\.m\.|p\.m\.)(\s?[a-z]{2,5})?$"#, "time of a live post", maxWords: 3),
        // The same time with its verb, as some broadcasters print it: "Posted at 07:52", "Updated at 9.10am".
        Rule(#"^(posted|updated|added|published) (at )?\d{1,2}[.:]\d\d\s?(am|pm|a\.m\.|p\.m\.)?(\s?[a-z]{2,5})?$"#, "time of a live post", maxWords: 5),
        // A live page's divider between its days, a weekday and a date with no year: "Sunday 15 November". A
        // dateline with its year ("Sunday 15 November 2026") may date the page and is left to the metadata.
        Rule(#"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (\d{1,2}(st|nd|rd|th)? (of )?(january|february|march|april|may|june|july|august|september|october|november|december)|(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(st|nd|rd|th)?)$"#, "day divider of a live page", maxWords: 4),
        // A portal's line naming the source it reprints and the reading time: "Harbour Wire·3 min read". (With a
        // date, "Published December 1, 2026 · 5 min read", the line dates the page and is left to the metadata.)
        Rule(#"^[^·•|\d]{2,60}\s?[·•|]\s?\d{1,2} ?(min|mins|minutes?) read$"#, "reading time", maxWords: 10),
        // A portal's feedback button under a story it carries.
        Rule(#"^(feedback|send feedback)$"#, "site navigation", maxWords: 2),
        // A parliamentary record's or archive's item navigation: "Next item", "Previous item".
        Rule(#"^(next|previous|prev) (item|record|sitting|debate|page)\W*$"#, "site navigation", maxWords: 3),
    ]
}
