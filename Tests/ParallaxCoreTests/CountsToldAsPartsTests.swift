import Foundation
import Testing
@testable import ParallaxCore

/// A total told as its parts ("four climbers and the guide", "three charges of fraud and a fourth of perjury") fits
/// another outlet's whole ("five climbers", "four charges"), and still contradicts a count that fits neither. Our own
/// sentences.
@Suite struct CountsToldAsPartsTests {
    static func counts(_ left: String, _ right: String) -> [DetailStatus] {
        DetailLedgerTests.ledger([left], [right]).details.filter { $0.kind == "count" && $0.claims.count > 1 }.map(\.status)
    }

    @Test func theWholeFitsItsParts() {
        #expect(!Self.counts("The helicopter lifted five climbers off the ridge near the summit on Sunday morning.",
                             "The helicopter lifted four climbers and the guide off the ridge near the summit on Sunday morning.").contains(.conflict))
        #expect(!Self.counts("The treasurer admitted four charges in the district court on Monday.",
                             "The treasurer admitted three charges of fraud, and a fourth of perjury, in the district court on Monday.").contains(.conflict))
        #expect(!Self.counts("The treasurer admitted four charges in the district court on Monday.",
                             "The treasurer admitted three charges of fraud and one of perjury in the district court on Monday.").contains(.conflict))
    }

    @Test func aCountFittingNeitherStillConflicts() {
        #expect(Self.counts("The helicopter lifted seven climbers off the ridge near the summit on Sunday morning.",
                            "The helicopter lifted four climbers and the guide off the ridge near the summit on Sunday morning.").contains(.conflict))
        // a group named after "and the" is no one more
        #expect(Self.counts("The helicopter lifted five climbers off the ridge near the summit on Sunday morning.",
                            "The helicopter lifted four climbers and the crew off the ridge near the summit on Sunday morning.").contains(.conflict))
    }
}
