// swift-tools-version:6.0
import PackageDescription

/// Scene: visual regression batches through Playwright, diffed and reported in Swift.
/// Targets follow ../shared/design/ARCHITECTURE.md: pure logic (Imaging, Diff, Config,
/// Trace, Locate, Repro, Bundle) never spawns a process; only SceneRun does.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Scene",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "scene", targets: ["scene"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // System libraries (apt: libpng-dev libjpeg-dev zlib1g-dev).
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CJPEG", providers: [.apt(["libjpeg-dev"])]),

        // libpng/libjpeg report errors by longjmp; this C shim catches them with setjmp.
        // (A C target does not inherit the link lines of CPNG/CJPEG's module maps, hence linkerSettings.)
        .target(name: "CSceneCodecs", linkerSettings: [.linkedLibrary("png16"), .linkedLibrary("jpeg"), .linkedLibrary("z")]),
        .target(name: "SceneImaging", dependencies: ["CSceneCodecs"], swiftSettings: strictSettings),
        .target(name: "SceneDiff", dependencies: ["SceneImaging", "SceneBundle"], swiftSettings: strictSettings),
        .target(name: "SceneConfig", dependencies: ["SceneBundle", .product(name: "Yams", package: "Yams")], swiftSettings: strictSettings),
        .target(name: "SceneTrace", dependencies: ["SceneBundle", .product(name: "ZIPFoundation", package: "ZIPFoundation")], swiftSettings: strictSettings),
        .target(name: "SceneLocate", dependencies: ["SceneConfig", "SceneBundle"], swiftSettings: strictSettings),
        .target(name: "SceneRepro", dependencies: ["SceneTrace", "SceneLocate"], swiftSettings: strictSettings),
        .target(name: "SceneBundle", swiftSettings: strictSettings),
        // The analyse stage of one execution: an execution folder in, an ExecutionRecord out.
        .target(
            name: "SceneAnalyze",
            dependencies: ["SceneBundle", "SceneConfig", "SceneDiff", "SceneImaging", "SceneTrace", "SceneRepro"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SceneRun",
            dependencies: ["SceneBundle", "SceneConfig", "SceneAnalyze", "SceneTrace", "SceneLocate", "SceneRepro"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SceneReport",
            dependencies: ["SceneBundle", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "scene",
            dependencies: [
                "SceneConfig", "SceneDiff", "SceneImaging", "SceneTrace", "SceneLocate", "SceneRepro",
                "SceneBundle", "SceneAnalyze", "SceneRun", "SceneReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // Fuzz targets: a corpus replayer in a normal build, a libFuzzer target with
        // `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` (see `make fuzz`).
        .target(name: "FuzzSupport", path: "Sources/FuzzSupport"),
        // What the process-driving test targets share: the scene binary, loopback servers, the browser environment.
        .target(name: "SceneTestSupport", path: "Tests/SceneTestSupport"),
        .executableTarget(name: "FuzzConfig", dependencies: ["SceneConfig", "FuzzSupport"], path: "Sources/FuzzConfig"),
        .executableTarget(name: "FuzzTraceZip", dependencies: ["SceneTrace", "SceneBundle", "FuzzSupport"], path: "Sources/FuzzTraceZip"),
        .executableTarget(name: "FuzzTraceEvents", dependencies: ["SceneTrace", "FuzzSupport"], path: "Sources/FuzzTraceEvents"),
        .executableTarget(name: "FuzzRecording", dependencies: ["SceneTrace", "FuzzSupport"], path: "Sources/FuzzRecording"),

        .testTarget(name: "SceneImagingTests", dependencies: ["SceneImaging"], exclude: ["Fixtures"]),
        .testTarget(name: "SceneDiffTests", dependencies: ["SceneDiff", "SceneImaging", "SceneBundle"], exclude: ["Fixtures"]),
        // Performance executables (release build): `swift run -c release LocateBench`.
        .executableTarget(name: "LocateBench", dependencies: ["SceneLocate"], path: "Benchmarks/LocateBench", exclude: ["README.md", "capture_cost.py"], swiftSettings: strictSettings),
        .executableTarget(name: "RunBench", dependencies: ["SceneRun", "SceneConfig", "SceneBundle", "SceneTestSupport"], path: "Benchmarks/RunBench",
                          exclude: ["bare_loop.py", "README.md"], swiftSettings: strictSettings),
        .executableTarget(
            name: "TraceBench",
            dependencies: ["SceneTrace", "SceneRepro", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Benchmarks/TraceBench", swiftSettings: strictSettings
        ),

        .executableTarget(
            name: "ReportBench", dependencies: ["SceneReport", "SceneBundle"],
            path: "Benchmarks/ReportBench", exclude: ["measure_index.py"], swiftSettings: strictSettings
        ),

        // Benchmark: whole-process `scene diff` vs odiff (see Benchmarks/README.md); build with -c release.
        .executableTarget(name: "DiffBench", dependencies: ["SceneImaging"], path: "Benchmarks/DiffBench", exclude: ["make_pairs.py"]),

        // Decoder fuzzing: replays Fuzz/corpus/imagedecoders in a normal build; a libFuzzer target with
        // `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` (see Fuzz/README-imagedecoders.md).
        .executableTarget(name: "FuzzImageDecoders", dependencies: ["SceneImaging", "FuzzSupport"], path: "Sources/FuzzImageDecoders"),

        // Runs the built `scene` binary: the command line is a public contract.
        .testTarget(name: "SceneCLITests", dependencies: ["scene", "SceneTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "SceneConfigTests", dependencies: ["SceneConfig", "SceneBundle"]),
        .testTarget(name: "SceneLocateTests", dependencies: ["SceneLocate", "SceneConfig", "SceneBundle"],
                    exclude: ["Fixtures", "browser_helper.py"]),
        .testTarget(
            name: "SceneTraceTests",
            dependencies: ["SceneTrace", "SceneBundle", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SceneReproTests", dependencies: ["SceneRepro", "SceneTrace", "SceneTestSupport"]),
        .testTarget(name: "SceneBundleTests", dependencies: ["SceneBundle"]),
        .testTarget(name: "SceneAnalyzeTests", dependencies: ["SceneAnalyze", "SceneConfig", "SceneTrace", "SceneBundle"]),
        .testTarget(name: "SceneRunTests", dependencies: ["SceneRun", "SceneBundle", "SceneConfig", "SceneTrace", "SceneRepro", "SceneLocate",
                                                      "SceneTestSupport"]),
        .testTarget(name: "SceneReportTests", dependencies: ["SceneReport", "SceneBundle"], exclude: ["make_images.py", "drive_report.py"]),
        // Reliability and security suite: secrets, chaos, hostile site, against the built `scene` binary.
        .testTarget(name: "SceneReliabilityTests",
                    dependencies: ["scene", "FuzzConfig", "FuzzTraceZip", "FuzzTraceEvents", "FuzzRecording", "FuzzImageDecoders",
                                   "SceneTrace", "SceneBundle", "SceneTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["site_server.py", "check_report.py"]),
    ]
)
