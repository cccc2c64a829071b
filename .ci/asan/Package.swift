// swift-tools-version: 6.2
// `make sanitize`: the core under AddressSanitizer, with the suites that drive its unsafe code (tokens, scalar
// text, sparse vectors, the JSON writer, the parallel map) over hostile input, the crash corpus, the demo stories,
// the seeds and the gold. Built from the root package, `--build-tests` compiles every target with the sanitizer (the
// terminal layer, TOML's C++, the CLI, the end-to-end test tools); this package takes `ParallaxCore` from the root
// package and these test sources through a link (`Tests/ParallaxCoreTests`). Every suite runs without the
// sanitizer in `make test`; compiling all of them again under it took a third of CI (README "Robustness").
import PackageDescription

let package = Package(
    name: "ParallaxSanitized",
    dependencies: [.package(name: "Parallax", path: "../..")],
    targets: [
        .testTarget(
            name: "ParallaxCoreTests",
            dependencies: [.product(name: "ParallaxCore", package: "Parallax")],
            sources: [
                // helpers
                "RepositoryPaths.swift", "AlignmentGold.swift", "PeopleGold.swift",
                // hostile input and the crash corpus, through every stage
                "BadInputTests.swift", "CrashRegressionTests.swift", "VanishingFileTests.swift",
                "UnbalancedQuoteSpeedTests.swift", "TerminalSafeTextTests.swift",
                // the code that reads memory directly
                "TokenizerTests.swift", "SentenceSplitterTests.swift", "SentencePairerTokenTests.swift",
                "SparseVectorBuilderTests.swift", "JSONWriterTests.swift", "RequiredLiteralsTests.swift",
                "WordDiffContractionTests.swift", "ResourceFileTests.swift",
                // every model over the demo stories, the seeds and the gold
                "DemoLibraryTests.swift", "SeedIngestionTests.swift", "AlignmentEvaluationTests.swift",
                "StoryAlignerTests.swift", "QuoteGoldTests.swift", "DetailLedgerTests.swift",
                "PeopleIndexTests.swift", "QuoteExtractionTests.swift",
            ]
        ),
    ]
)
