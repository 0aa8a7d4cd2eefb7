// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Scene: visual regression batches through Playwright, diffed and reported in Swift.
/// Targets follow the design map (docs/ARCHITECTURE.md): pure logic never spawns a process; only SceneRun does.
/// Data flows plan (SceneConfig) → run (SceneRun) → analyse (SceneAnalyze) → report (SceneReport),
/// each reading and writing the run bundle (SceneBundle).
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// The libraries that do the heavy work — healing scores every element of a page against each
/// of ~60,000 locate-corpus cases; the diff and the analysis walk every pixel of a night's
/// screenshots — are compiled optimised in debug builds too, so `make test` stays minutes. Whole
/// module: per file, generics across files stay unspecialised and the corpus' threads queue on the
/// runtime's metadata cache (LocateCorpusTests: over 35 minutes, 4.5 whole-module).
let optimisedSettings: [SwiftSetting] = strictSettings + [.unsafeFlags(["-O", "-wmo", "-num-threads", "2"], .when(configuration: .debug))]

/// A Swift target with the project's strict settings; `optimised`: with `optimisedSettings`.
func library(_ name: String, _ dependencies: [Target.Dependency], path: String? = nil, optimised: Bool = false) -> Target {
    .target(name: name, dependencies: dependencies, path: path, swiftSettings: optimised ? optimisedSettings : strictSettings)
}

/// A test target with the project's strict settings.
func tests(_ name: String, _ dependencies: [Target.Dependency], path: String? = nil, exclude: [String] = [],
           resources: [Resource]? = nil) -> Target {
    .testTarget(name: name, dependencies: dependencies, path: path, exclude: exclude, resources: resources, swiftSettings: strictSettings)
}

let zip = Target.Dependency.product(name: "ZIPFoundation", package: "ZIPFoundation")
let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")

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
        // libpng/libjpeg report errors by longjmp; this C shim catches them with setjmp, and reads
        // and unfilters the IDAT of 8-bit RGB/RGBA screenshots itself, inflated by ISA-L
        // (apt: libpng-dev libjpeg-dev zlib1g-dev libisal-dev).
        .target(name: "CSceneCodecs", linkerSettings: [.linkedLibrary("png16"), .linkedLibrary("jpeg"), .linkedLibrary("z"), .linkedLibrary("isal")]),

        library("SceneBundle", []),
        // The one locator vocabulary: model, selector/code/config-key parsers, renderers, priority.
        library("SceneLocator", ["SceneBundle"]),
        library("SceneImaging", ["CSceneCodecs", "SceneBundle"], optimised: true),
        library("SceneDiff", ["SceneImaging", "SceneBundle"], optimised: true),
        library("SceneConfig", ["SceneBundle", "SceneLocator", .product(name: "Yams", package: "Yams")]),
        library("SceneTrace", ["SceneBundle", "SceneLocator", zip]),
        library("SceneLocate", ["SceneConfig", "SceneBundle", "SceneLocator"], optimised: true),
        library("SceneRepro", ["SceneTrace", "SceneLocator", "SceneBundle"]),
        // The analyse stage of one execution: an execution folder in, an ExecutionRecord out.
        library("SceneAnalyze", ["SceneBundle", "SceneConfig", "SceneDiff", "SceneImaging", "SceneTrace", "SceneRepro"], optimised: true),
        // The only library that spawns processes: runners, scheduler, journal, baselines, merge, webhooks.
        library("SceneRun", ["SceneBundle", "SceneConfig", "SceneAnalyze", "SceneTrace", "SceneLocate", "SceneLocator"]),
        library("SceneReport", ["SceneBundle", "SceneImaging", "SceneDiff", .product(name: "Mustache", package: "swift-mustache")]),
        .executableTarget(
            name: "scene",
            dependencies: ["SceneBundle", "SceneConfig", "SceneDiff", "SceneImaging", "SceneTrace", "SceneLocate", "SceneRepro",
                           "SceneAnalyze", "SceneRun", "SceneReport", argumentParser],
            swiftSettings: strictSettings
        ),

        // Every fuzz target in one executable: a corpus replayer in a normal build, libFuzzer with
        // `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` (see `make fuzz`).
        .executableTarget(name: "SceneFuzz", dependencies: ["SceneConfig", "SceneTrace", "SceneImaging", "SceneBundle", "SceneLocator"],
                          path: "Fuzz/SceneFuzz", swiftSettings: strictSettings),

        // What the process-driving tests share: the scene binary, loopback servers, the browser environment.
        library("SceneTestSupport", ["SceneBundle", "SceneConfig", "SceneLocate", "SceneLocator", "SceneDiff", "SceneReport"], path: "Tests/SceneTestSupport"),
        // The locate corpus (sites, Chromium snapshots, healing cases, plain steps) and its evaluation.
        .target(name: "LocateCorpus", dependencies: ["SceneLocate", "SceneConfig", "SceneLocator", "SceneTestSupport"], path: "Tests/LocateCorpus",
                exclude: ["README.md", "build.py", "corpus.json", "sites", "snapshots", "heal", "plain"], swiftSettings: optimisedSettings),

        tests("SceneBundleTests", ["SceneBundle"]),
        tests("SceneLocatorTests", ["SceneLocator"]),
        tests("SceneImagingTests", ["SceneImaging"], exclude: ["Fixtures"]),
        tests("SceneDiffTests", ["SceneDiff", "SceneImaging", "SceneBundle"], exclude: ["Fixtures"]),
        tests("SceneConfigTests", ["SceneConfig", "SceneBundle", "SceneLocator", "SceneTestSupport"]),
        tests("SceneTraceTests", ["SceneTrace", "SceneBundle", "SceneLocator", zip], resources: [.copy("Fixtures")]),
        tests("SceneLocateTests", ["SceneLocate", "SceneConfig", "SceneBundle", "SceneLocator", "SceneTestSupport", "LocateCorpus"], exclude: ["Fixtures"]),
        tests("SceneReproTests", ["SceneRepro", "SceneTrace", "SceneLocator", "SceneTestSupport"]),
        tests("SceneAnalyzeTests", ["SceneAnalyze", "SceneConfig", "SceneTrace", "SceneLocator", "SceneBundle", "SceneImaging", zip], exclude: ["Fixtures"]),
        tests("SceneRunTests", ["SceneRun", "SceneBundle", "SceneConfig", "SceneLocate", "SceneLocator", "SceneTestSupport"]),
        tests("SceneReportTests", ["SceneReport", "SceneBundle", "SceneImaging", "SceneTestSupport"], exclude: ["make_images.py"]),
        // Runs the built `scene` binary: the command line is a public contract.
        tests("SceneCLITests", ["scene", "SceneBundle", "SceneTestSupport", argumentParser]),

        // Real Chromium through real Playwright (`make check` leaves these two out).
        tests("SceneBrowserTests",
              ["scene", "SceneRun", "SceneAnalyze", "SceneBundle", "SceneImaging", "SceneConfig", "SceneTrace", "SceneRepro", "SceneLocate", "SceneLocator",
               "SceneReport", "SceneTestSupport"],
              exclude: ["Locate/browser_helper.py", "Report/drive_report.py", "Review/render_changes.py", "Explain/drive_findings.py",
                        "Explain/changes.json", "Explain/Sites", "Run/drive_healing.py", "Run/drive_ignored.py", "Review/drive_review.py"]),
        // Reliability and security suite: secrets, chaos, hostile site, fuzz corpora, against the built binaries.
        tests("SceneReliabilityTests",
              ["scene", "SceneFuzz", "SceneTestSupport", zip],
              exclude: ["site_server.py", "check_report.py", "check_trace_viewer.py"]),
    ]
)

// Performance executables, left out of a plain build: `SCENE_BENCHMARKS=1 swift build -c release
// --static-swift-stdlib --product DiffBench` (see Benchmarks/README.md).
if ProcessInfo.processInfo.environment["SCENE_BENCHMARKS"] != nil {
    func benchmark(_ name: String, _ dependencies: [Target.Dependency], exclude: [String] = []) -> Target {
        .executableTarget(name: name, dependencies: dependencies, path: "Benchmarks/\(name)", exclude: exclude, swiftSettings: strictSettings)
    }
    package.targets += [
        benchmark("DiffBench", ["SceneImaging", "SceneDiff", "SceneAnalyze"], exclude: ["make_pairs.py"]),
        benchmark("LocateBench", ["SceneLocate", "SceneConfig", "SceneLocator", "LocateCorpus"], exclude: ["README.md", "capture_cost.py"]),
        benchmark("RunBench", ["SceneRun", "SceneConfig", "SceneBundle", "SceneTestSupport"],
                  exclude: ["bare_loop.py", "cpu_by_process.py", "README.md"]),
        benchmark("TraceBench", ["SceneTrace", "SceneRepro", zip]),
        benchmark("ReportBench", ["SceneReport", "SceneBundle", "SceneDiff", "SceneImaging", "SceneTrace", "SceneRepro", "SceneLocator"],
                  exclude: ["measure_index.py", "measure_night.py", "make_night.py"]),
        benchmark("StitchBench", ["SceneImaging"], exclude: ["capture_tiles.py"]),
        benchmark("LayoutBench", ["SceneAnalyze", "SceneBundle"], exclude: ["capture_cost.py"]),
    ]
}
