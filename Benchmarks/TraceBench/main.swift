// TraceBench: trace parsing speed, element identity's cost, reproduction generation time and redaction cost.
//   SCENE_BENCHMARKS=1 swift run -c release TraceBench [trace.zip] [copies]
// Times the whole analysis of a ~200-action trace with and without element identity, then
// parses a large trace made of `copies` concatenations of a real Playwright trace
// (default: the 1.65 fixture, 18 actions, copied until ~100 MB), times action mapping +
// alignment, repro generation for 1000 actions in each format, and the redaction of that
// trace with the fixture's resources.
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

let work = FileManager.default.temporaryDirectory.appendingPathComponent("tracebench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

/// A trace.zip in the temp folder: the source trace's header once, then its body `copies` times.
func concatenatedTrace(copies: Int, name: String) throws -> URL {
    let url = work.appendingPathComponent(name)
    let firstNewline = one.firstIndex(of: 0x0A)!
    let header = one[...firstNewline], body = one[one.index(after: firstNewline)...]
    let total = Int64(header.count + body.count * copies)
    let archive = try Archive(url: url, accessMode: .create)
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
    return url
}

// Element identity's cost (issue 15: at most +30 %): the whole analysis (read, map, align with a
// recording missing every 10th action) of a trace of about 200 actions, with and without
// reading the targets from the DOM snapshots, interleaved runs.
let perCopy = ActionMapper.actions(from: try TraceReader().read(url: source)).count
let small = try concatenatedTrace(copies: max(1, (200 + perCopy - 1) / perCopy), name: "200.zip")
let smallActions = TraceAnalyzer.analyze(model: try TraceReader().read(url: small), expected: nil).actions
let smallExpected = smallActions.enumerated().filter { $0.offset % 10 != 3 }
    .map { ExpectedAction(kind: $0.element.kind, locators: $0.element.locator.map { [$0] } ?? [], value: $0.element.value, url: $0.element.url) }
var withIdentity: [Double] = [], withoutIdentity: [Double] = []
var targets = 0
for _ in 0..<15 {
    withoutIdentity.append(try seconds { _ = TraceAnalyzer.analyze(model: try TraceReader(elementIdentity: false).read(url: small), expected: smallExpected) })
    withIdentity.append(try seconds {
        targets = TraceAnalyzer.analyze(model: try TraceReader().read(url: small), expected: smallExpected).actions.filter { $0.target != nil }.count
    })
}
print(String(format: "analysis of %d actions (%d with a target element): %.1f ms without element identity, %.1f ms with (median of 15): +%.0f %%",
             smallActions.count, targets, median(withoutIdentity) * 1000, median(withIdentity) * 1000,
             (median(withIdentity) / median(withoutIdentity) - 1) * 100))
// Where it goes: reading (snapshot scanning) and alignment (matching recorded locators against elements).
let plainModel = try TraceReader(elementIdentity: false).read(url: small), identityModel = try TraceReader().read(url: small)
let readPlain = median(try (0..<15).map { _ in try seconds { _ = try TraceReader(elementIdentity: false).read(url: small) } })
let readIdentity = median(try (0..<15).map { _ in try seconds { _ = try TraceReader().read(url: small) } })
let alignPlain = median((0..<15).map { _ in seconds { _ = TraceAnalyzer.analyze(model: plainModel, expected: smallExpected) } })
let alignIdentity = median((0..<15).map { _ in seconds { _ = TraceAnalyzer.analyze(model: identityModel, expected: smallExpected) } })
print(String(format: "  read %.1f / %.1f ms, map + align %.1f / %.1f ms (without / with)", readPlain * 1000, readIdentity * 1000,
             alignPlain * 1000, alignIdentity * 1000))

// A big trace.zip: the header once, then the body `copies` times.
let big = try concatenatedTrace(copies: copies, name: "big.zip")
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

// Redaction of the big trace with the page's resources: the fixture's login page types into a
// password field (its value is in every snapshot), its HTML is a resource. Each run redacts a fresh
// copy in place; CPU time of this thread (the rewrite is single-threaded).
let redactSource = work.appendingPathComponent("redact-source.zip")
try FileManager.default.copyItem(at: big, to: redactSource)
do {
    let output = try Archive(url: redactSource, accessMode: .update)
    for entry in sourceArchive.entries where !entry.path.hasSuffix(".trace") {
        let data = try sourceArchive.data(entry.path)
        try output.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position) ..< Int(position) + size)
        }
    }
}
var redactTimes: [Double] = []
var redaction: TraceRedactor.Report?
for run in 0..<3 {
    let copy = work.appendingPathComponent("redact-\(run).zip")
    try FileManager.default.copyItem(at: redactSource, to: copy)
    redactTimes.append(try seconds { redaction = try TraceRedactor.redact(trace: copy, rules: TraceRedaction(secrets: ["Hunter2-Pw"])) })
    try FileManager.default.removeItem(at: copy)
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(String(format: "redact (CPU time): %.1f MB trace + resources, %d values replaced, %d found in the trace: %.2f s median -> %.0f MB/s (peak RSS of the process %d MB)",
             mb, redaction?.replaced ?? 0, redaction?.discoveredSecrets.count ?? 0, median(redactTimes), mb / median(redactTimes), usage.ru_maxrss / 1024))
