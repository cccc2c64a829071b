import Foundation

/// Removes what a web page wraps around a story: navigation, share buttons, ads, newsletter and cookie
/// prompts, captions and credits, summary boxes, comment sections and the lists of other headlines after
/// the story. Every removal is recorded with a reason a reader can check.
///
/// Rules describe *kinds* of page furniture, matched on whole short lines, never on the wording of one site.
/// Long lines are prose and are never removed by a line rule: a story sentence is worth more than a stray
/// piece of chrome. The one exception is the tail: after an end-of-story marker ("Related Posts",
/// "Recent Comments"), the rest of the page goes, because what follows is other stories' teasers.
enum Cleaner {
    struct Result {
        var lines: [SourceLine]
        var removed: [RemovedLine]
    }

    static func clean(_ input: [SourceLine]) -> Result {
        var lines = input
        var removed: [RemovedLine] = []
        func drop(_ i: Int, _ reason: String) {
            removed.append(RemovedLine(text: lines[i].text, reason: reason, line: lines[i].number))
            lines[i].text = ""
        }

        // 0. A caption printed twice on two lines in a row (CaptionCredits); a page pasted twice; a report's
        // footnote marks and notes (DocumentShapes).
        for i in doubledCaptions(lines) { drop(i, "photo caption (printed twice)") }
        dropSecondCopy(&lines, &removed)
        stripFootnoteMarks(&lines)
        dropEndnotes(&lines, &removed)
        dropReferenceList(&lines, &removed)

        // 1. The tail: an end-of-story marker once most of the text is behind us. A marker over a few teaser
        // headlines with the story going on under them ("More News" / three headlines / "Load More" / more
        // paragraphs) is a box of links set inside the story: the box goes, the story stays.
        let tail = endOfStory(lines)
        for box in tail.boxes {
            let label = lines[box.marker].text
            drop(box.marker, "label for links to other pages (“\(label)”)")
            for j in box.links { drop(j, "link to another article (after “\(label)”)") }
        }
        if let (at, marker) = tail.end {
            drop(at, "end of story: \(marker)")
            for i in (at + 1)..<lines.count where !lines[i].isBlank {
                drop(i, "after the end of the story (\(marker), line \(lines[at].number))")
            }
        }

        // 1a. An e-mail's signature: the delimiter line "--" and everything under it (name, address,
        // confidentiality notice), once most of the text is behind it.
        if let at = signatureDelimiter(lines) {
            drop(at, "e-mail signature separator")
            for i in (at + 1)..<lines.count where !lines[i].isBlank {
                drop(i, "e-mail signature or disclaimer (after “--”, line \(lines[at].number))")
            }
        }

        // 1a'. A forwarder's note above what the e-mail carries: a greeting line ("Hi all,") down to a short
        // sign-off ("Rhys", "Cheers, / Anna"), when the text it introduces follows.
        if let note = forwardingNote(lines) {
            for i in note where !lines[i].isBlank { drop(i, "e-mail note above the forwarded text") }
        }

        // 1a''. A letter's salutation over its first paragraph and its sign-off under the last (LetterShapes).
        dropSalutation(&lines, &removed)
        dropLetterSignOff(&lines, &removed)
        dropProfileBoxes(&lines, &removed)
        dropLabelledFacts(&lines, &removed)
        joinJudgmentParties(&lines, &removed)

        // 1b. A label for links ("Read more from Sky News:") and the teaser headlines under it: short lines
        // that do not end like sentences, up to the next line of prose.
        for i in lines.indices where !lines[i].isBlank && LineShape.hasAtMost(lines[i].text, scalars: 60)
            && ChromeRules.linkListLabel.matches(LineShape.key(lines[i].text)) {
            let label = lines[i].text
            drop(i, ChromeRules.endMarker(label).map { "label for links to other pages (\($0))" } ?? "link to another article")
            var j = i + 1
            var first = true
            while j < lines.count, j <= i + 8 {
                if !lines[j].isBlank {
                    let t = lines[j].text
                    // A teaser may ask its question ("Who is Rohan Mehta?"); other sentences end the list. The line
                    // right under the label is its headline, and a headline's question runs longer ("Museums face
                    // growing calls to return colonial-era objects – but who decides?").
                    let words = SourceLine.words(t, cap: 16)
                    let question = t.hasSuffix("?") && (words <= 10 || first && words <= 15 && SentenceSplitter.split(t).count == 1)
                    first = false
                    guard !LineShape.endsLikeSentence(t) || question, SourceLine.words(t, cap: 16) <= 15, !isScoreHeading(t) else { break }
                    drop(j, "link to another article (after “\(label)”)")
                }
                j += 1
            }
        }

        // A bare marker too early to end the story is still a label for links, not story text.
        for i in lines.indices where !lines[i].isBlank && SourceLine.words(lines[i].text, cap: 5) <= 4 {
            if let marker = ChromeRules.endMarker(lines[i].text), !LineShape.endsLikeSentence(lines[i].text) {
                drop(i, "label for links to other pages (\(marker))")
            }
        }

        // 2. Summary boxes: a heading such as "AI-Generated Summary" and the bullets under it.
        var i = 0
        while i < lines.count {
            if let reason = summaryHeading(lines[i].text, next: nextNonBlank(lines, after: i)) {
                drop(i, reason)
                var j = i + 1
                while j < lines.count, lines[j].isBlank || LineShape.isBullet(lines[j].text) {
                    if !lines[j].isBlank { drop(j, "\(reason) (bullet)") }
                    j += 1
                }
                i = j
            } else if let items = unmarkedSummary(lines, heading: i) {
                drop(i, "summary box (repeats the story)")
                for j in items { drop(j, "summary box (repeats the story) (item)") }
                i = (items.last ?? i) + 1
            } else {
                i += 1
            }
        }

        // 2a. A box of links to other stories inside the page, as screen-reader text frames it
        // ("list of 4 items" … "end of list"): the teaser headlines in it read like short sub-headings.
        var k = 0
        while k < lines.count {
            guard !lines[k].isBlank, LineShape.hasAtMost(lines[k].text, scalars: 24),
                  ChromeRules.linkBoxStart.matches(LineShape.key(lines[k].text)),
                  let end = (k + 1..<min(lines.count, k + 40)).first(where: {
                      LineShape.hasAtMost(lines[$0].text, scalars: 24) && ChromeRules.linkBoxEnd.matches(LineShape.key(lines[$0].text))
                  })
            else { k += 1; continue }
            for j in k...end where !lines[j].isBlank { drop(j, "box of links to other stories") }
            k = end + 1
        }

        // 2b. A caption label standing alone ("Image caption," as a paste of such a page has it) and the
        // caption it labels, which is the next line: a short line that reads like a heading, not furniture.
        for i in lines.indices where !lines[i].isBlank && ChromeRules.isCaptionLabel(lines[i].text) {
            let label = lines[i].text
            drop(i, "photo caption or credit")
            if let j = nextNonBlankIndex(lines, after: i), SourceLine.words(lines[j].text, cap: 41) <= 40,
               !ChromeRules.isCaptionLabel(lines[j].text) {
                drop(j, "photo caption (after “\(label)”)")
            }
        }

        // 2c. A poll box: its label ("Question of the Day") and the question under it.
        for i in lines.indices where !lines[i].isBlank && LineShape.hasAtMost(lines[i].text, scalars: 30)
            && ChromeRules.pollLabel.matches(LineShape.key(lines[i].text)) {
            guard let j = nextNonBlankIndex(lines, after: i), lines[j].text.hasSuffix("?"),
                  SourceLine.words(lines[j].text, cap: 26) <= 25 else { continue }
            drop(i, "poll")
            drop(j, "poll question")
        }

        // 2c'. A local station's alert banner ("WEATHER ALERT" and its line); 2d. a caption printed twice with
        // its agency's credit.
        for i in SiteFooterRules.alertBanners(lines) where !lines[i].isBlank { drop(i, "alert banner") }
        for (i, why) in WireChain.superseded(lines) where !lines[i].isBlank { drop(i, why) }
        for i in repeatedCreditedCaptions(lines) where !lines[i].isBlank { drop(i, ChromeRules.captionReason) }
        for i in datedTeasers(lines) { drop(i, "link to another article") }
        for i in repeatedLabels(lines) { drop(i, "section label repeated over its links") }

        // 2e. A live page's box of links to its key posts, each with its time.
        for i in keyEventLinks(lines) { drop(i, "live-blog key events (links to posts)") }
        for i in sponsoredItems(lines) where !lines[i].isBlank { drop(i, "advertisement") }

        // 3. Single lines of page furniture.
        var span: ClosedRange<Int>??
        for i in lines.indices where !lines[i].isBlank {
            // "Video: Crews battle the blaze above the valley town" between paragraphs is a link to the outlet's
            // video; over the story (no prose above it) the same shape is the page's kicked headline.
            if ChromeRules.isKickedHeadline(lines[i].text), (0..<i).contains(where: { !lines[$0].isBlank && LineShape.isProse(lines[$0].text) }) {
                drop(i, "link to a video or gallery")
                continue
            }
            guard let reason = ChromeRules.reason(for: lines[i].text) else { continue }
            // A writer's line goes only under its box's label ("Analysis"); over the story it is the byline.
            if reason == "writer's line of a box", !removed.contains(where: { $0.reason == "box label" && (lines[i].number - 2..<lines[i].number).contains($0.line) }) {
                continue
            }
            // A caption shown twice, the second time with its credit ("Flames rise over the bridge." /
            // "Flames rise over the bridge.Credit: AP"): the first copy is the caption too.
            // A gallery pastes its picture's alt words and caption twice over ("Storm damage" / "Storm damage in the
            // valley." / "Storm damage" / "Storm damage in the valley. Images via social media."): each copy among
            // the three lines above that the credited caption begins with goes too.
            if reason == "photo caption or credit" {
                for p in (0..<i).filter({ !lines[$0].isBlank }).suffix(3)
                    where SourceLine.words(lines[p].text, cap: 4) >= 3 && lines[i].text.hasPrefix(lines[p].text) {
                    drop(p, "photo caption (shown again with its credit)")
                }
            }
            // The second line of a headline set in capitals ("COUNCIL APPROVES NEW FERRY TERMINAL AFTER" /
            // "TWO-YEAR PLANNING DISPUTE") is no section label.
            if reason == "section label", i > 0, !lines[i - 1].isBlank, LineShape.isAllCaps(lines[i - 1].text),
               SourceLine.words(lines[i - 1].text, cap: 5) >= 5, !LineShape.endsLikeSentence(lines[i - 1].text) { continue }
            let caption = captionAboveCredit(lines, credit: i, prose: {
                if span == nil { span = proseSpan(lines) }
                return span!
            })
            // Under its caption, a "Source:" line credits the picture, and names no outlet of the story.
            let alt = caption == nil && reason == ChromeRules.captionReason ? altTextAbove(lines, caption: i) : nil
            drop(i, caption == nil ? reason : "photo credit (under its caption)")
            if let p = caption ?? alt { drop(p, caption == nil ? "photo's alt text (over its caption)" : "photo caption (above its credit)") }
        }

        // 3'. A newsletter box's tagline between two of its prompts (NewsletterBoxes).
        for i in newsletterTaglines(lines, removed: removed) { drop(i, "\(subscriptionReason) (inside its box)") }

        // 3a. A picture's alt text or file name left as a lone lower-case word inside the story.
        for i in loneAltWords(lines) { drop(i, "photo's alt text") }

        // 4. An embedded post pasted as one paragraph, its signature on the same line ("… one person is in
        // custody. — City Police (@CityPD) May 21, 2020"): the post's words stay, the signature goes.
        for i in lines.indices where LineShape.hasBytes(lines[i].text, "(@") && LineShape.hasAtMost(lines[i].text, scalars: 3000) {
            let t = lines[i].text
            guard let m = embeddedSignature.firstMatch(t), m.start > 0 else { continue }
            lines[i].text = SourceLine.trim(ScalarText.slice(t, 0, m.start))
        }

        // 4a. Then its picture or short link at the end of its text ("… #Tag pic.twitter.com/Xk2v"): an
        // address, not words of the post.
        for i in lines.indices where LineShape.hasBytes(lines[i].text, "pic.twitter.com/") || LineShape.hasBytes(lines[i].text, "t.co/") {
            lines[i].text = SourceLine.trim(lines[i].text.replacingOccurrences(
                of: #"(\s+(pic\.twitter\.com/|https?://t\.co/)\w+)+\s*$"#, with: "", options: .regularExpression))
        }

        // 4b. An agency's name and desk codes run on after the last sentence ("… at dawn. PTI ABC XY") (AgencyTails).
        for i in lines.indices where LineShape.hasAtMost(lines[i].text, scalars: 3000) {
            if let t = withoutAgencyTail(lines[i].text) { lines[i].text = t }
        }

        return Result(lines: lines, removed: removed)
    }

    static let embeddedSignature = LinePattern(
        #"\s[—–\-]\s*[^()]{1,80}\(@\w{1,30}\)\s*(on )?(\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+\.? \d{4})\W*$"#)

    /// "Manchester City 6 Bournemouth 1", "Premier League: Brentford 3 West Ham 2": a result heading a
    /// round-up's report of one match, not a link to another story.
    static func isScoreHeading(_ text: String) -> Bool {
        LineShape.hasAtMost(text, scalars: 100) && scoreHeading.matches(text)
    }

    static let scoreHeading = LinePattern(#"^(?:[\p{L} ]{2,30}:\s*)?\p{Lu}[\p{L}.'’&\- ]{1,30} \d{1,3} \p{Lu}[\p{L}.'’&\- ]{1,30} \d{1,3}$"#)

    static func nextNonBlank(_ lines: [SourceLine], after i: Int) -> String? {
        nextNonBlankIndex(lines, after: i).map { lines[$0].text }
    }

    static func nextNonBlankIndex(_ lines: [SourceLine], after i: Int) -> Int? {
        var j = i + 1
        while j < lines.count {
            if !lines[j].isBlank { return j }
            j += 1
        }
        return nil
    }

    /// The first end-of-story marker that has at least 40% of the page's words (and 80 words) before it,
    /// so a "Related:" link in the first paragraphs does not cut the story short; and the boxes of links
    /// met before it inside the story (see `linkBox`).
    static func endOfStory(_ lines: [SourceLine]) -> (end: (Int, String)?, boxes: [(marker: Int, links: [Int])]) {
        // Most pages have no marker line at all: the words are counted only when there is one.
        guard lines.contains(where: { !$0.isBlank && LineShape.hasAtMost($0.text, scalars: 80) && ChromeRules.endMarker($0.text) != nil })
        else { return (nil, []) }
        let words = lines.map(\.wordCount)
        let total = words.reduce(0, +)
        var before = 0
        // Paragraphs of the story above the line: a page's "Comments" button under the headline, in the share
        // bar, comes before them, and a cookie banner's sentences are none.
        var storyParagraphs = 0
        var boxes: [(marker: Int, links: [Int])] = []
        for (i, line) in lines.enumerated() {
            // A comment section can outweigh the story it follows, and never sits inside one: a lower bar,
            // once the story has begun.
            if before >= 80, !line.isBlank, LineShape.hasAtMost(line.text, scalars: 80),
                let marker = ChromeRules.endMarker(line.text),
                before * 10 >= total * (isCommentMarker(line.text) && storyParagraphs >= 2 ? 1 : 4)
            {
                if !isCommentMarker(line.text), let links = linkBox(lines, marker: i) {
                    boxes.append((i, links))
                } else if LineShape.isAllCaps(line.text), ChromeRules.moreLabel.matches(LineShape.key(line.text)),
                          let n = nextNonBlankIndex(lines, after: i), LineShape.isProse(lines[n].text) {
                    // "MORE DELAYS" over a paragraph is a sub-heading in capitals, not a label for links.
                } else {
                    return ((i, marker), boxes)
                }
            }
            before += words[i]
            // Two are enough: the line rules are not run over the whole story twice.
            if storyParagraphs < 2, !line.isBlank, LineShape.isProse(line.text), LineShape.endsLikeSentence(line.text),
               ChromeRules.reason(for: line.text) == nil {
                storyParagraphs += 1
            }
        }
        return (nil, boxes)
    }

    /// The teaser lines under a marker such as "More News" when the story carries on below them: two to
    /// eight short lines that are no sentences ("Load More" among them), then at least two paragraphs of
    /// prose one after the other, 40 words or more (or one, when only furniture follows it to the end). Under a real end of story, teasers alternate with their
    /// summaries or give way to the page's footer; they are not followed by a run of paragraphs.
    static func linkBox(_ lines: [SourceLine], marker: Int) -> [Int]? {
        var links: [Int] = []
        var j = marker + 1
        while j < lines.count {
            let t = lines[j].text
            if lines[j].isBlank { j += 1; continue }
            guard SourceLine.words(t, cap: 21) <= 20, !LineShape.isProse(t) else { break }
            if LineShape.endsLikeSentence(t), !t.hasSuffix("?") { return nil }
            links.append(j)
            guard links.count <= 8 else { return nil }
            j += 1
        }
        guard links.count >= 2 else { return nil }
        var prose = 0
        var proseWords = 0
        while j < lines.count, prose < 2 || proseWords < 40 {
            if lines[j].isBlank { j += 1; continue }
            guard LineShape.isProse(lines[j].text), LineShape.endsLikeSentence(lines[j].text) else { break }
            prose += 1
            proseWords += lines[j].wordCount
            j += 1
        }
        if prose >= 2 && proseWords >= 40 { return links }
        // "Related Articles" / a teaser / the story's last paragraph ("Anyone with information can call 101 …") /
        // the page's own end: one paragraph will do when only furniture stands between it and the real end.
        // A box of one teaser (the rest its own furniture), as a regional page sets inside the story; under a real
        // end of story stand several.
        guard prose >= 1, proseWords >= 15, links.filter({ ChromeRules.reason(for: lines[$0].text) == nil }).count == 1 else { return nil }
        for k in lines.indices[j...] where !lines[k].isBlank {
            if ChromeRules.endMarker(lines[k].text) != nil { return links }
            guard ChromeRules.reason(for: lines[k].text) != nil else { return nil }
        }
        return links
    }

    /// The line "--" (the e-mail signature delimiter, "-- " in RFC 3676) with at least 80 words and 60% of
    /// the text above it.
    static func signatureDelimiter(_ lines: [SourceLine]) -> Int? {
        // Counting words is the cost here, and only a page with a "--" line needs them.
        guard lines.contains(where: { isSignatureDelimiter($0.text) }) else { return nil }
        let total = lines.reduce(0) { $0 + $1.wordCount }
        var before = 0
        for (i, line) in lines.enumerated() {
            if before >= 80, before * 10 >= total * 6, isSignatureDelimiter(line.text) { return i }
            before += line.wordCount
        }
        return nil
    }

    /// "--" with white space around it. Foundation's trimming bridged every line to UTF-16 (a twelfth of a
    /// whole `diff`), so only a line holding "--" and no ASCII letter or digit gets that far.
    static func isSignatureDelimiter(_ text: String) -> Bool {
        var hyphens = false
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == 0x2D, previous == 0x2D { hyphens = true }
            if (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) { return false }
            previous = b
        }
        return hyphens && text.trimmingCharacters(in: .whitespaces) == "--"
    }

    static let greeting = LinePattern(#"^(hi|hello|hey|dear|good (morning|afternoon|evening))\b[^.?!:;]{0,40}[,!]$"#)
    static let valediction = LinePattern(#"^(cheers|thanks|thank you|many thanks|best|best wishes|all the best|regards|kind regards|best regards|warm regards|warmly|yours|love|ta)\s*[,!]?$"#)

    /// Lines of a forwarder's note: a greeting alone on a line near the top, prose, then a sign-off made of
    /// a name of one or two capitalised words (after an optional "Cheers,"), with the forwarded text (80
    /// words or more) below it. Nil when any of that is missing: a newsletter's "Good morning," opens the
    /// text itself and signs off at the end.
    static func forwardingNote(_ lines: [SourceLine]) -> ClosedRange<Int>? {
        let kept = lines.indices.filter { !lines[$0].isBlank }
        guard let g = kept.prefix(12).first(where: {
            SourceLine.words(lines[$0].text, cap: 8) <= 6 && greeting.matches(LineShape.key(lines[$0].text))
        }), let gPos = kept.firstIndex(of: g) else { return nil }
        for n in (gPos + 1)..<min(kept.count, gPos + 10) {
            let t = lines[kept[n]].text.trimmingCharacters(in: .whitespaces)
            if valediction.matches(LineShape.key(t)) { continue }
            let words = t.split(separator: " ")
            let isName = (1...2).contains(words.count) && words.allSatisfy { w in
                w.first?.isUppercase == true && w.dropFirst().allSatisfy { $0.isLowercase || "'’-".contains($0) } && w.count >= 2
            }
            if isName {
                let after = kept[(n + 1)...].reduce(0) { $0 + lines[$1].wordCount }
                return after >= 80 && n > gPos + 1 ? g...kept[n] : nil
            }
            // Between the greeting and the sign-off: the note's own lines of prose (maybe hard-wrapped), no labels.
            if SourceLine.words(t, cap: 5) < 4 { return nil }
        }
        return nil
    }

    static func isCommentMarker(_ text: String) -> Bool {
        let k = LineShape.key(text)
        return k.contains("comment") || k.contains("repl") || k.contains("discussion") || k.contains("conversation")
    }
}
