import Foundation

/// Furniture that local news sites, wire reprints, market pages, science-news sites and obituary sites print
/// around a story: prompts to readers ("Got a story? Email …"), a wire's closing credits ("— With files from
/// …"), quote tickers, a study's reference block, a guest book's buttons, a paywall's toasts. Same contract
/// as `ChromeRules.rules`: whole lines, folded and lower-cased, every pattern anchored at the line's start
/// (the rules run over every paragraph of every page), with a word limit.
enum SiteFooterRules {
    typealias Rule = ChromeRules.Rule

    static let rules: [Rule] = [
        // A consent platform's banner: "We and our 842 partners store and access personal data … on your
        // device.", and its button "Show Purposes".
        Rule(#"^we and our (\d+ )?(partners|vendors|advertising partners)\b.{0,80}\b(store|access|process|use|collect)\b.{0,120}\b(data|information|identifiers|device|cookies)\b"#, "cookie or privacy notice", maxWords: 80),
        Rule(#"^(show|view|manage|see) (all )?(purposes|vendors|partners)\W*$"#, "cookie or privacy notice", maxWords: 4),
        // A call for tips with the address to send them to: "Got a story? Email news@… or call …", "Have a
        // question about the changes? Email us at …".
        Rule(#"^(have|got) (a|an|any) (news )?(tip|story|question|story idea|news story)s?\b[^?]{0,60}\?\s*(e-?mail|send|call|contact|text|message|get in touch|tell|share|drop)\b"#, "call for readers' material", maxWords: 40),
        // A fact-checker's call for claims: "Is there something you want us to check? Send it to us on WhatsApp."
        Rule(#"^(is there|do you have|have you seen|know of) (something|anything|a claim|a story|a post|a rumou?r)\b[^?]{0,60}\?\s*(e-?mail|send|call|contact|text|message|get in touch|tell|share|drop|let us know)\b"#, "call for readers' material", maxWords: 40),
        // A box inviting readers to write in, under a question about the story itself: "Were you at the match?
        // Email sport@… or leave a comment below.", "Have you seen the heron? You can contact us by emailing …". An
        // address or a comment box must follow, so a question in the story and a call in its next sentence stay.
        Rule(#"^[^?]{3,100}\?\s*(you can |please )?(e-?mail|contact|send|call|text|message|write to|get in touch|tell|share|drop|let us know|leave a comment)\b.*(\S@\S|\bcomments? below\b|\bcontact us\b)"#, "call for readers' material", maxWords: 40),
        Rule(#"^get in touch\W*$"#, "call for readers' material", maxWords: 3),
        // A box set into the story, its label alone on a line ("Analysis") and its writer's line under it ("Jane Roe,
        // Harbour Times business correspondent": a name, a comma, an outlet and job words, no verb, no stop).
        Rule(#"^(analysis|explainer|background|context|reaction|the verdict)\W*$"#, "box label", maxWords: 2),
        Rule(#"^[\p{L}'’.-]+( [\p{L}'’.-]+){1,2}, [^.,;:!?]{0,50}\b(reporter|correspondent|editor|writer|columnist|analyst)$"#, "writer's line of a box", maxWords: 10),
        // A site's footer links alone on their lines: "About Us", "Contact Us", "Advertise with us".
        Rule(#"^(about us|contact us|advertise with us|site ?map|accessibility statement)\W*$"#, "site navigation", maxWords: 3),
        // A newsroom's footer buttons alone on their lines: "Report a typo", "Submit a news tip".
        Rule(#"^(report (a|an) (typo|error|mistake|correction)|submit a (news )?tip|corrections? and clarifications|journalistic standards)\W*$"#, "site navigation", maxWords: 4),
        // A sign-up box's consent line: "We use your sign-up to provide content in ways you've consented to …".
        Rule(#"^we use your sign-?up\b"#, "newsletter or subscription prompt", maxWords: 45),
        // A wire's closing credit and its note on first publication: "— With files from Jane Roe in Halifax",
        // "This report by The Canadian Press was first published Nov. 28, 2026."
        Rule(#"^([-–—] ?)?with files from\b"#, "reporting credits", maxWords: 25),
        Rule(#"^this (report|story|article) by [^.]{2,50}? (was|is) (first|originally) published\b"#, "republication note", maxWords: 25),
        // Who pays for a reporting scheme: "Local Democracy Reporting is public interest journalism funded
        // through NZ On Air."
        Rule(#"^[\p{L}' ]{2,60} is (a )?(public[- ]interest |local |local body |independent )?journalism( project| initiative)? (co-?)?funded (by|through)\b"#, "funding note", maxWords: 30),
        // A quote ticker: "DOW 44,218.30 ▲ 186.42 (0.42%)", "HWF $58.41 +4.93 +9.22%"; and its footnote.
        Rule(#"^[\p{L}&][\p{L}&0-9 .\-]{0,19}\s+\$?\d[\d,]*\.\d+%?\s*(\([^)]{1,12}\)\s*)?[▲▼△▽+\-]\s*\$?\d[\d,]*\.\d+"#, "market data", maxWords: 10, sentences: false),
        Rule(#"^(market )?(data|quotes|prices)( are)? delayed\b"#, "market data", maxWords: 20),
        // An audio button with its length ("Listen (3 min)") and a writer's address ("Write to Jane Roe at …").
        Rule(#"^(listen|listen to this (article|story)|play)\s*\(\d{1,2}\s*(min|mins|minutes?)\)\W*$"#, "reading time or audio player", maxWords: 6),
        Rule(#"^write to [^@]{2,60} at [\w.+\-]+@"#, "author contact", maxWords: 16),
        // A science-news site's reference block under the story: the paper, the journal, the institution that
        // supplied the release, how to cite the page and its copyright.
        Rule(#"^(more information|journal information|journal reference|study reference)\s*:"#, "study reference (site furniture)", maxWords: 80),
        Rule(#"^provided by\b"#, "study reference (site furniture)", maxWords: 12, sentences: false),
        Rule(#"^citation\s*:.*\bretrieved\b"#, "study reference (site furniture)", maxWords: 80),
        Rule(#"^this document is subject to copyright\b"#, "copyright notice", maxWords: 60),
        // A court's press summary says what it is not: "This summary is provided to help in understanding the
        // Court's decision. It does not form part of the reasons …".
        Rule(#"^this (press )?summary is (provided|intended|published|issued|given) to (help|assist|aid)\b"#, "court's note on its press summary", maxWords: 90),
        // An obituary site's buttons: "Sign the Guest Book", "Share a memory", "Send Flowers", "To plant trees
        // in memory, please visit …", and its sponsor ("Sponsored by … Funeral Home.").
        Rule(#"^((sign|view|read) (the |our )?guest ?book|(share|leave) a (memory|condolence|message of condolence)|send (flowers|a card|sympathy gifts?)|(to )?plant (a )?trees? in (memory|honou?r)\b.*|light a candle)\W*$"#, "obituary site furniture", maxWords: 20),
        // An obituary's life span under the name: "1941 - 2026", "June 2, 1936 - November 26, 2026". No day of
        // publication, and no headline.
        Rule(lifeSpanPattern, "obituary life span", maxWords: 8, sentences: false),
        // A sign-up box's privacy line: "We care about the protection of your data. Read our Privacy Policy."
        Rule(#"^we (care about|respect|value) (the protection of )?your (data|privacy)\b"#, "newsletter or subscription prompt", maxWords: 20),
        Rule(#"^sponsored by \p{L}[^,]{1,60}$"#, "obituary site furniture", maxWords: 8),
        // "Published by Duluth Harbor Tribune on Nov. 27, 2026.": the paper and its day, as a print note gives them.
        // "Published by The Cornish Lantern from Nov. 27 to Nov. 30, 2026.": the days an obituary ran.
        Rule(#"^(published|posted) (by|in) [^,]{2,50}? (on \p{L}{3,9}\.? \d{1,2},? \d{4}|from \p{L}{3,9}\.? \d{1,2}(,? \d{4})? (to|until|through) \p{L}{3,9}\.? \d{1,2},? \d{4})\.?$"#, "print-edition note", maxWords: 16),
        // A record's note on its own standing: "Hansard is published under the authority of the Legislative
        // Assembly. Proof copies may be corrected."
        Rule(#"^[\p{L}' ]{2,40} (is|are) (published|printed|issued) (under|by) (the )?authority of\b"#, "publication note", maxWords: 40),
        // An opinion page's calls for letters and columns: "Submit a letter to the editor: …", "Want to write
        // a guest column? Here's how."
        Rule(#"^(submit|send|write) (us )?(a |your )?letters?( to the editor)?\s*:|^(want|would you like|interested) to (write|submit) (a |an )?(guest column|guest opinion|column|op-ed|letter)\b"#, "letters-page policy", maxWords: 20),
        // A paywall's toasts: "You can save this article by registering for free here.", "Article content",
        // "Already a subscriber? Sign in".
        Rule(#"^you can save this (article|story)\b|^article content\W*$|^already (a|an) (subscriber|member)\b"#, "newsletter or subscription prompt", maxWords: 25),
        // A bookmark's toast: "Story Saved", "You can find this story in My Bookmarks."
        Rule(#"^(story|article) (saved|removed)\W*$|^you can find this (story|article) in (my|your) (bookmarks|saved)\b"#, "page widget", maxWords: 25),
        // A newsroom's postal address closing the page: "Audience Relations, Example News, P.O. Box 500, …".
        Rule(#"^[\p{L}][\p{L} ,&'’\-]{1,60}, (p\.? ?o\.? box|private bag|locked bag) \d+\b"#, "postal address", maxWords: 20, sentences: false),
        // A site's promotion of its app: "Get The Example Ledger app and receive breaking news alerts."
        Rule(#"^(get|download|install|try) (the |our )?[^.]{1,40}? app\b"#, "promotion of other coverage", maxWords: 20),
        // A public broadcaster's underwriting line: "Support for Example Radio comes from listeners like you."
        Rule(#"^support for [^.]{2,60} (comes|is provided) (from|by)\b"#, "sponsor message", maxWords: 30),
        // An invitation to a messaging channel with its pitch: "Join the … WhatsApp community for the latest …".
        Rule(#"^join (the|our) [^.]{0,40}\b(whatsapp|telegram|signal) (channel|community|group)\b"#, "newsletter or subscription prompt", maxWords: 30),
        // A note on an amendment after the story: "This article was amended on 29 November 2026. …".
        Rule(#"^this (article|story|report|post) was (amended|corrected|updated) on \d{1,2} \p{L}+ \d{4}\b|^this (article|story|report|post) was (amended|corrected|updated) on \p{L}+\.? \d{1,2},? \d{4}\b"#, "editor's note or correction", maxWords: 60),
    ]
}

extension SiteFooterRules {
    static let lifeSpanPattern = #"^(\p{L}{3,9}\.? \d{1,2},? |\d{1,2} \p{L}{3,9}\.? )?\d{4}\s*[-–—]\s*(\p{L}{3,9}\.? \d{1,2},? |\d{1,2} \p{L}{3,9}\.? )?\d{4}$"#
    static let lifeSpan = LinePattern(lifeSpanPattern)

    /// "1941 - 2026", "June 2, 1936 - November 26, 2026": an obituary's life span alone on its line.
    static func isLifeSpan(_ text: String) -> Bool {
        LineShape.hasAtMost(text, scalars: 60) && text.unicodeScalars.last.map { $0.properties.numericType != nil } == true
            && lifeSpan.matches(LineShape.key(text))
    }

    static let inlineAlertLabel = LinePattern(#"^(weather|severe weather|traffic|school closings?|storm|flood|fire|winter weather) (alert|alerts|warning|warnings|advisory)$"#)
    static let alertLabel = LinePattern(#"^(weather|severe weather|traffic|breaking( news)?|news|school closings?|amber|storm|flood|fire) (alert|alerts|warning|warnings|update|advisory)\W*$"#)

    /// "WEATHER ALERT" / "Freeze warning in effect until 9 AM Sunday": a local station's alert banner over the
    /// page, its label and the one line of its text (no sentence: a banner has no full stop), never a headline.
    static func alertBanners(_ lines: [SourceLine]) -> [Int] {
        var found: [Int] = []
        for i in lines.indices where !lines[i].isBlank && LineShape.hasAtMost(lines[i].text, scalars: 160) {
            // "WEATHER ALERT: Winter Storm Warning in effect until 6 AM Tuesday": the label in capitals and the
            // banner's text on one line. (A "BREAKING:" kicker can open a headline, so news labels stay.)
            if let f = lines[i].text.unicodeScalars.first, "WSTF".unicodeScalars.contains(f),
               let colon = lines[i].text.firstIndex(of: ":"), LineShape.isAllCaps(String(lines[i].text[..<colon])),
               inlineAlertLabel.matches(LineShape.key(String(lines[i].text[..<colon]))), !LineShape.endsLikeSentence(lines[i].text) {
                found.append(i)
                continue
            }
            guard LineShape.hasAtMost(lines[i].text, scalars: 30), alertLabel.matches(LineShape.key(lines[i].text)) else { continue }
            found.append(i)
            if let j = Cleaner.nextNonBlankIndex(lines, after: i), SourceLine.words(lines[j].text, cap: 16) <= 15,
               !LineShape.endsLikeSentence(lines[j].text), !LineShape.isProse(lines[j].text) { found.append(j) }
        }
        return found
    }
}
