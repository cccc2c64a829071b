// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parallax", targets: ["parallax"]),
        .library(name: "ParallaxCore", targets: ["ParallaxCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
        .package(url: "https://github.com/apple/swift-subprocess", from: "1.0.0"),
    ],
    targets: [
        .target(
            name: "ParallaxCore",
            dependencies: [
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "Algorithms", package: "swift-algorithms"),
            ],
            resources: [.copy("Resources")],
            // Optimised in debug builds too: the test suite runs every subcommand over megabytes of hostile
            // input and the demo stories many times, and unoptimised generic code made that most of CI.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "ParallaxTUI",
            dependencies: [
                "ParallaxCore",
                "CNcursesw",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxCore",
                "ParallaxTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "parallax-bench",
            dependencies: [
                "ParallaxCore",
                "ParallaxTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ParallaxCoreTests", dependencies: ["ParallaxCore"]),
        .testTarget(name: "ParallaxTUITests", dependencies: ["ParallaxTUI", "ParallaxCore"]),
        .testTarget(
            name: "parallaxTests",
            dependencies: [
                "ParallaxCore",
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
    ]
)
