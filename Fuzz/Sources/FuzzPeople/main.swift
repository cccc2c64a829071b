import FuzzCommon
import Foundation
import ParallaxCore

/// Person recognition, aliases and mention contexts over a story of up to four articles.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPeople(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let story = FuzzInput.story(UnsafeRawBufferPointer(start: start, count: count))
    let index = PeopleIndex.build(story: story)
    _ = try! JSONOutput.encode(index)
    for p in index.people.prefix(3) { _ = index.person(matching: p.name) }
    return 0
}

@_cdecl("FuzzPeople_main")
public func fuzzPeopleMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { fuzzPeople($0, $1) }
}
