// RunBench: 20 executions of one small page with tracing at concurrency 2.
// scene (BatchRunner, real runner) vs a bare Playwright loop with one browser and fresh
// contexts (the floor) vs a new browser per execution. Prints wall times, ratios and the
// scheduler's own overhead per execution. Run: `swift run -c release RunBench [rounds]`.
import Foundation
import SceneBundle
import SceneConfig
import SceneRun

let count = 20
let concurrency = 2
let rounds = CommandLine.arguments.count > 1 ? max(1, Int(CommandLine.arguments[1]) ?? 2) : 2

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
let port: Int = {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 } }
    return Int(UInt16(bigEndian: address.sin_port))
}()
let server = Process()
server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
server.arguments = ["python3", "-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", work.appendingPathComponent("site").path]
server.standardOutput = FileHandle.nullDevice
server.standardError = FileHandle.nullDevice
try server.run()
defer { kill(server.processIdentifier, SIGKILL) }
try await Task.sleep(for: .milliseconds(800))
let url = "http://127.0.0.1:\(port)/index.html"

func time(_ body: () async throws -> Void) async rethrows -> Double {
    let start = ContinuousClock.now
    try await body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func bareLoop(_ mode: String, round: Int) async throws -> Double {
    try await time {
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

/// Wall time of one scene run and the scheduler overhead of each of its executions.
func scene(round: Int, minimal: Bool) async throws -> (seconds: Double, overheadMs: [Double]) {
    let viewport = Viewport.desktop
    let page = Page(id: "bench", url: url)
    let executions = (1 ... count).map { i in
        PlannedExecution(key: ExecutionKey(page: String(format: "p%02d", i), task: "default", viewport: viewport.name, browser: "chromium"),
                         url: url, referenceURL: nil, viewport: viewport, page: page, steps: [])
    }
    let stabilization = minimal ? Stabilization(autoScroll: false, settleShots: 1) : Stabilization()
    let config = SceneConfig(project: Project(name: "bench"), pages: [page], stabilization: stabilization)
    var request = RunRequest(config: config, plan: Plan(batch: Batch(id: "bench", concurrency: concurrency, retries: 0), shard: nil, executions: executions))
    request.runsDirectory = work.appendingPathComponent("runs")
    request.baselinesDirectory = work.appendingPathComponent("baselines-\(round)-\(minimal)")
    var environment = ProcessInfo.processInfo.environment
    environment["SCENE_PYTHON"] = python
    environment["SCENE_ASSETS"] = root.appendingPathComponent("assets").path
    let runner = BatchRunner(RunnerEnvironment(environment: environment))
    var outcome: RunOutcome?
    let seconds = try await time { outcome = try await runner.run(request) }
    guard let outcome, outcome.records.allSatisfy({ $0.status == .newBaseline }) else {
        throw NSError(domain: "RunBench", code: 2, userInfo: [NSLocalizedDescriptionKey: "scene run did not pass"])
    }
    return (seconds, outcome.schedulerOverheadMs)
}

var floor: [Double] = [], browsers: [Double] = [], sceneMinimal: [Double] = [], sceneDefault: [Double] = []
var overheads: [Double] = []
for round in 1 ... rounds {
    floor.append(try await bareLoop("contexts", round: round))
    let minimal = try await scene(round: round, minimal: true)
    sceneMinimal.append(minimal.seconds)
    overheads += minimal.overheadMs
    browsers.append(try await bareLoop("browsers", round: round))
    sceneDefault.append(try await scene(round: round, minimal: false).seconds)
    print("round \(round): floor \(floor.last!) s, scene \(sceneMinimal.last!) s, scene+stabilisation \(sceneDefault.last!) s, browser-per-execution \(browsers.last!) s")
}
func best(_ xs: [Double]) -> Double { xs.min()! }
let sortedOverhead = overheads.sorted()
let median = sortedOverhead.isEmpty ? 0 : sortedOverhead[sortedOverhead.count / 2]
let mean = overheads.isEmpty ? 0 : overheads.reduce(0, +) / Double(overheads.count)
print("""

RunBench: \(count) executions, concurrency \(concurrency), tracing on, best of \(rounds)
  bare loop, one browser + fresh contexts (floor) \(String(format: "%6.2f", best(floor))) s
  scene (stabilisation minimal: 1 shot, no scroll) \(String(format: "%6.2f", best(sceneMinimal))) s   \(String(format: "%.2f", best(sceneMinimal) / best(floor)))x the floor (target <= 1.15x)
  scene (default stabilisation, settle check)    \(String(format: "%6.2f", best(sceneDefault))) s   \(String(format: "%.2f", best(sceneDefault) / best(floor)))x the floor
  bare loop, new browser per execution           \(String(format: "%6.2f", best(browsers))) s   scene is \(String(format: "%.2f", best(browsers) / best(sceneMinimal)))x faster (target >= 1.6x)
  scheduler overhead per execution (scene wall time of an attempt minus the runner's own time,
    incl. thumbnail, trace analysis, baseline copy, journal fsync): median \(String(format: "%.1f", median)) ms, mean \(String(format: "%.1f", mean)) ms
""")
