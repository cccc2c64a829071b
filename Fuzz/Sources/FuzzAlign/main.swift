import FuzzCommon
import Foundation
import ParallaxCore

/// Paragraph alignment and detail extraction over a story of up to four articles.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAlign(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let story = FuzzInput.story(UnsafeRawBufferPointer(start: start, count: count))
    let aligner = StoryAligner(articles: story.articles)
    _ = aligner.groups()
    if story.articles.count >= 2 { _ = aligner.pair(0, 1) }
    _ = DetailLedger.build(story: story)
    return 0
}

@_cdecl("FuzzAlign_main")
public func fuzzAlignMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { fuzzAlign($0, $1) }
}
