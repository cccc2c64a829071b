import Foundation
import Testing

@Suite struct CLITests {
    @Test func helpExitsZero() async throws {
        let r = try await Binary.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE"))
    }

    @Test func missingPathIsAClearError() async throws {
        let r = try await Binary.run(["list", "/nonexistent/parallax-path"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("/nonexistent/parallax-path"))
        #expect(!r.stderr.contains("Fatal error"))
    }
}
