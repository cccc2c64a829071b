import FuzzCommon
import Foundation
import ParallaxCore

/// Quote scanning, attribution and grouping over a story of up to four articles (cut at 0xFF bytes).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuotes(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let story = FuzzInput.story(UnsafeRawBufferPointer(start: start, count: count))
    let ledger = QuoteLedger.build(story: story)
    for g in ledger.quotes {
        for q in g.instances {
            guard let a = story.article(id: q.article) else { preconditionFailure("quote in unknown article") }
            guard let p = a.paragraphs.first(where: { $0.index == q.paragraph }) else { preconditionFailure("quote in unknown paragraph") }
            precondition(0 <= q.start && q.start <= q.end && q.end <= p.text.unicodeScalars.count, "quote bounds")
        }
    }
    return 0
}

@_cdecl("FuzzQuotes_main")
public func fuzzQuotesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { fuzzQuotes($0, $1) }
}
