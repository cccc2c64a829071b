/// A paragraph that is mostly someone's quoted words, and what may link it.
///
/// Such a paragraph reports an utterance. Another outlet reports the same utterance by quoting the same words
/// (`ParagraphLinker.sharesQuotation`, which links whatever the score) or by telling it in its own words, and then
/// it names the speaker ("Bell said the site had held the recording for nine days" against Bell's own "We held
/// it for nine days"). A middling match that has neither, only common words ("panel", "will", "said", "night"),
/// is mostly a different remark or a different fact told near the same topic: a speaker's quote against the
/// writer's comment on the same press conference, or two speakers' quotes on one subject. On the 19 gold stories
/// and the seeds the filter dropped 24 such links, all false (docs/alignment.md, links34).
enum QuotedParagraphs {
    /// Share of a paragraph's content words (those with a stem id) inside quotation marks.
    static func quotedShare(_ words: [AnalyzedWord], _ ids: [UInt32?]) -> Float {
        var content = 0, quoted = 0
        for (k, w) in words.enumerated() where ids[k] != nil {
            content += 1
            if w.isQuoted { quoted += 1 }
        }
        return content == 0 ? 0 : Float(quoted) / Float(content)
    }

    /// Sorted distinct stem ids of the paragraph's names: capitalised words that are not figures, mid-sentence or
    /// known as a name from elsewhere in the story (the words the similarity boosts as names); and whether one of
    /// them stands outside quotation marks (the paragraph names a speaker, or someone it reports on).
    static func names(_ words: [AnalyzedWord], _ ids: [UInt32?], storyNames: Set<String>) -> (ids: [UInt32], outsideQuotes: Bool) {
        var out: [UInt32] = []
        var outside = false
        for (k, w) in words.enumerated() {
            guard let id = ids[k], w.isCapitalized, !w.isNumber else { continue }
            if !w.isSentenceInitial || storyNames.contains(w.norm) {
                out.append(id)
                if !w.isQuoted { outside = true }
            }
        }
        guard out.count > 1 else { return (out, outside) }
        out.sort()
        var unique: [UInt32] = [out[0]]
        for id in out.dropFirst() where id != unique[unique.count - 1] { unique.append(id) }
        return (unique, outside)
    }

    /// Whether a pair of paragraphs, one of them at least `share` quoted words with a name outside its quotation
    /// marks (its speaker, mostly), shares no name at all: then nothing ties the quotation to the other paragraph but
    /// common words. A quotation that names no one outside its marks ("…," she said; a quote continued from the
    /// paragraph before) says nothing of who spoke, so the test does not apply. 0 turns it off.
    static func quotationWithoutSpeaker(_ a: ParagraphFeatures, _ b: ParagraphFeatures, share: Double) -> Bool {
        guard share > 0 else { return false }
        func namedQuotation(_ f: ParagraphFeatures) -> Bool { Double(f.quotedShare) >= share && f.namesOutsideQuotes }
        guard namedQuotation(a) || namedQuotation(b) else { return false }
        var i = 0, j = 0
        let x = a.names, y = b.names
        while i < x.count && j < y.count {
            if x[i] == y[j] { return false } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return true
    }
}
