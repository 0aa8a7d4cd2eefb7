// DiffBench: whole-process `scene diff` against odiff, with the in-process PNG decode time as the floor.
// Usage (from the repository root, after `swift build -c release --static-swift-stdlib`):
//   .venv/bin/python Benchmarks/DiffBench/make_pairs.py
//   .build/release/DiffBench [--odiff /path/to/odiff] [--runs 3]
// Prints a Markdown table: median wall time and peak RSS (from /usr/bin/time -v) per pair.
import Foundation
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
let sizes = ["s1280x3500", "s1920x15000", "s3446x10728"]

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

/// One image decoded by `PNGRowReader` (libpng headers, own IDAT path for screenshots), streamed in bands (no comparison): the floor of any PNG diff.
func decodeSeconds(_ url: URL) throws -> Double {
    let times = try (0..<runs).map { _ -> Double in
        let start = DispatchTime.now().uptimeNanoseconds
        let reader = try PNGRowReader(url)
        var band = [UInt8](repeating: 0, count: reader.width * 4 * 128)
        while reader.rowsRead < reader.height {
            let n = min(128, reader.height - reader.rowsRead)
            try band.withUnsafeMutableBufferPointer { try reader.readRows(n, into: $0.baseAddress!) }
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    return times.sorted()[times.count / 2]
}

func ms(_ s: Double) -> String { String(format: "%.0f ms", s * 1000) }
func timing(_ m: Measurement) -> String { "\(ms(m.wall)) (cpu \(ms(m.cpu)), exit \(m.exitCode))" }
func mb(_ m: Double) -> String { String(format: "%.0f MB", m) }

guard FileManager.default.fileExists(atPath: work.appendingPathComponent("s1280x3500-a.png").path) else {
    FileHandle.standardError.write(Data("DiffBench: no pairs in \(work.path); run Benchmarks/DiffBench/make_pairs.py first\n".utf8))
    exit(65)
}
let out = FileManager.default.temporaryDirectory.appendingPathComponent("diffbench-\(getpid())")
try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: out) }

print("| pair | PNG decode a / b | scene diff (diff.png) | odiff --antialiasing -t 0.1 | ratio wall / cpu | scene RSS | odiff RSS | RSS ratio |")
print("|---|---|---|---|---|---|---|---|")
let startup = try median([scene, "--version"])
print("| process start (`scene --version`) | | \(timing(startup)) | | | \(mb(startup.rssMB)) | | |")
var extra: [String] = []
for size in sizes {
    let a = work.appendingPathComponent("\(size)-a.png"), b = work.appendingPathComponent("\(size)-b.png")
    let floorA = try decodeSeconds(a), floorB = try decodeSeconds(b)
    let s = try median([scene, "diff", a.path, b.path, out.appendingPathComponent("scene.png").path])
    var cells = [size + " differing", "\(ms(floorA)) / \(ms(floorB))", timing(s)]
    if let odiff {
        let o = try median([odiff, "--antialiasing", "-t", "0.1", a.path, b.path, out.appendingPathComponent("odiff.png").path])
        cells += [timing(o), String(format: "%.2fx / %.2fx", s.wall / o.wall, s.cpu / o.cpu), mb(s.rssMB), mb(o.rssMB),
                  String(format: "%.2fx", s.rssMB / o.rssMB)]
    } else {
        cells += ["n/a", "n/a", mb(s.rssMB), "n/a", "n/a"]
    }
    print("| " + cells.joined(separator: " | ") + " |")
    let same = work.appendingPathComponent("\(size)-same.png")
    let si = try median([scene, "diff", a.path, same.path])
    var row = ["\(size) byte-identical", "", timing(si)]
    if let odiff {
        let oi = try median([odiff, "--antialiasing", "-t", "0.1", a.path, same.path])
        row += [timing(oi), String(format: "%.2fx / %.2fx", si.wall / oi.wall, si.cpu / oi.cpu), mb(si.rssMB), mb(oi.rssMB), ""]
    } else {
        row += ["n/a", "", mb(si.rssMB), "", ""]
    }
    print("| " + row.joined(separator: " | ") + " |")
    let shifted = work.appendingPathComponent("\(size)-shift.png")
    let sh = try median([scene, "diff", a.path, shifted.path, out.appendingPathComponent("shift.png").path])
    extra.append("| \(size) + 12-px banner | \(timing(sh)) | \(mb(sh.rssMB)) |")
}
print("\nShift-aware pass (scene only; the pair differs in height, odiff stops at the layout difference):\n")
print("| pair | scene diff (diff.png) | scene RSS |")
print("|---|---|---|")
extra.forEach { print($0) }
