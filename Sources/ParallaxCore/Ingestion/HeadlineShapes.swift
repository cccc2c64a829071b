import Foundation

/// How a headline shows itself in a paste: repeated (page title and article title), after a bullet, with the
/// site after a bar, as an e-mail's subject.
extension MetadataInference {
    /// The first line of the preamble that comes again in it (page title and article title), with the
    /// position of its last copy. Of "Headline | Site" and "Headline", the shorter is the article's own. A
    /// site name shown twice ("The Daily Ledger") is no headline, nor a writer's name shown twice (over
    /// and under the label "letter to the editor"), and a copy beyond the first ten lines
    /// must be a headline's length, not a section name that a menu and a breadcrumb both show.
    static func repeatedHeadline(_ preamble: [Int], _ lines: [SourceLine]) -> (at: Int, lastCopy: Int)? {
        let keys = preamble.map { LineShape.key(lines[$0].text) }
        for (n, k) in keys.enumerated() where !looksLikeSiteName(lines[preamble[n]].text) && !isPersonName(lines[preamble[n]].text)
            && !isMenuItem(lines[preamble[n]].text) && !isCreditedCaption(lines[preamble[n]].text) {
            let twins = keys.indices.filter {
                $0 != n && sameHeadline(k, keys[$0]) && ($0 < 10 || SourceLine.words(lines[preamble[n]].text, cap: 5) >= 4)
            }
            guard let twin = twins.first else { continue }
            return (keys[twin].count < k.count ? preamble[twin] : preamble[n], max(n, twins.max()!))
        }
        return nil
    }

    /// "News", "Transportation", "UK News": a menu pasted one item a line. A section's name comes twice on
    /// many pages (in the menu and over the headline) and is no headline either time, and such lines do not
    /// count toward the preamble's first ten lines, where the headline is looked for.
    static func isMenuItem(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 40), !LineShape.endsLikeSentence(text) else { return false }
        let words = SourceLine.words(text, cap: 3)
        return words == 1 || (words == 2 && isGenericLabel(text))
    }

    /// "Crews fought the fire for four hours. (KXVT)": a photo's caption, a sentence closed by its credit in
    /// brackets. Shown twice (over the picture and in the gallery), it is still no headline.
    static func isCreditedCaption(_ text: String) -> Bool {
        text.hasSuffix(")") && LineShape.hasAtMost(text, scalars: 400) && creditedCaption.matches(text)
    }

    static let creditedCaption = LinePattern(#"[.!?]["”’]?\s*\([^()]{1,40}\)$"#)

    /// "R v Callum Dreyfield", "Harrow Council v Patel": a court's case name, the headline of its press summary
    /// (the court's name and the citation around it are no headline).
    static func isCaseName(_ text: String) -> Bool {
        LineShape.hasAtMost(text, scalars: 120) && SourceLine.words(text, cap: 13) <= 12 && caseName.matches(text)
    }

    static let caseName = LinePattern(#"^\p{Lu}[\p{L}'’.&\- ]{0,50}? v\.? \p{Lu}[\p{L}'’.&\- ]{1,60}$"#)

    /// "1. Thank you for joining us", "2) Markets open lower": an item of a numbered list.
    static func isNumberedItem(_ text: String) -> Bool {
        text.unicodeScalars.first?.properties.numericType != nil && LineShape.isBullet(text)
    }

    /// "• Headline" → "Headline": a teaser list's bullet is no part of the headline.
    static func withoutBullet(_ text: String) -> String {
        guard LineShape.isBullet(text), let first = text.unicodeScalars.first, LineShape.bulletMarkers.contains(first) else { return text }
        return SourceLine.trim(ScalarText.string(text.unicodeScalars.dropFirst()))
    }

    /// `line` is `headline` with a few capitalised words before it, as a breadcrumb trail or section path
    /// pasted on the same line reads ("Home News World Storm floods …" over "Storm floods …"): the headline
    /// has five words or more, and what comes before it is one to six words, each capitalised or "and"/"&".
    static func breadcrumbOver(_ line: String, _ headline: String) -> Bool {
        let a = LineShape.key(line), b = LineShape.key(headline)
        guard SourceLine.words(headline, cap: 5) >= 5, a.count > b.count, a.hasSuffix(" " + b),
            line.unicodeScalars.count > headline.unicodeScalars.count
        else { return false }
        let trailText = String(line.unicodeScalars.prefix(line.unicodeScalars.count - headline.unicodeScalars.count))
        let trail = trailText.split(separator: " ")
        return (1...6).contains(trail.count) && trail.allSatisfy { $0.first?.isUppercase == true || ["and", "&", ">", "/", "»", "|"].contains(String($0)) }
    }

    /// `line` holds `headline` whole with a few words of page chrome glued on either side, as a copied page's
    /// "Current:Home > MarketsGov. Roe …" over "Gov. Roe …" reads ("You are here", a section path run into the
    /// headline's first word, a "-Site name" suffix): the line under it is the headline itself. The headline
    /// has five words or more; what is around it is at most six words a side, and something is before it.
    static func chromeAround(_ line: String, _ headline: String) -> Bool {
        let a = LineShape.key(line), b = LineShape.key(headline)
        guard SourceLine.words(headline, cap: 5) >= 5, a.count > b.count, let r = a.range(of: b) else { return false }
        let before = String(a[..<r.lowerBound]), after = String(a[r.upperBound...])
        guard !before.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        return SourceLine.words(before, cap: 7) <= 6 && SourceLine.words(after, cap: 7) <= 6
    }

    /// Equal, or one is the other plus a site suffix: "headline | site", "headline - site".
    static func sameHeadline(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard short.count >= 15, long.hasPrefix(short) else { return false }
        let rest = long.dropFirst(short.count)
        guard let sep = ["|", "-", ":", "·", "»"].first(where: { rest.hasPrefix(" \($0) ") }) else { return false }
        return SourceLine.words(String(rest.dropFirst(sep.count + 2))) <= 5
    }

    /// A sentence of six words or more that ends with a colon: it leads into what follows, it labels nothing.
    static func introducesBody(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        return t.hasSuffix(":") && SourceLine.words(t, cap: 7) >= 6 && !LineShape.isAllCaps(t)
    }

    static let mailPrefix = LinePattern(#"^(subject\s*:\s*((fwd?|re)\s*:\s*)*|((fwd?|re)\s*:\s*)+)"#, caseInsensitive: true)

    /// "Subject: Fwd: Transcript - expert briefing" → "Transcript - expert briefing": an e-mail's subject line
    /// as a headline, without the header key and the forward/reply marks.
    static func mailSubject(_ text: String) -> String {
        guard text.unicodeScalars.count < 300, let m = mailPrefix.firstMatch(text), m.start == 0, m.end > 0 else { return text }
        let rest = ScalarText.string(text.unicodeScalars.dropFirst(m.end)).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? text : rest
    }

    static let headlineLabel = LinePattern(#"^(transcript|video|watch|audio|listen|podcast)\s*:\s*(\S.*)$"#, caseInsensitive: true)

    /// "Transcript: Farmers wait on relief" → "Farmers wait on relief": a headline under its page's label (nil
    /// for any other line).
    static func labelledHeadline(_ text: String) -> String? {
        guard LineShape.hasAtMost(text, scalars: 200), !LineShape.endsLikeSentence(text),
              let m = headlineLabel.firstMatch(text, whole: true), let rest = m.groups[2], SourceLine.words(rest, cap: 5) >= 4 else { return nil }
        return rest
    }

    /// An obituary page's headline: the person's name right over the life span ("Walter Arthur Kessell" /
    /// "June 2, 1936 - November 26, 2026"), two to seven words, each capitalised or a nickname in quotes.
    static func obituaryName(_ candidates: [Int], _ lines: [SourceLine], lifeSpans: Set<Int>) -> Int? {
        guard !lifeSpans.isEmpty else { return nil }
        // The line closest over the first life span (a blank line may stand between), not a menu item above it.
        guard let span = lifeSpans.min(), let c = candidates.last(where: { lines[$0].number < span && !lines[$0].isBlank }),
              span - lines[c].number <= 2 else { return nil }
        return [c].first { c in
            let t = lines[c].text
            guard !LineShape.endsLikeSentence(t), LineShape.hasAtMost(t, scalars: 80) else { return false }
            let words = t.split(separator: " ")
            return (2...7).contains(words.count) && words.allSatisfy { w in
                w.first.map { $0.isUppercase || "\"“'‘(".contains($0) } ?? false
            }
        }
    }

    /// The last resort for a headline: the longest of the short lines that is no name alone or job title.
    /// "1941 - 2026", an obituary's life span, has no word; "Harold James Penwarden Obituary" is a headline, not
    /// a caption's name.
    static func longestShortHeadline(_ headlines: [Int], _ lines: [SourceLine]) -> Int? {
        headlines.filter {
            (!isPersonName(lines[$0].text) || LineShape.key(lines[$0].text).hasSuffix(" obituary")) && !isJobTitle(lines[$0].text) && !isInstitutionName(lines[$0].text)
                && lines[$0].text.unicodeScalars.contains { $0.properties.isAlphabetic }
        }
        .max { SourceLine.words(lines[$0].text) < SourceLine.words(lines[$1].text) }
    }

    /// The line right above the byline or the date line (or above the standfirst over them): the headline, not
    /// the site's tagline under its name ("News from the northern valleys").
    static func headlineOverByline(_ candidates: [Int], lines: [SourceLine], input: [SourceLine], removed: [RemovedLine],
                                   cleanedAway: Set<Int>) -> Int? {
        let meta = Set(removed.filter { $0.reason.hasPrefix("byline") || $0.reason.hasPrefix("publication date") || $0.reason.hasPrefix("date range") }.map(\.line))
        return candidates.first { c in
            let t = lines[c].text
            // A bulleted line ("• Terms of Service") is a menu's item.
            // Three words will do over a standfirst of a dozen words or more ("Ana Ruiz obituary"; a kicker
            // such as "What to watch" stands over a headline); right over the byline, four.
            // "Start the day smarter ☀️ Notable deaths in 2022 …": an emoji inside the line joins a bar of teasers.
            guard SourceLine.words(t, cap: 3) >= 3, !LineShape.isAllCaps(t), !LineShape.isBullet(t), !looksLikeSiteName(t), !isNameList(t), !isJobTitle(t), !isInstitutionName(t),
                  !t.unicodeScalars.dropFirst(2).contains(where: { $0.properties.isEmojiPresentation || $0 == "\u{FE0F}" }),
                  personCredit(t) == nil, creditLine(t) == nil else { return false }
            let after = Array(input.indices[(c + 1)...].lazy.filter { !input[$0].isBlank }.prefix(2))
            // Nothing the cleaner removed may stand between: that was a menu, and the line is above the page.
            func touching(_ a: Int, _ b: Int) -> Bool { !cleanedAway.contains { $0 > input[a].number && $0 < input[b].number } }
            guard let n1 = after.first, touching(c, n1) else { return false }
            // "Tom Ellery (now) and Nasrin Qadir (earlier)": a live page's reporters, a byline found later.
            func isMeta(_ k: Int) -> Bool { meta.contains(input[k].number) || isNameList(input[k].text) }
            if isMeta(n1) { return SourceLine.words(t, cap: 4) >= 4 }
            return after.count == 2 && isMeta(after[1]) && touching(n1, after[1])
                && SourceLine.words(input[n1].text, cap: 12) >= (SourceLine.words(t, cap: 4) >= 4 ? 6 : 12) && !LineShape.isBullet(input[n1].text)
        }
    }
}
