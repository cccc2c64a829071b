import FuzzCommon
import Foundation
import ParallaxCore

/// Sentence splitting, tokens, matching folds, word diff and the terminal sanitizer on arbitrary text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegment(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let n = text.unicodeScalars.count

    var last = 0
    for s in SentenceSplitter.split(text) {
        precondition(0 <= s.start && s.start <= s.end && s.end <= n && s.start >= last, "sentence bounds")
        last = s.end
    }
    var prev = 0
    for t in Tokenizer.tokens(text) {
        precondition(0 <= t.start && t.start < t.end && t.end <= n && t.start >= prev, "token bounds")
        precondition(ScalarText.slice(text, t.start, t.end) == t.text, "token text")
        prev = t.end
    }
    precondition(TextNormalizer.forMatching(text).unicodeScalars.count == n, "fold changed length")

    // Word diff compares two paragraphs, which ingestion caps at a few thousand characters.
    let scalars = Array(text.unicodeScalars.prefix(6000))
    let half = scalars.count / 2
    _ = WordDiff.changes(String(String.UnicodeScalarView(scalars[..<half])), String(String.UnicodeScalarView(scalars[half...])))

    for multiline in [true, false] {
        let safe = TerminalSafeText.sanitize(text, multiline: multiline)
        FuzzInput.checkTerminalSafe(safe)
        precondition(TerminalSafeText.sanitize(safe, multiline: multiline) == safe, "sanitize not idempotent")
    }
    _ = DisplayWidth.of(text)
    return 0
}

@_cdecl("FuzzSegment_main")
public func fuzzSegmentMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { fuzzSegment($0, $1) }
}
