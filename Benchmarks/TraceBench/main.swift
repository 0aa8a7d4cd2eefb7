// TraceBench: trace parsing speed and reproduction generation time.
//   SCENE_BENCHMARKS=1 swift run -c release TraceBench [trace.zip] [copies]
// Parses a large trace made of `copies` concatenations of a real Playwright trace
// (default: the 1.65 fixture, 18 actions, copied until ~100 MB), then times action
// mapping + alignment, and repro generation for 1000 actions in each format.
import Foundation
import SceneRepro
import SceneTrace
import ZIPFoundation

/// CPU seconds of this thread: on a shared, busy machine wall time measures the neighbours.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    let start = now()
    try body()
    return now() - start
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

let arguments = CommandLine.arguments
let source = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : "Tests/SceneTraceTests/Fixtures/pw-1.65.zip")
let sourceArchive = try TraceArchive(url: source)
guard let traceEntry = sourceArchive.entries.first(where: { $0.path.hasSuffix(".trace") }) else {
    fatalError("\(source.path) holds no .trace entry")
}
let one = try sourceArchive.data(traceEntry.path)
let copies = arguments.count > 2 ? Int(arguments[2]) ?? 1 : max(1, 100_000_000 / one.count)

// A big trace.zip in a temp folder: the header once, then the body `copies` times.
let work = FileManager.default.temporaryDirectory.appendingPathComponent("tracebench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }
let big = work.appendingPathComponent("big.zip")
let firstNewline = one.firstIndex(of: 0x0A)!
let header = one[...firstNewline], body = one[one.index(after: firstNewline)...]
let total = Int64(header.count + body.count * copies)
let archive = try Archive(url: big, accessMode: .create)
try archive.addEntry(with: "trace.trace", type: .file, uncompressedSize: total, compressionMethod: .deflate, bufferSize: 1 << 20) { position, size in
    var out = Data(capacity: size)
    var p = Int(position)
    while out.count < size {
        let (chunk, offset) = p < header.count ? (Data(header), p) : (Data(body), (p - header.count) % body.count)
        let take = min(size - out.count, chunk.count - offset)
        out.append(chunk[chunk.startIndex + offset ..< chunk.startIndex + offset + take])
        p += take
    }
    return out
}
let zipBytes = (try FileManager.default.attributesOfItem(atPath: big.path)[.size] as? Int) ?? 0

var model = TraceModel()
var parseTimes: [Double] = []
for _ in 0..<3 { parseTimes.append(try seconds { model = try TraceReader().read(url: big) }) }
let mb = Double(model.stats.bytesParsed) / 1_000_000
print(String(format: "parse (CPU time): %.1f MB trace (%.1f MB zipped, %d copies of %@), %d calls: %.2f s median -> %.0f MB/s",
             mb, Double(zipBytes) / 1_000_000, copies, source.lastPathComponent, model.calls.count, median(parseTimes), mb / median(parseTimes)))

var actions: [TraceAction] = []
let mapTime = seconds { actions = ActionMapper.actions(from: model) }
print(String(format: "map: %d actions in %.1f ms", actions.count, mapTime * 1000))

// Alignment of 1000 performed actions against the same list with every 20th one removed.
let performed = Array(actions.prefix(1000))
let expected = performed.enumerated().filter { $0.offset % 20 != 7 }
    .map { ExpectedAction(kind: $0.element.kind, locators: $0.element.locator.map { [$0] } ?? [], value: $0.element.value, url: $0.element.url) }
var pairs: [ActionAlignment.Pair] = []
let alignTime = median((0..<3).map { _ in seconds { pairs = ActionAlignment.align(expected: expected, performed: performed) } })
print(String(format: "align: %d expected vs %d performed, %d unmatched performed (%d removed), %.1f ms", expected.count, performed.count,
             pairs.filter { $0.expected == nil }.count, performed.count - expected.count, alignTime * 1000))

// Repro generation for 1000 actions.
let repro = (0..<1000).map { i -> ReproAction in
    let a = actions[i % actions.count]
    return ReproAction(kind: a.kind, locators: a.locator.map { [$0] } ?? [], value: a.value, redacted: a.redacted,
                       url: a.url, timeMs: Double(i) * 100)
}
for format in ReproFormat.allCases {
    _ = try ReproGenerator.generate(repro, format: format)
    var bytes = 0
    let t = median(try (0..<21).map { _ in try seconds { bytes = try ReproGenerator.generate(repro, format: format).utf8.count } })
    print(String(format: "repro %@: 1000 actions in %.2f ms (%d KB)", format.rawValue, t * 1000, bytes / 1024))
}
