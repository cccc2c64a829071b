import Foundation

/// Infers title, outlet, byline and date from an article without a header, and takes the lines that only
/// carry them (headline, byline, dateline, date line, site name) out of the text.
///
/// Web pastes open with a *preamble*: everything above the first line of running prose. The headline is in
/// it (often twice: page title and article title), with the site name and section label above and a photo
/// caption or byline below. Bylines and date lines may also close the article.
enum MetadataInference {
    struct Result {
        var title: String?
        var outlet: String?
        var byline: String?
        var date: String?
        var lines: [SourceLine]
        var removed: [RemovedLine]
        /// The outlet is only a guess from a label above the headline ("Europe live").
        var outletIsLabel = false
        /// A dateline's day without a year ("STOCKHOLM, Oct 7 (Nordwire) -"): a date once a year is known.
        var datelineDay: (month: Int, day: Int)?
    }

    /// `cleanedAway`: raw numbers of the lines the cleaner removed (menus, buttons), which separate what
    /// stood around them.
    /// `postTimes`: raw numbers of removed lines that were a live post's time alone ("14:52 GMT").
    /// `lifeSpans`: raw numbers of removed lines that were an obituary's life span ("1941 - 2026").
    /// `menus`: the text of removed lines that were a menu, by raw number ("News   Opinion   Sport" under a masthead).
    /// `capsLabels`: the text of removed lines in capitals the cleaner took for labels, by raw number.
    static func infer(_ input: [SourceLine], cleanedAway: Set<Int> = [], postTimes: Set<Int> = [], lifeSpans: Set<Int> = [],
                      menus: [Int: String] = [:], capsLabels: [Int: String] = [:]) -> Result {
        var lines = input
        var removed: [RemovedLine] = []
        func drop(_ i: Int, _ reason: String) {
            removed.append(RemovedLine(text: lines[i].text, reason: reason, line: lines[i].number))
            lines[i].text = ""
        }
        var title: String?
        var outlet: String?
        var byline: String?
        var date: String?
        var siteName: String?
        var providerOverPortal = false
        var datelineDay: (month: Int, day: Int)?
        var dateIsBare = false
        // A name read from a date line ("PoliceOne - Sun, 04/30/2017") yields to a "By" line.
        var bylineIsWeak = false
        // Bare date lines (index, date), and the index of the one the date came from.
        var bareDates: [(Int, String)] = []
        var dateFrom: Int?

        var nonBlank = lines.indices.filter { !lines[$0].isBlank }

        // Metadata lines anywhere: bylines, datelines, date lines. A line inside a hard-wrapped paragraph
        // (after its first line) that ends with a full stop is the rest of a sentence: "… eligible for parole on" / "13 September 2032."
        let wrappedBefore = ParagraphBuilder.hardWrappedLines(lines)
        for i in nonBlank {
            let t = lines[i].text
            guard LineShape.hasAtMost(t, scalars: 300), SourceLine.words(beforeUpdateBar(t), cap: 17) <= (ScalarText.contains(t, " | ") ? 16 : 14) else { continue }
            if i > 0, wrappedBefore.contains(i), wrappedBefore.contains(i - 1), LineShape.endsLikeSentence(t), !endsWithClock(t),
               !LineShape.endsLikeSentence(lines[i - 1].text) { continue }
            // "Died: 22 November 2026, Kelderby": an obituary's fact box, no date line and no byline.
            if isFactBoxLine(t) { continue }
            if isDateRange(t) { drop(i, "date range (the work's, not the publication's)"); continue }
            if let d = dateline(t) {
                outlet = outlet ?? d.agency
                date = date ?? d.date
                datelineDay = datelineDay ?? d.day
                drop(i, "dateline (gives place\(d.agency == nil ? "" : ", agency")\(d.date == nil ? "" : " and date"))")
            } else if let under = namesUnderBareBy(lines, at: i, nonBlank: nonBlank) {
                // "By" / "Jane Roe" / "Tom Lee": a label over the writers' names (BareByLabel).
                if byline == nil || bylineIsWeak { byline = joinedNames(under.map { lines[$0].text }); bylineIsWeak = false }
                for j in under { drop(j, "byline (name under a \"By\" label)") }
                drop(i, "byline label")
            } else if let b = bylineLine(t) {
                let credit = splitCredit(b.name)
                let bare = bareByline(credit.name)
                if byline == nil || bylineIsWeak { byline = bare.name; bylineIsWeak = false }
                date = date ?? b.date
                outlet = outlet ?? agency(in: b.name) ?? organisation(in: b.name) ?? credit.outlet ?? bare.agency
                    ?? (isDomain(bare.name) ? bare.name : nil)
                drop(i, b.date == nil ? "byline" : "byline and date")
            } else if let d = agencyDateLine(t) {
                // "0 Comment(s)Print E-mail Xinhua, January 2, 2020": buttons, the agency and the day.
                outlet = outlet ?? d.agency
                date = date ?? d.date
                drop(i, "agency credit and date")
            } else if let c = siteCredit(t) {
                if let who = c.byline, byline == nil || bylineIsWeak { byline = who; bylineIsWeak = false }
                outlet = outlet ?? c.outlet
                drop(i, c.reason)
            } else if let d = dateLine(t) {
                // The day a page was printed ("Thursday, January 23, 2025" over the masthead) yields to the
                // date its story says it was published ("Published: January 11, 2025").
                let published = d.name == nil && (LineShape.key(t).hasPrefix("published") || LineShape.key(t).hasPrefix("posted"))
                if date == nil || (published && dateIsBare) { date = d.date; dateFrom = d.name == nil && !published ? i : nil }
                dateIsBare = dateIsBare || (date == d.date && d.name == nil && !published)
                if d.name == nil, !published { bareDates.append((i, d.date)) }
                // "Harriet Quayle" / "Mon 23 Nov 2026 18.30 GMT": the writer's name alone over the date line. A
                // "By" line further down names the writer better (a newsletter's title can stand there); a
                // labelled line ("Topic: Health") names nobody.
                if byline == nil || bylineIsWeak, let p = nonBlank.last(where: { $0 < i }), !lines[p].isBlank, i - p <= 2,
                   isPersonName(lines[p].text), SourceLine.words(lines[p].text, cap: 4) <= 3, !looksLikeSiteName(lines[p].text), !isJobTitle(lines[p].text),
                   !hasCaptionHonorific(lines[p].text), !ScalarText.contains(lines[p].text, ":"), !isInstitution(lines[p].text),
                   !LineShape.endsLikeSentence(lines[p].text) {
                    byline = lines[p].text
                    bylineIsWeak = true
                    drop(p, "byline")
                } else if byline == nil || bylineIsWeak, let p = nonBlank.last(where: { $0 < i }), !lines[p].isBlank, i - p <= 2,
                    let name = runOnJobTitle(lines[p].text) {
                    // "Esther Maclaren Arts correspondent" / "Tue 1 Dec 2026 17.42 GMT": the name with its job title run on.
                    byline = name
                    bylineIsWeak = true
                    drop(p, "byline (with job title)")
                }
                if let name = d.name, let paper = runningHeaderName(name) ?? runningHeaderName(name, pageNumberedLine: t) {
                    // "4 THE KAROO MAIL        Friday, November 27, 2026": a print page's running header names
                    // the paper, beside its page number.
                    outlet = outlet ?? paper
                } else if let name = d.name {
                    // "BBC 2024-07-05 08:07:23", "PoliceOne - Sun, 04/30/2017": a source and its date; a "By"
                    // line names the reporter better. "By Jane Roe | …" and "Jane Roe · WBN News · Posted: …":
                    // the writer first.
                    var parts = name.components(separatedBy: " · ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    // "India News | Edited by Jane Roe | Updated: …": the section goes, the credit names the writer.
                    let barred = name.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
                    if barred.count > 1, let credit = barred.first(where: { $0.hasPrefix("By ") || $0.hasPrefix("Edited by ") }) {
                        parts = [String(credit.dropFirst(credit.hasPrefix("By ") ? 3 : 10))]
                    }
                    var writer = parts.first ?? name
                    if writer.hasPrefix("By ") { writer = String(writer.dropFirst(3)); bylineIsWeak = false }
                    // "THIRUVANANTHAPURAM, NOVEMBER 27, 2026", "Mexico City | Nov 24, 2026": a place, not a writer;
                    // "HALDEN WIRE | COMPANIES | 24-Nov-2026": a wire's section bar in capitals, none either.
                    if byline == nil, !isPlaceName(writer), !(barred.count > 1 && barred.allSatisfy { LineShape.isAllCaps($0) }) {
                        byline = writer
                        bylineIsWeak = !name.hasPrefix("By ") && !(parts.count > 1 && isPersonName(writer))
                    }
                    // "Jane Roe · WBN News · Posted: …": the outlet after the writer.
                    outlet = outlet ?? agency(in: name) ?? organisation(in: name)
                        ?? (parts.count > 1 && isPersonName(parts[0]) ? parts.dropFirst().first(where: { isOutletName($0) }) : nil)
                }
                drop(i, d.name == nil ? "publication date" : "byline and date")
            } else if let d = columnDate(t) {
                date = date ?? d
                drop(i, "publication date (in columns with labels)")
            }
        }

        // "… of the Penal Code. (NAN)": the agency's credit closing a paragraph goes, and names the outlet.
        for i in nonBlank where !lines[i].isBlank && lines[i].text.hasSuffix(")") && LineShape.hasAtMost(lines[i].text, scalars: 5000) {
            guard let m = trailingAgency.firstMatch(lines[i].text), let name = m.groups[1], let a = canonicalAgency(name) else { continue }
            outlet = outlet ?? a
            lines[i].text = SourceLine.trim(ScalarText.slice(lines[i].text, 0, m.start + 1))
        }

        // The story starts at the first line of running prose (or of a hard-wrapped paragraph); the
        // preamble is what stands above it.
        nonBlank = lines.indices.filter { !lines[$0].isBlank }
        let wrapped = ParagraphBuilder.hardWrappedLines(lines)
        // A line right over a byline, a date line or a dateline: a headline or a standfirst, not the story.
        func overCredits(_ i: Int) -> Bool { standsOverCredits(i, input: input, removed: removed) }
        let digest = digestItems(lines, nonBlank, labelsAbove: removed.contains { $0.reason == "site credit" })
        let bodyStart = nonBlank.first { i in
            let t = lines[i].text
            return wrapped.contains(i) || digest.contains(i) || (LineShape.isProse(t) && dateline(t) == nil
                && !isQuestionHeadline(t, overCredits: { overCredits(i) }) && !isStandfirstOverCredits(t, overCredits: { overCredits(i) })
                && !isHeadlineOverDeck(t, next: nonBlank.first(where: { $0 > i }).map { lines[$0].text }))
        }
        let wholePreamble = Array(nonBlank.prefix { bodyStart == nil || $0 < bodyStart! }.prefix(40))

        // The headline: a line repeated in the preamble, else the first with five words or more.
        let repeated = repeatedHeadline(wholePreamble, lines)
        // An obituary's name over its life span is its headline, whatever the menu above repeats.
        var titleAt = obituaryName(Array(wholePreamble.prefix(12)), lines, lifeSpans: lifeSpans) ?? repeated?.at
        // A wire site's page can hold two dozen lines of menus and teasers between the page title and the
        // article's own headline: the preamble then runs to that second copy.
        // A menu pasted one item a line ("News" / "Sport" / "Weather") takes no place among those ten lines.
        let window = repeated.map { $0.lastCopy >= 10 ? $0.lastCopy + 11 : 10 } ?? 10
        var counted = 0
        let candidates = Array(wholePreamble.prefix { i in
            guard counted < window else { return false }
            if !isMenuItem(lines[i].text) { counted += 1 }
            return true
        })
        // The line right above the byline or the date line (or above the standfirst over them) is the
        // headline, not the site's tagline under its name ("News from the northern valleys").
        if titleAt == nil { titleAt = wikiTitle(candidates, lines, removed) ?? candidates.first { isCaseName(lines[$0].text) } }
        if titleAt == nil { titleAt = headlineOverByline(candidates, lines: lines, input: input, removed: removed, cleanedAway: cleanedAway) }
        if titleAt == nil {
            // A line ending with a full stop is a sentence of the page ("Get all your news in one place."),
            // and a list of names the reporters, not a headline.
            // A numbered item ("1. Thank you for joining us", a live page's latest post) heads a list, not the page.
            let headlines = candidates.filter { !isNumberedItem(lines[$0].text) }
            titleAt = headlines.first {
                SourceLine.words(lines[$0].text) >= 5 && !LineShape.isAllCaps(lines[$0].text)
                    && !lines[$0].text.hasSuffix(".") && !isCreditedCaption(lines[$0].text) && !isNameList(lines[$0].text) && !looksLikeSiteName(lines[$0].text) && !isInstitutionName(lines[$0].text) && !isTaglineOverMenu($0, lines, menus: menus)
            }
                ?? headlines.first { SourceLine.words(lines[$0].text) >= 5 && !LineShape.isAllCaps(lines[$0].text) }
                ?? longestShortHeadline(headlines, lines)
        }
        // "Transcript: Drought-hit farmers wait on relief package": a programme page labels its headline (the
        // label stays, as a kicker does: "VIDEO: …"); the programme's name above it is no headline.
        if repeated == nil, let c = candidates.first(where: { labelledHeadline(lines[$0].text) != nil }) { titleAt = c }
        // "Home World Europe Storm floods the valley towns" over "Storm floods the valley towns": a breadcrumb
        // trail pasted on one line with the headline it leads to; the headline is the line it ends with.
        if let t = titleAt, let n = candidates.first(where: { $0 > t && !lines[$0].isBlank }), breadcrumbOver(lines[t].text, lines[n].text) {
            drop(t, "breadcrumb trail over the headline")
            titleAt = n
        } else if let t = titleAt, let n = candidates.first(where: { $0 > t && !lines[$0].isBlank }), chromeAround(lines[t].text, lines[n].text) {
            drop(t, "page chrome around the headline")
            titleAt = n
        }
        // Without any running prose there is no telling a headline from the text: infer nothing.
        if bodyStart == nil { titleAt = nil }
        // "theresa may resignation brexit": a line without a capital is a picture's alt text or the page's slug.
        // (A print headline broken over two lines carries on in lower case under its first line.)
        if let t = titleAt, t == 0 || lines[t - 1].isBlank, !lines[t].text.unicodeScalars.contains(where: { $0.properties.isUppercase }) {
            drop(t, "picture's alt text or page slug")
            titleAt = nil
        }
        if let t = titleAt {
            title = WireChain.withoutSlug(withoutBullet(mailSubject(lines[t].text)))
            // "…PIER REPAIRSMarch 3, 2026 09:15": the page's date glued to a headline in capitals (GluedTitleDate).
            if let t0 = title, let g = splitGluedDate(t0) { title = g.headline; date = date ?? g.date }
            // A headline set in capitals over two lines (a press release's, a PDF's) is one headline.
            if LineShape.isAllCaps(lines[t].text), let n = candidates.first(where: { $0 > t }),
               lines[n].number == lines[t].number + 1, LineShape.isAllCaps(lines[n].text), !LineShape.endsLikeSentence(lines[t].text) {
                title = lines[t].text + " " + lines[n].text
                drop(n, "headline (second line)")
            }
            // A headline a print page broke over two lines in sentence case: "Town runs dry as" / "dam hits …".
            if let p = candidates.last(where: { $0 < t }), !lines[p].isBlank, lines[p].number == lines[t].number - 1,
               isBrokenHeadline(lines[p].text, lines[t].text) {
                title = lines[p].text + " " + (title ?? "")
                drop(p, "headline (first line)")
            } else if let n = candidates.first(where: { $0 > t }), !lines[n].isBlank, lines[n].number == lines[t].number + 1,
                      isBrokenHeadline(lines[t].text, lines[n].text) {
                title = (title ?? "") + " " + lines[n].text
                drop(n, "headline (second line)")
            }
            // A headline found only as the longest of a few short lines may be an icon's label ("Arrow-right
            // Camera"); the lines around it then prove nothing either.
            let headlineIsSure = repeated != nil || SourceLine.words(lines[t].text, cap: 5) >= 5
            let key = LineShape.key(lines[t].text)
            for i in nonBlank where i != t && !lines[i].isBlank && sameHeadline(LineShape.key(lines[i].text), key) {
                // Its copy in the page title may name the site after a bar ("… | Reuters News Agency").
                if let site = siteSuffix(lines[i].text)?.site, siteSuffix(lines[t].text) == nil { outlet = outlet ?? site }
                drop(i, "repeated headline")
            }
            for i in candidates where i < t && bodyStart != nil && !lines[i].isBlank {
                // "Tom Aske (now) and Freya Lund (earlier)" above a live blog's headline: its reporters.
                if byline == nil, isNameList(lines[i].text) {
                    byline = lines[i].text
                    drop(i, "byline")
                    continue
                }
                if looksLikeSiteName(lines[i].text) || overEditionLabel(i, input) || isInstitutionName(lines[i].text) || overSectionMenu(i, input, menus: menus),
                   !standsInMenu(i, input), !underMastheadMenu(i, input, menus: menus, labels: capsLabels) {
                    pickSiteName(lines[i].text, overHeadline: candidates.last(where: { $0 < t }) == i, &siteName, provider: &providerOverPortal)
                }
                drop(i, LineShape.isAllCaps(lines[i].text) ? "section label" : "site name or label above the headline")
            }
            drop(t, "headline (shown as the title)")
            // "… a week of stormsPhoto courtesy of the ferry line": a picture's credit glued to the headline.
            if let title0 = title, let cut = gluedPhotoCredit.firstMatch(title0), cut.start > 0 {
                title = ScalarText.slice(title0, 0, cut.start)
            }
            // "… said goodbye to this year – Sky News": the site after the headline goes to the outlet.
            if let title0 = title, let split = siteSuffix(title0) {
                title = split.headline
                outlet = outlet ?? split.site
            }
            // A bare date under the headline is the story's; one above it, over the masthead, is the day
            // the page was printed or seen.
            if let from = dateFrom, from < t, let under = bareDates.first(where: { $0.0 > t && (bodyStart == nil || $0.0 < bodyStart!) }) {
                date = under.1
            }
            var keptPostHeading: Int? = nil
            for i in candidates where i > t && !lines[i].isBlank && bodyStart != nil {
                if byline == nil, let org = creditLine(lines[i].text) {
                    byline = lines[i].text
                    outlet = outlet ?? org
                    drop(i, "byline")
                    continue
                }
                if let agency = canonicalAgency(lines[i].text) {
                    outlet = outlet ?? agency
                    // "Jane Roe" / "Australian Associated Press": the reporter's name over the agency.
                    if byline == nil, let prev = candidates.last(where: { $0 < i && $0 > t }), let last = removed.last,
                       last.line == lines[prev].number, isPersonName(last.text), !hasHonorific(last.text) {
                        byline = last.text
                        removed[removed.count - 1].reason = "byline"
                    }
                    drop(i, "agency credit")
                    continue
                }
                if byline == nil, isNameList(lines[i].text) {
                    // "Tom Aske and Freya Lund" under a live blog's headline: its reporters.
                    byline = lines[i].text
                    drop(i, "byline")
                    continue
                }
                if byline == nil, let name = personCredit(lines[i].text) {
                    byline = name
                    drop(i, "byline")
                    continue
                }
                if isJobTitle(lines[i].text) || isReportingPlace(lines[i].text) {
                    // "Gary Platt, Chief Football Writer": the name and its title on one line, as "By …" would be.
                    let text = lines[i].text
                    if byline == nil, let comma = text.firstIndex(of: ","), isPersonName(String(text[..<comma])) {
                        byline = String(text[..<comma])
                        drop(i, "byline")
                        continue
                    }
                    // "Seoul correspondent" under a bare name line: the name above is the byline.
                    if byline == nil, let prev = candidates.last(where: { $0 < i && $0 > t }),
                        let last = removed.last, last.line == lines[prev].number, isPersonName(last.text)
                    {
                        byline = last.text
                        removed[removed.count - 1].reason = "byline"
                    }
                    drop(i, isReportingPlace(text) ? "byline (place)" : "byline (job title)")
                    continue
                }
                // A bare name right above the first paragraph is the reporter's, as regional papers print it.
                if byline == nil, headlineIsSure, isPersonName(lines[i].text), namedWords(lines[i].text) <= 3, !hasHonorific(lines[i].text),
                   !LineShape.endsLikeSentence(lines[i].text), !looksLikeSiteName(lines[i].text),
                   nonBlank.first(where: { $0 > i && !lines[$0].isBlank }) == bodyStart || postedOn(after: i, lines) || overPlaceLine(i, lines, bodyStart)
                {
                    byline = lines[i].text
                    drop(i, "byline")
                    continue
                }
                // "Premier League: Brentford 3 West Ham 2" over a round-up's first report is its sub-heading.
                if Cleaner.isScoreHeading(lines[i].text) { continue }
                // "Here is where things stand this afternoon:" right above the story introduces it.
                if let b = bodyStart, introducesBody(lines[i].text), nonBlank.first(where: { $0 > i && !lines[$0].isBlank }) == b {
                    continue
                }
                // "Time of India4 days ago": the source and its age.
                if let source = sourceAndAge(lines[i].text) {
                    outlet = outlet ?? source
                    drop(i, "source and time")
                    continue
                }
                // "Crossline" alone over a lead that opens "HAVNBY, Aldren (Crossline) —": the wire signs its copy
                // twice, and the dateline vouches for a name no list of agencies knows.
                if outlet == nil, let b = bodyStart, lines[i].text.first?.isUppercase == true, SourceLine.words(lines[i].text, cap: 4) <= 3,
                   !lines[i].text.contains("("), String(lines[b].text.prefix(120)).contains("(\(lines[i].text))") {
                    outlet = lines[i].text
                    drop(i, "outlet (named by the dateline)")
                    continue
                }
                // "Staff Writer" / "The Sault News": the paper under its writer's credit.
                if outlet == nil, isOutletName(lines[i].text), let last = removed.last, last.reason.hasPrefix("byline") {
                    outlet = lines[i].text
                    drop(i, "outlet (under the byline)")
                    continue
                }
                // "theharbourgazette.example" right under the headline: a reader app names the story's site.
                if outlet == nil, candidates.first(where: { $0 > t }) == i, isDomain(lines[i].text) {
                    outlet = lines[i].text
                    drop(i, "outlet (under the headline)")
                    continue
                }
                // "Yahoo Sports" alone between the headline and the story: the site signs the page. (Under a
                // reporter's name, "Legislature Bureau" is the reporter's desk.)
                if outlet == nil, candidates.first(where: { $0 > t }) == i, isOutletName(lines[i].text), !isPersonName(lines[i].text) || looksLikeSiteName(lines[i].text),
                   SourceLine.words(lines[i].text, cap: 5) <= 4, nonBlank.first(where: { $0 > i && !lines[$0].isBlank }) == bodyStart {
                    outlet = lines[i].text
                    drop(i, "outlet (under the headline)")
                    continue
                }
                // "14:52 GMT" / "Lava reaches road into town" / the post: a live page's first post keeps its
                // heading (and its author's name under it), as every later post does.
                if let b = bodyStart, postHeading(i, lines: lines, input: input, bodyStart: b, cleanedAway: cleanedAway, postTimes: postTimes, kept: keptPostHeading) {
                    keptPostHeading = i
                    continue
                }
                drop(i, "caption or label between headline and story")
            }
        }

        // "Bengaluru:" alone over a paragraph: the lead's dateline, set apart by the page.
        for i in nonBlank where !lines[i].isBlank && isPlaceAlone(lines[i].text) {
            if let n = nonBlank.first(where: { $0 > i && !lines[$0].isBlank }), LineShape.isProse(lines[n].text) { drop(i, "dateline (gives place)") }
        }

        if let b = bodyStart {
            byline = dropBodyCredits(&lines, removed: &removed, nonBlank: nonBlank, bodyStart: b, titleAt: titleAt, byline: byline)
            // "Vanguard News Nigeria" under the last paragraph: the site signing off.
            if let last = nonBlank.last(where: { !lines[$0].isBlank }), last > b, isOutletName(lines[last].text),
               SourceLine.words(lines[last].text, cap: 5) >= 2, !LineShape.endsLikeSentence(lines[last].text),
               let above = nonBlank.last(where: { $0 < last && !lines[$0].isBlank }), LineShape.isProse(lines[above].text) {
                outlet = outlet ?? lines[last].text
                drop(last, "site name closing the page")
            } else if let last = nonBlank.last(where: { !lines[$0].isBlank }), last > b, isGenericLabel(lines[last].text),
                      SourceLine.words(lines[last].text, cap: 7) <= 6 {
                // "News Latest News Feed" closing the page: links to sections.
                drop(last, "site navigation")
            }
        }


        // An agency dateline opening the first paragraph ("Seoul (AFP) -") names the outlet and the date.
        if let b = bodyStart, !lines[b].isBlank, let d = dateline(String(lines[b].text.prefix(90)), prefixOnly: true) {
            outlet = outlet ?? d.agency
            date = date ?? d.date
            datelineDay = datelineDay ?? d.day
        }
        if let b = bodyStart, !lines[b].isBlank, lines[b].text.hasPrefix("("), let m = leadingAgency.firstMatch(String(lines[b].text.prefix(60))),
           let a = m.groups[1].flatMap({ canonicalAgency($0) }) {
            outlet = outlet ?? a
        }
        if let b = bodyStart, !lines[b].isBlank, let r = releaseWireCredit(lines[b].text) {
            date = date ?? r.date
            outlet = outlet ?? r.wire
        }
        return Result(title: title, outlet: outlet ?? siteName, byline: byline, date: date, lines: lines, removed: removed,
                      outletIsLabel: outlet == nil && siteName != nil && !providerOverPortal, datelineDay: datelineDay)
    }
}
