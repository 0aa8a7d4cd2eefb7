// RunBench: 20 executions of one small page with tracing at concurrency 2.
// scene (BatchRunner, real runner) vs a bare Playwright loop with one browser and fresh
// contexts (the floor) vs a new browser per execution. Prints wall times, ratios and the
// scheduler's own overhead per execution. Run: `SCENE_BENCHMARKS=1 swift run -c release RunBench [rounds]`.
import Foundation
import SceneTestSupport
import SceneBundle
import SceneConfig
import SceneRun

let count = 20
let concurrency = 2
// `RunBench [rounds] [--only floor|scene|scene-compare|scene-default|browsers]`
let arguments = Array(CommandLine.arguments.dropFirst())
let rounds = arguments.first.flatMap(Int.init).map { max(1, $0) } ?? 2
let only = arguments.firstIndex(of: "--only").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
func wanted(_ name: String) -> Bool { only == nil || only == name }

func repositoryRoot() -> URL {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    fatalError("Package.swift not found")
}

let root = repositoryRoot()
let python = root.appendingPathComponent(".venv/bin/python").path
guard FileManager.default.isExecutableFile(atPath: python) else {
    FileHandle.standardError.write(Data("RunBench: \(python) missing; run `make setup`\n".utf8))
    exit(1)
}
let work = root.appendingPathComponent("Benchmarks/.work/RunBench")
try? FileManager.default.removeItem(at: work)
try FileManager.default.createDirectory(at: work.appendingPathComponent("site"), withIntermediateDirectories: true)
try Data("""
<!doctype html><html><head><title>Bench</title><style>body{font:16px sans-serif;margin:24px}.b{height:60px;background:#36c;margin:8px 0}</style></head>
<body><h1>Benchmark page</h1><div class="b"></div><p>A small page with a heading, a box and some text.</p><div class="b"></div></body></html>
""".utf8).write(to: work.appendingPathComponent("site/index.html"))

// The site: python's http.server on a free loopback port.
let port = try closedPort()  // free a moment ago; http.server binds it next
let server = Process()
server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
server.arguments = ["python3", "-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", work.appendingPathComponent("site").path]
server.standardOutput = FileHandle.nullDevice
server.standardError = FileHandle.nullDevice
try server.run()
defer { kill(server.processIdentifier, SIGKILL) }
try await Task.sleep(for: .milliseconds(800))
let url = "http://127.0.0.1:\(port)/index.html"

/// Wall time of a body and the CPU time of this process meanwhile (scene's Swift side when scene
/// runs; ~0 for the bare loops). Child processes are not counted here: Chromium's processes outlive
/// Playwright's driver and are reaped by init, so getrusage misses them; `cpu_by_process.py`
/// samples every process of the tree instead.
struct Measure {
    var wall: Double
    var sceneCPU: Double
}

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func measure(_ body: () async throws -> Void) async rethrows -> Measure {
    let cpuBefore = cpuSeconds()
    let start = ContinuousClock.now
    try await body()
    let elapsed = ContinuousClock.now - start
    return Measure(wall: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                   sceneCPU: cpuSeconds() - cpuBefore)
}

func bareLoop(_ mode: String, round: Int) async throws -> Measure {
    try await measure {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [root.appendingPathComponent("Benchmarks/RunBench/bare_loop.py").path, "--mode", mode, "--url", url,
                             "--count", String(count), "--concurrency", String(concurrency),
                             "--out", work.appendingPathComponent("\(mode)-\(round)").path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw NSError(domain: "RunBench", code: Int(process.terminationStatus)) }
    }
}

/// Wall time of one scene run and the scheduler overhead of each of its executions. A first run
/// records baselines; with `compare`, a run against baselines recorded beforehand (untimed) is timed:
/// the nightly case, where every screenshot is compared instead of copied into a new baseline.
func scene(round: Int, minimal: Bool, compare: Bool = false) async throws -> (measure: Measure, overheadMs: [Double], postMs: [Double], attemptMs: [Double]) {
    let viewport = Viewport.desktop
    let page = Page(id: "bench", url: url)
    let executions = (1 ... count).map { i in
        PlannedExecution(key: ExecutionKey(page: String(format: "p%02d", i), task: "default", viewport: viewport.name, browser: "chromium"),
                         url: url, referenceURL: nil, viewport: viewport, page: page, steps: [])
    }
    let stabilization = minimal ? Stabilization(autoScroll: false, settleShots: 1) : Stabilization()
    let config = Config(project: Project(name: "bench"), pages: [page], stabilization: stabilization)
    var request = RunRequest(config: config, plan: Plan(batch: Batch(id: "bench", concurrency: concurrency, retries: 0), shard: nil, executions: executions))
    request.runsDirectory = work.appendingPathComponent("runs")
    request.baselinesDirectory = work.appendingPathComponent("baselines-\(round)-\(minimal)-\(compare)")
    request.updateBaselines = .missing
    var environment = ProcessInfo.processInfo.environment
    environment["SCENE_PYTHON"] = python
    environment["SCENE_ASSETS"] = root.appendingPathComponent("assets").path
    let runner = BatchRunner(RunnerEnvironment(environment: environment))
    if compare { _ = try await runner.run(request) }
    var outcome: RunResult?
    let measured = try await measure { outcome = try await runner.run(request) }
    guard let outcome, outcome.records.allSatisfy({ $0.status == (compare ? .passed : .newBaseline) }) else {
        throw NSError(domain: "RunBench", code: 2, userInfo: [NSLocalizedDescriptionKey: "scene run did not pass"])
    }
    return (measured, outcome.schedulerOverheadMs, outcome.postProcessingMs, outcome.records.compactMap(\.durationMs))
}

func median<C: Collection<Double>>(_ xs: C) -> Double { xs.isEmpty ? 0 : xs.sorted()[xs.count / 2] }
func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
var results: [String: [Measure]] = [:]
var overheads: [Double] = [], postProcessing: [Double] = [], attempts: [Double] = []
let names = ["floor", "scene", "scene-compare", "browsers", "scene-default"]
for round in 1 ... rounds {
    for name in names where wanted(name) {
        let result: Measure
        switch name {
        case "floor": result = try await bareLoop("contexts", round: round)
        case "browsers": result = try await bareLoop("browsers", round: round)
        default:
            let run = try await scene(round: round, minimal: name != "scene-default", compare: name == "scene-compare")
            result = run.measure
            if name == "scene" { overheads += run.overheadMs; postProcessing += run.postMs; attempts += run.attemptMs }
        }
        results[name, default: []].append(result)
        print(String(format: "round %d: %-13@ %6.2f s wall, scene's own CPU %5.2f s", round, name, result.wall, result.sceneCPU)
              + (name == "scene" ? String(format: ", execution in the runner: median %.0f ms", median(attempts.suffix(count))) : ""))
    }
}
let measured = results
/// The round with the best wall time.
func best(_ name: String) -> Measure? { measured[name]?.min { $0.wall < $1.wall } }
func row(_ name: String, _ label: String, _ extra: (Measure) -> String = { _ in "" }) -> String {
    guard let m = best(name) else { return "" }
    return String(format: "  %-48@ %6.2f s   %@\n", label, m.wall, extra(m))
}
let floorWall = best("floor")?.wall
print("\nRunBench: \(count) executions, concurrency \(concurrency), tracing on, best of \(rounds)")
print(row("floor", "bare loop, one browser + fresh contexts (floor)"), terminator: "")
print(row("scene", "scene (stabilisation minimal: 1 shot, no scroll)") { m in
    floorWall.map { String(format: "%.2fx the floor (target <= 1.15x)", m.wall / $0) } ?? ""
}, terminator: "")
print(row("scene-compare", "scene comparing against baselines (nightly run)") { m in
    floorWall.map { String(format: "%.2fx the floor", m.wall / $0) } ?? ""
}, terminator: "")
print(row("scene-default", "scene (default stabilisation, settle check)") { m in
    floorWall.map { String(format: "%.2fx the floor", m.wall / $0) } ?? ""
}, terminator: "")
print(row("browsers", "bare loop, new browser per execution") { m in
    best("scene").map { String(format: "scene is %.2fx faster (target >= 1.6x)", m.wall / $0.wall) } ?? ""
}, terminator: "")
if let cpu = measured["scene"]?.map(\.sceneCPU).min() {
    print(String(format: "  scene's own CPU (Swift: scheduler, protocol, post-processing) per execution: %.1f ms", cpu * 1000 / Double(count)))
}
if !overheads.isEmpty {
    print(String(format: """
      scheduler overhead per execution (runner slot held by scene beyond the runner's own time:
        protocol, journal fsync, execution folder): median %.1f ms, mean %.1f ms
      post-processing per execution (redaction, trace analysis, frames, thumbnail, baseline, repro;
        overlaps the next execution in the runner): median %.1f ms, mean %.1f ms
    """, median(overheads), mean(overheads), median(postProcessing), mean(postProcessing)))
}
