import FuzzCommon
import Foundation
import ParallaxCore

/// Decoding, header parsing, cleaning, metadata, paragraphs; then every way an article is shown.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIngest(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    guard let a = FuzzInput.article(bytes) else { return 0 }
    for width in [nil, 12, 80] as [Int?] {
        FuzzInput.checkTerminalSafe(ArticlePrinter.render(a, width: width, showRemoved: true))
    }
    let json = try! JSONOutput.encode(a)
    precondition(!json.utf8.contains(0x1B), "raw ESC in JSON")
    _ = try! JSONSerialization.jsonObject(with: Data(json.utf8))
    return 0
}

@_cdecl("FuzzIngest_main")
public func fuzzIngestMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { fuzzIngest($0, $1) }
}
