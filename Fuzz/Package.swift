// swift-tools-version: 6.2
// libFuzzer targets for Parallax. A package of its own, so `swift build` / `swift test` at the repo root
// never see them; build and run them with `make fuzz` (see Fuzz/run.sh and README "Robustness and fuzzing").
import PackageDescription

let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "ParallaxFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Parallax", path: "..")],
    targets: [
        .target(name: "FuzzCommon", dependencies: [.product(name: "ParallaxCore", package: "Parallax")], path: "Sources/FuzzCommon"),
        .executableTarget(name: "FuzzIngest", dependencies: ["FuzzCommon"], swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzSegment", dependencies: ["FuzzCommon"], swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzQuotes", dependencies: ["FuzzCommon"], swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzPeople", dependencies: ["FuzzCommon"], swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzAlign", dependencies: ["FuzzCommon"], swiftSettings: fuzzFlags),
    ]
)
