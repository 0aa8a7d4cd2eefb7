// DiffBench: whole-process `scene diff` against odiff, with the in-process PNG decode time as the floor.
// Usage (from the repository root, after `swift build -c release --static-swift-stdlib`):
//   .venv/bin/python Benchmarks/DiffBench/make_pairs.py
//   .build/release/DiffBench [--odiff /path/to/odiff] [--runs 3] [--scene path] [--only text-of-a-pair-name]
// Prints a Markdown table: median wall time, CPU time and peak RSS (from /usr/bin/time -v) per pair,
// then the change fingerprints' cost (SceneAnalyze's pass after the diff) beside the in-process diff.
import Foundation
import SceneAnalyze
import SceneDiff
import SceneImaging

struct Measurement {
    var wall: Double
    /// User + system CPU seconds: steadier than wall time on a shared machine.
    var cpu: Double
    var rssMB: Double
    var exitCode: Int32
}

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let work = root.appendingPathComponent("Benchmarks/.work")
let scene = option("--scene") ?? root.appendingPathComponent(".build/release/scene").path
let odiff = option("--odiff") ?? ProcessInfo.processInfo.environment["ODIFF"]
let runs = Int(option("--runs") ?? "3") ?? 3
let only = option("--only")

/// A pair of the benchmark: `scene diff a b diff.png` against `odiff a b diff.png`.
struct Pair {
    var name: String
    var a: String
    var b: String
}
let pairs: [Pair] = [
    Pair(name: "s1280x3500 differing", a: "s1280x3500-a", b: "s1280x3500-b"),
    Pair(name: "s1920x15000 differing", a: "s1920x15000-a", b: "s1920x15000-b"),
    Pair(name: "s3446x10728 differing", a: "s3446x10728-a", b: "s3446x10728-b"),
    Pair(name: "s1920x15000 block inserted", a: "s1920x15000-a", b: "s1920x15000-insert"),
    Pair(name: "s1920x15000 section removed", a: "s1920x15000-a", b: "s1920x15000-remove"),
    Pair(name: "s1920x15000 banner, swap, word, removal", a: "s1920x15000-a", b: "s1920x15000-moves"),
    Pair(name: "s1280x3500 + 12-px banner (taller)", a: "s1280x3500-a", b: "s1280x3500-shift"),
    Pair(name: "s1920x15000 + 12-px banner (taller)", a: "s1920x15000-a", b: "s1920x15000-shift"),
    Pair(name: "s3446x10728 + 24-px banner (taller)", a: "s3446x10728-a", b: "s3446x10728-shift"),
    Pair(name: "p1600x6000 photos differing", a: "p1600x6000-a", b: "p1600x6000-b"),
    Pair(name: "p2400x16000 photos differing", a: "p2400x16000-a", b: "p2400x16000-b"),
].filter { only == nil || $0.name.contains(only!) }
let identical = ["s1280x3500", "s1920x15000", "s3446x10728"].filter { only == nil || $0.contains(only!) || only == "identical" }

/// Runs `command` under /usr/bin/time -v; wall from the monotonic clock, RSS from time's report.
func measure(_ command: [String]) throws -> Measurement {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-v"] + command
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    // The pipe ends when /usr/bin/time exits; waitUntilExit polls its run loop every 50 ms on
    // Linux, which used to add up to 50 ms to every wall time.
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    process.waitUntilExit()
    func field(_ name: String) -> Double {
        let line = report.split(separator: "\n").first { $0.contains(name) } ?? ""
        return Double(line.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "") ?? -1
    }
    return Measurement(wall: wall, cpu: field("User time (seconds)") + field("System time (seconds)"),
                       rssMB: field("Maximum resident set size") / 1024, exitCode: Int32(field("Exit status")))
}

func median(_ command: [String]) throws -> Measurement {
    let all = try (0..<runs).map { _ in try measure(command) }.sorted { $0.wall < $1.wall }
    return all[all.count / 2]
}

func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Both images decoded by `PNGRowReader` at once on two threads (as scene does), streamed in bands,
/// nothing else: the floor of any PNG diff. Median wall and CPU of `runs` rounds.
func decodeFloor(_ a: URL, _ b: URL) throws -> (wall: Double, cpu: Double) {
    let rounds = try (0..<runs).map { _ -> (Double, Double) in
        let start = DispatchTime.now().uptimeNanoseconds, cpu = cpuSeconds()
        let failure = Locked()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            do {
                let reader = try PNGRowReader(i == 0 ? a : b)
                var band = [UInt8](repeating: 0, count: reader.width * 4 * 128)
                while reader.rowsRead < reader.height {
                    let n = min(128, reader.height - reader.rowsRead)
                    try band.withUnsafeMutableBufferPointer { try reader.readRows(n, into: $0.baseAddress!) }
                }
            } catch { failure.set("\(error)") }
        }
        if let message = failure.message { throw NSError(domain: "DiffBench", code: 1, userInfo: [NSLocalizedDescriptionKey: message]) }
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpuSeconds() - cpu)
    }.sorted { $0.0 < $1.0 }
    return rounds[rounds.count / 2]
}

/// The first error of the decoding threads.
final class Locked: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var message: String?
    func set(_ text: String) { lock.lock(); message = message ?? text; lock.unlock() }
}

func ms(_ s: Double) -> String { String(format: "%.0f ms", s * 1000) }
func timing(_ m: Measurement) -> String { "\(ms(m.wall)) (cpu \(ms(m.cpu)), exit \(m.exitCode))" }
func mb(_ m: Double) -> String { String(format: "%.0f MB", m) }

guard FileManager.default.fileExists(atPath: work.appendingPathComponent("p1600x6000-a.png").path) else {
    FileHandle.standardError.write(Data("DiffBench: no pairs in \(work.path); run Benchmarks/DiffBench/make_pairs.py first\n".utf8))
    exit(65)
}
let out = FileManager.default.temporaryDirectory.appendingPathComponent("diffbench-\(getpid())")
try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: out) }

var load = [Double](repeating: 0, count: 3)
_ = getloadavg(&load, 3)
print(String(format: "Load average at the start: %.2f %.2f %.2f; %d runs a cell (median).\n", load[0], load[1], load[2], runs))
print("| pair | decode floor (both, 2 threads) wall / cpu | scene diff (diff.png) | odiff --antialiasing -t 0.1 | ratio wall / cpu | scene RSS | odiff RSS | RSS ratio |")
print("|---|---|---|---|---|---|---|---|")
let startup = try median([scene, "--version"])
print("| process start (`scene --version`) | | \(timing(startup)) | | | \(mb(startup.rssMB)) | | |")
for pair in pairs {
    let a = work.appendingPathComponent("\(pair.a).png"), b = work.appendingPathComponent("\(pair.b).png")
    let floor = try decodeFloor(a, b)
    let s = try median([scene, "diff", a.path, b.path, out.appendingPathComponent("scene.png").path])
    var cells = [pair.name, "\(ms(floor.wall)) / \(ms(floor.cpu))", timing(s)]
    if let odiff {
        let o = try median([odiff, "--antialiasing", "-t", "0.1", a.path, b.path, out.appendingPathComponent("odiff.png").path])
        cells += [timing(o), String(format: "%.2fx / %.2fx", s.wall / o.wall, s.cpu / o.cpu), mb(s.rssMB), mb(o.rssMB),
                  String(format: "%.2fx", s.rssMB / o.rssMB)]
    } else {
        cells += ["n/a", "n/a", mb(s.rssMB), "n/a", "n/a"]
    }
    print("| " + cells.joined(separator: " | ") + " |")
}
// Byte-identical files: the bare form, and with a diff image path and options (nothing is written either way).
for size in identical {
    let a = work.appendingPathComponent("\(size)-a.png"), same = work.appendingPathComponent("\(size)-same.png")
    for (label, extra) in [("", [String]()), (", diff.png + --json -t 0.05", [out.appendingPathComponent("same.png").path, "--json", "-t", "0.05"])] {
        let si = try median([scene, "diff", a.path, same.path] + extra)
        var row = ["\(size) byte-identical\(label)", "", timing(si)]
        if let odiff {
            let oi = try median([odiff, "--antialiasing", "-t", "0.1", a.path, same.path] + (extra.isEmpty ? [] : [out.appendingPathComponent("odiff-same.png").path]))
            row += [timing(oi), String(format: "%.2fx / %.2fx", si.wall / oi.wall, si.cpu / oi.cpu), mb(si.rssMB), mb(oi.rssMB), ""]
        } else {
            row += ["n/a", "", mb(si.rssMB), "", ""]
        }
        print("| " + row.joined(separator: " | ") + " |")
    }
}

// Change fingerprints: the pass SceneAnalyze runs after each comparison, in process, beside the
// comparison it follows (diff and heatmap written, as in a batch), reading the changes' rows through
// the comparison's decoders; and, for comparison, through fresh decoders of both files (the pass as
// it was: from the top). Median of `runs` each.
print("\n| pair | diff in process (diff.png + heatmap) wall / cpu | change fingerprints wall / cpu | share wall / cpu | from fresh decoders wall / cpu | changes fingerprinted |")
print("|---|---|---|---|---|---|")
for pair in pairs {
    let a = work.appendingPathComponent("\(pair.a).png"), b = work.appendingPathComponent("\(pair.b).png")
    var diffs: [(Double, Double)] = [], prints: [(Double, Double)] = [], fresh: [(Double, Double)] = [], fingerprinted = ""
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds, startCPU = cpuSeconds()
        let (result, described) = try ImageComparison.compare(expected: a, observed: b, writeDiffTo: out.appendingPathComponent("in.png"),
                                                              writeHeatmapTo: out.appendingPathComponent("heat.png")) { result, images in
            let middle = DispatchTime.now().uptimeNanoseconds, middleCPU = cpuSeconds()
            let described = try images.map { try ChangeFingerprint.describe(result, images: $0, pixelmatch: PixelmatchOptions()) }
            diffs.append((Double(middle - start) / 1e9, middleCPU - startCPU))
            prints.append((Double(DispatchTime.now().uptimeNanoseconds - middle) / 1e9, cpuSeconds() - middleCPU))
            return (result, described)
        }
        let freshStart = DispatchTime.now().uptimeNanoseconds, freshCPU = cpuSeconds()
        let again = try ChangeFingerprint.describe(result, images: ComparedImages(expected: a, observed: b), pixelmatch: PixelmatchOptions())
        fresh.append((Double(DispatchTime.now().uptimeNanoseconds - freshStart) / 1e9, cpuSeconds() - freshCPU))
        guard let described, described.regions == again.regions, described.bands == again.bands else {
            fatalError("\(pair.name): fingerprints through the comparison's decoders differ from fresh ones")
        }
        let changes = described.regions.map(\.fingerprint) + described.bands.filter { $0.kind != .moved }.map(\.fingerprint)
        fingerprinted = "\(changes.compactMap { $0 }.count) of \(changes.count)"
    }
    let d = diffs.sorted { $0.0 < $1.0 }[runs / 2], f = prints.sorted { $0.0 < $1.0 }[runs / 2], r = fresh.sorted { $0.0 < $1.0 }[runs / 2]
    print("| \(pair.name) | \(ms(d.0)) / \(ms(d.1)) | \(ms(f.0)) / \(ms(f.1)) | "
          + String(format: "%.1f %% / %.1f %%", f.0 * 100 / d.0, f.1 * 100 / d.1) + " | \(ms(r.0)) / \(ms(r.1)) | \(fingerprinted) |")
}
