import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one article file into a cleaned `Article`: decode, header, clean, infer metadata, paragraphs,
/// sentences. Each stage lives in its own type; this one only orders them and merges what they found.
public enum ArticleLoader {
    /// Like `TextDecoder.maxBytes`: far above any real page (a long web paste has a few hundred lines; the
    /// hostile corpus has 20,000 paragraphs, 40,000 lines), low enough that a huge log file named `.txt` is
    /// refused at once instead of cleaned line by line (every stage is linear, but a million lines is
    /// still a long wait and a lot of memory for something that is not an article).
    public static let maxLines = 200_000

    /// Several files at once, on all cores; results in the order of `paths`.
    public static func load(paths: [String]) -> [Result<Article, LoadError>] { LibraryLoader.loadFiles(paths) }

    public static func load(path: String) throws(LoadError) -> Article {
        try FileCheck.requireRegularFile(path)
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw LoadError(path: path, message: "cannot read file (\(FileCheck.reason(error)))")
        }
        let decoded: TextDecoder.Decoded
        do { decoded = try TextDecoder.decode(data) } catch {
            throw LoadError(path: path, message: error.description)
        }
        let lineCount = decoded.text.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
        guard lineCount <= maxLines else {
            throw LoadError(path: path, message: "too many lines for an article (\(lineCount); limit \(maxLines))")
        }
        var article = parse(text: decoded.text, id: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, path: path)
        article.warnings.insert(contentsOf: decoded.warnings, at: 0)
        if data.isEmpty { article.warnings = ["empty file"] }
        return article
    }

    public static func parse(text raw: String, id: String, path: String) -> Article {
        var lines = SourceLine.split(TextNormalizer.canonicalizeFile(raw))
        var removed: [RemovedLine] = []
        var warnings: [String] = []

        var header = ArticleHeader()
        if let h = HeaderParser.parse(lines) {
            header = h.header
            let taken = Set(h.lines)
            for i in lines.indices where taken.contains(lines[i].number) {
                if !lines[i].isBlank { removed.append(RemovedLine(text: lines[i].text, reason: "header", line: lines[i].number)) }
                lines[i].text = ""
            }
        }

        SourceLine.stripMarkdownHeadings(&lines)
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        MarkdownMarkup.strip(&lines, markdown: ext == "md" || ext == "markdown")
        DropCaps.join(&lines)
        let pageFurniture = PageFurniture.strip(&lines)
        BrokenLines.join(&lines)
        var cleaned = Cleaner.clean(lines)
        cleaned.removed += pageFurniture
        let meta = MetadataInference.infer(cleaned.lines, cleanedAway: Set(cleaned.removed.map(\.line)),
                                           postTimes: Set(cleaned.removed.lazy.filter { LivePostTime.matches($0.text) }.map(\.line)),
                                           lifeSpans: Set(lines.lazy.filter { SiteFooterRules.isLifeSpan($0.text) }.map(\.number)),
                                           menus: Dictionary(cleaned.removed.lazy.filter { $0.reason == "navigation menu" }.map { ($0.line, $0.text) },
                                                             uniquingKeysWith: { a, _ in a }),
                                           capsLabels: Dictionary(cleaned.removed.lazy.filter { $0.reason == "section label" }.map { ($0.line, $0.text) },
                                                                  uniquingKeysWith: { a, _ in a }))
        cleaned.lines = meta.lines
        cleaned.removed += meta.removed
        Cleaner.dropTrailingHeadlines(&cleaned)
        Cleaner.dropTeaserRuns(&cleaned)
        Cleaner.dropWriterNote(&cleaned, byline: header.byline ?? meta.byline)
        Cleaner.dropBylineBox(&cleaned, byline: header.byline ?? meta.byline)
        Cleaner.dropSignOffName(&cleaned)
        Cleaner.dropWriterBox(&cleaned)
        Cleaner.dropPullQuotes(&cleaned)
        removed += cleaned.removed
        removed.sort { $0.line < $1.line }

        // A wire dateline gives the day, the copyright line the year ("STOCKHOLM, Oct 7" … "(c) 2025 Nordwire").
        var date = meta.date ?? meta.datelineDay.flatMap { d in
            MetadataInference.copyrightYear(cleaned.removed).flatMap { DateParser.iso(year: $0, month: d.month, day: d.day) }
        }
        // "Published in Dawn, September 22nd, 2014" under the story: the print edition's day.
        date = date ?? removed.first { $0.reason == "print-edition note" }.flatMap { DateParser.parse($0.text) }
        // "Source: Eastwind | 2026-11-29 18:02:45 | Editor: …" over the story: the agency's page dates its copy there.
        if date == nil, let top = cleaned.lines.first(where: { !$0.isBlank })?.number {
            date = removed.first { $0.reason == "source credit" && $0.line < top }.flatMap { DateParser.find(in: $0.text)?.iso }
        }
        if let d = header.date {
            if let iso = DateParser.parse(d) { date = iso } else { warnings.append("header date “\(d)” not understood; expected e.g. 2025-11-03 or 3 November 2025") }
        }
        let metadataLines = Set(meta.removed.lazy.filter {
            $0.reason.hasPrefix("byline") || $0.reason.hasPrefix("publication date") || $0.reason.hasPrefix("dateline")
        }.map(\.line))
        let paragraphs = ParagraphBuilder.build(cleaned.lines, boundaries: metadataLines)
        if paragraphs.isEmpty { warnings.append("no article text found") }
        // Parts of one over-long paragraph share its source lines (see ParagraphBuilder.splitLong).
        let parts = zip(paragraphs, paragraphs.dropFirst()).filter { $0.sourceLines == $1.sourceLines }.count
        if parts > 0 {
            warnings.append("over-long paragraphs cut into \(parts) extra part\(parts == 1 ? "" : "s") of at most \(ParagraphBuilder.maxParagraphScalars) characters")
        }
        // A label above the headline ("Europe live") yields to the copyright owner when the page shows that
        // owner as its brand too (first word of the navigation bar: "NEWSDESK24   World   Europe").
        var outlet = header.outlet ?? meta.outlet
        if header.outlet == nil, meta.outletIsLabel, let owner = MetadataInference.outletFromCopyright(removed),
            MetadataInference.brandShown(owner, in: removed)
        {
            outlet = owner
        }
        // "This article appears in the December issue of Westcountry Life": the magazine, over a label in capitals
        // above the headline ("THE LONG READ").
        if header.outlet == nil, meta.outletIsLabel || meta.outlet.map(LineShape.isAllCaps) ?? true,
           let magazine = MetadataInference.outletFromIssueNote(removed) { outlet = magazine }
        // "By Ledger Web Desk" under the masthead "THE INDIAN LEDGER": the site's own desk, which the masthead names.
        if header.outlet == nil, let o = outlet, let b = meta.byline, MetadataInference.isOwnDesk(b, outlet: o),
           let m = MetadataInference.outletFromMasthead(removed), MetadataInference.sharesFirstWord(m, o) {
            outlet = m
        }
        // "FlightDeck Brief" over the menu, "© 2026 FlightDeck Media Ltd" at the foot: the masthead that runs on the
        // copyright owner's name is the brand in full, the owner's the company behind it.
        let owner = MetadataInference.outletFromCopyright(removed, writer: header.byline ?? meta.byline).map { o in
            MetadataInference.outletFromMasthead(removed).flatMap { $0.lowercased().hasPrefix(o.lowercased() + " ") ? $0 : nil } ?? o
        }
        outlet = outlet ?? MetadataInference.outletFromPrintHeader(removed) ?? MetadataInference.outletFromMailSender(removed)
            ?? owner ?? MetadataInference.outletFromSourceNote(removed)
            ?? MetadataInference.outletFromSubscription(removed)
            ?? MetadataInference.outletFromMasthead(removed)
            ?? MetadataInference.outletFromMenu(removed)
        return Article(
            id: id, path: path,
            outlet: outlet ?? header.url.flatMap(host),
            title: header.title ?? MetadataInference.newsletterTitle(meta.title, paragraphs: paragraphs, removed: removed),
            byline: header.byline ?? meta.byline ?? Cleaner.letterSigner(removed),
            date: date, url: header.url,
            paragraphs: paragraphs, removed: removed, warnings: warnings)
    }

    /// "https://www.example.com/world/x" → "example.com", an outlet name of last resort.
    static func host(_ url: String) -> String? {
        guard let h = URL(string: url)?.host, !h.isEmpty else { return nil }
        return h.hasPrefix("www.") ? String(h.dropFirst(4)) : h
    }
}

/// Checks a path before reading it, so the user learns *why* a file cannot be read, and so a FIFO or a
/// device is never opened (reading one would block forever).
enum FileCheck {
    static func requireRegularFile(_ path: String) throws(LoadError) {
        var st = stat()
        guard stat(path, &st) == 0 else {
            let err = errno
            var lst = stat()
            if err == ELOOP { throw LoadError(path: path, message: "symbolic link loop") }
            if err == ENOENT, lstat(path, &lst) == 0 { throw LoadError(path: path, message: "broken symbolic link") }
            throw LoadError(path: path, message: err == ENOENT ? "no such file" : String(cString: strerror(err)).lowercased())
        }
        let kind = st.st_mode & S_IFMT
        if kind == S_IFDIR { throw LoadError(path: path, message: "is a folder, not an article file") }
        guard kind == S_IFREG else { throw LoadError(path: path, message: "not a regular file") }
        if Int(st.st_size) > TextDecoder.maxBytes {
            throw LoadError(path: path, message: TextDecoder.Failure.tooLarge(bytes: Int(st.st_size)).description)
        }
        guard access(path, R_OK) == 0 else { throw LoadError(path: path, message: "permission denied") }
    }

    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }
}
