import Foundation
import Testing
@testable import ParallaxCore

/// `ByteSearch.contains` must answer exactly what `String.utf8.contains` answers, whatever the string's storage:
/// small (up to 15 bytes, kept inline), native, a slice copied into a new string, and one bridged from
/// `NSString` (which may not be contiguous and falls back to the view).
struct ByteSearchTests {
    static let texts: [String] = [
        "", "-", "a", "well-known", "cannot", "don't", "it's 45 %", "45%", "a\r\nb", "José Orbán",
        "The council met on Tuesday and voted nine to four to approve the long-delayed bridge repairs.",
        "Rates rose by 0.25 percentage points, the third rise this year, to 4.5%, the bank said in a statement.",
        String(repeating: "plain words without the byte ", count: 400) + "-",
        String(repeating: "x", count: 15), String(repeating: "x", count: 16) + "'",
        "über-cautious", "naïve", "\u{FEFF}starts with a mark", "ends with a return\r",
    ]
    static let bytes: [UInt8] = [0x2D, 0x27, 0x25, 0x0D, 0x20, 0x2C, 0x00, 0xC3, 0xBC, 0x78]

    @Test func agreesWithTheView() {
        for t in Self.texts {
            let slice = String(t.dropFirst())
            let bridged = NSString(string: t) as String
            for s in [t, slice, bridged] {
                for b in Self.bytes {
                    #expect(ByteSearch.contains(s, b) == s.utf8.contains(b), "\(s.debugDescription) \(b)")
                }
            }
        }
    }
}
