// swift-tools-version: 6.2
// `make sanitize`: the core tests under AddressSanitizer, building only what they use. Built from the root
// package, `--build-tests` compiles every target with the sanitizer (the terminal layer, TOML's C++, the CLI,
// the end-to-end test tools): about half the build for tests that only need `ParallaxCore`. This package takes
// `ParallaxCore` from the root package and the test sources through a link (`Tests/ParallaxCoreTests`).
import PackageDescription

let package = Package(
    name: "ParallaxSanitized",
    dependencies: [.package(name: "Parallax", path: "../..")],
    targets: [
        .testTarget(
            name: "ParallaxCoreTests",
            dependencies: [.product(name: "ParallaxCore", package: "Parallax")]
        ),
    ]
)
