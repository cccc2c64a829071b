import Foundation

/// A letter pasted from a mail client: a company's notice to its customers, a council's letter to residents,
/// a chief inspector's foreword. Around the text stand the salutation ("Dear Sarah,"), the sign-off ("Yours
/// sincerely," / the signer / the signer's post) and, in the mail header, the sender's name.
///
/// The salutation names the reader, never the writer, and the sign-off is no paragraph of the text; the signer
/// is who wrote it, which is what a byline says.
extension Cleaner {
    static let salutation = LinePattern(#"^dear\s+[^.?!:;,]{1,40},$"#)
    static let letterClosing = LinePattern(#"^(yours (sincerely|faithfully|truly|ever)|sincerely( yours)?|(with )?(kind|kindest|best|warm|warmest) (regards|wishes)|regards)\s*,?$"#)

    static let salutationReason = "letter's salutation"
    static let signOffReason = "letter's sign-off"
    static let signerReason = "letter's sign-off (signer)"

    /// "Dear Sarah," / "Dear Mr Pemberton," / "Dear customer," over the first paragraph of the text, near the
    /// top of the page: in a story quoting a letter further down it stays.
    static func dropSalutation(_ lines: inout [SourceLine], _ removed: inout [RemovedLine]) {
        let kept = lines.indices.filter { !lines[$0].isBlank }
        for (n, i) in kept.prefix(15).enumerated() {
            let t = lines[i].text
            guard SourceLine.words(t, cap: 7) <= 6, salutation.matches(LineShape.key(t)) else { continue }
            guard n + 1 < kept.count, LineShape.isProse(lines[kept[n + 1]].text) else { return }
            removed.append(RemovedLine(text: t, reason: salutationReason, line: lines[i].number))
            lines[i].text = ""
            return
        }
    }

    /// "Yours sincerely," under the last paragraph, then the signer's name and post ("Harriet Kemble" / "Chief
    /// Executive, Medlark"): short lines that are no sentences, at most four. Only once most of the text is
    /// above it (a letter quoted early in a story, then discussed, keeps its sign-off).
    static func dropLetterSignOff(_ lines: inout [SourceLine], _ removed: inout [RemovedLine]) {
        guard let at = lines.indices.last(where: {
            !lines[$0].isBlank && SourceLine.words(lines[$0].text, cap: 5) <= 4 && letterClosing.matches(LineShape.key(lines[$0].text))
        }) else { return }
        let total = lines.reduce(0) { $0 + $1.wordCount }
        let before = lines[..<at].reduce(0) { $0 + $1.wordCount }
        guard before >= 80, before * 10 >= total * 6 else { return }
        let after = lines.indices[(at + 1)...].filter { !lines[$0].isBlank }.prefix(4)
        // The signer's name comes first: capitalised words, no sentence.
        guard let first = after.first, isSignerName(lines[first].text) else { return }
        removed.append(RemovedLine(text: lines[at].text, reason: signOffReason, line: lines[at].number))
        lines[at].text = ""
        for (n, i) in after.enumerated() {
            let t = lines[i].text
            guard SourceLine.words(t, cap: 11) <= 10, !LineShape.endsLikeSentence(t) else { break }
            removed.append(RemovedLine(text: t, reason: n == 0 ? signerReason : signOffReason, line: lines[i].number))
            lines[i].text = ""
        }
    }

    /// "Harriet Kemble", "Dr Imogen Lasseter", "J. Roe": two to four words, each capitalised (initials allowed).
    static func isSignerName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), !LineShape.endsLikeSentence(text), !text.contains(",") else { return false }
        return words.allSatisfy { w in
            w.first?.isUppercase == true && w.dropFirst().allSatisfy { $0.isLetter || "'’-.".contains($0) }
        } && !LineShape.isAllCaps(text)
    }

    /// The signer a letter's sign-off named, for the byline when the page gives no other.
    static func letterSigner(_ removed: [RemovedLine]) -> String? {
        removed.first { $0.reason == signerReason }?.text
    }
}

extension MetadataInference {
    static let mailSender = LinePattern(#"^from\s*:\s*"?([^"<@]{2,60}?)"?\s*<[^>]*@[^>]*>\s*$"#, caseInsensitive: true)

    /// "From: Medlark <care@mail.medlark.co.uk>" heading a pasted e-mail: the sender that is a company, a council
    /// or a newsletter names the text's outlet. A person's name there is the one who forwarded it, and a header
    /// further down (under a forwarder's note) is a source's, not the page's.
    static func outletFromMailSender(_ removed: [RemovedLine]) -> String? {
        for r in removed where r.reason == "e-mail header" && r.line <= 3 {
            guard let m = mailSender.firstMatch(r.text, whole: true), let name = m.groups[1]?.trimmingCharacters(in: .whitespaces),
                  !name.isEmpty, !isSenderPerson(name) else { continue }
            return name
        }
        return nil
    }

    /// "Jane Roe", "Harriet Kemble": two or three words, the first a given name the lists know.
    static func isSenderPerson(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...3).contains(words.count), let first = words.first else { return false }
        return NameLexicon.shared.isGivenName(NameLexicon.key(TextNormalizer.forMatching(String(first))))
    }
}
