import Foundation
import Testing
@testable import ParallaxCore

/// `JSONWriter` must write byte for byte what Foundation's `JSONEncoder` (plus the invisible-character
/// escaping) writes: the `--json` contract is defined by that format, and the writer only makes it faster.
@Suite struct JSONWriterTests {
    func expectSame<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for pretty in [true, false] {
            let ours = try JSONOutput.encode(value, pretty: pretty)
            let reference = try JSONOutput.encodeWithFoundation(value, pretty: pretty)
            #expect(ours == reference, sourceLocation: sourceLocation)
        }
    }

    struct Shapes: Encodable {
        var number = 1.0
        var fraction = 0.333
        var big = 1e21
        var tiny = 1e-7
        var negativeZero = -0.0
        var float: Float = 0.1
        var integer = -42
        var widths: [String: Int64] = ["i64": -9_000_000_000]
        var unsigned: [UInt32] = [0, 4_000_000_000]
        var small: [Int8] = [-128, 127]
        var url = URL(fileURLWithPath: "/tmp/a b.txt")
        var flag = true
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var nested: [[Int]] = [[], [1, 2]]
        var absent: String? = nil
        var keys = ["a10": 1, "a9": 2, "B": 3, "a": 4, "_x": 5, "é": 6, "a b": 7, "Z1": 8]
        var text = "q\"b\\s/n\nt\tr\r\u{8}\u{c}\u{1}\u{1B}[31m\u{7F}\u{9B}\u{202E}\u{2028}\u{E0001}é漢😀"
    }

    struct ExplicitNull: Encodable {
        var value: Int?
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(value, forKey: .value)
        }
        enum CodingKeys: String, CodingKey { case value }
    }

    @Test func edgeShapesMatchFoundation() throws {
        try expectSame(Shapes())
        try expectSame(ExplicitNull(value: nil))
        try expectSame([ExplicitNull(value: 3)])
        try expectSame([String: [Int]]())
        try expectSame(Optional<Int>.none)
        try expectSame("top-level string")
        try expectSame([1.5, 2, 1e100])
    }

    @Test func nonFiniteNumbersAreAnError() {
        #expect(throws: EncodingError.self) { try JSONOutput.encode([Double.nan]) }
    }

    @Test func demoModelOutputsMatchFoundation() throws {
        let library = try LibraryLoader.load(path: DemoLibraryTests.articlesPath)
        try expectSame(PeopleIndex.build(library: library))
        for story in library.stories {
            try expectSame(story.articles)
            let aligner = StoryAligner(articles: story.articles)
            try expectSame(aligner.pair(0, 1))
            try expectSame(aligner.groups())
        }
    }
}
