import Foundation
import Testing
import ZIPFoundation
@testable import SceneTrace

@Suite struct BadInputTests {
    @Test func truncatedZipIsACorruptError() throws {
        let dir = try TempDir()
        let data = try Data(contentsOf: Fixtures.url("pw-1.65.zip"))
        for cut in [data.count / 2, data.count - 30, 100] {
            let url = dir.url.appendingPathComponent("cut\(cut).zip")
            try data.prefix(cut).write(to: url)
            #expect(throws: TraceError.self) { try TraceReader().read(url: url) }
            #expect(throws: TraceError.self) { try TraceReader().read(data: data.prefix(cut)) }
        }
    }

    @Test func damagedEntryFailsItsChecksum() throws {
        var data = try Data(contentsOf: Fixtures.url("pw-1.50.zip"))
        // Flip bytes inside the first entry's compressed data (after its 30-byte local header + name).
        for i in 60..<80 { data[i] ^= 0x5A }
        #expect(throws: TraceError.self) { try TraceReader().read(data: data) }
    }

    @Test func notAZip() throws {
        let error = #expect(throws: TraceError.self) { try TraceReader().read(data: Data("hello, not a zip".utf8)) }
        #expect(error.map { "\($0)" }?.contains("not a readable zip") == true)
        let dir = try TempDir()
        #expect(throws: TraceError.self) { try TraceReader().read(url: dir.url.appendingPathComponent("absent.zip")) }
    }

    @Test(arguments: ["../evil.trace", "resources/../../x", "/etc/passwd", "a\\..\\b.trace", "C:/x.trace"])
    func unsafeEntryNamesAreRefused(name: String) throws {
        let dir = try TempDir()
        let url = dir.url.appendingPathComponent("t.zip")
        try ZipBuilder.write([("trace.trace", ZipBuilder.lines([ZipBuilder.header])), (name, Data("x".utf8))], to: url)
        #expect(throws: TraceError.unsafeEntry(name)) { try TraceReader().read(url: url) }
    }

    @Test func zipBombIsRefusedBeforeInflating() throws {
        let dir = try TempDir()
        let url = dir.url.appendingPathComponent("bomb.zip")
        let size: Int64 = 64 << 20
        try ZipBuilder.writeStreamed(name: "trace.trace", size: size, to: url, compression: .deflate) { _, n in Data(count: n) }
        let onDisk = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int
        #expect(onDisk < 1 << 20) // 64 MiB of zeros squeezed below 1 MiB
        let limits = TraceLimits(maxEntryBytes: 16 << 20)
        let error = #expect(throws: TraceError.self) { try TraceReader(limits: limits).read(url: url) }
        #expect("\(error!)".contains("limit"))
        let total = TraceLimits(maxEntryBytes: 1 << 30, maxTotalBytes: 32 << 20)
        #expect(throws: TraceError.self) { try TraceReader(limits: total).read(url: url) }
        let many = TraceLimits(maxEntries: 0)
        #expect(throws: TraceError.self) { try TraceReader(limits: many).read(url: url) }
    }

    @Test func garbageLinesAndUnknownEventsAreSkippedAndCounted() throws {
        let lines = [ZipBuilder.header] + ZipBuilder.click(1, at: 20) + [
            "this is not json", "{\"no\":\"type\"}", "[1,2,3]", "{\"type\":\"from-the-future\",\"x\":1}",
            "{\"type\":\"from-the-future\"}", "{\"type\":\"log\",\"callId\":\"ghost\",\"message\":\"m\"}", "{broken",
        ] + ZipBuilder.click(2, at: 40)
        let model = try TraceReader().read(data: zip([("trace.trace", ZipBuilder.lines(lines))]))
        #expect(model.stats.garbageLines == 4)
        #expect(model.stats.unknownEventTypes == ["from-the-future": 2])
        #expect(model.stats.orphanEvents == 1)
        #expect(ActionMapper.actions(from: model).map(\.locatorText) == ["locator('#b1')", "locator('#b2')"])
    }

    @Test func overlongLinesAreDroppedNotBuffered() throws {
        let huge = "{\"type\":\"console\",\"text\":\"" + String(repeating: "a", count: 300_000) + "\"}"
        let lines = [ZipBuilder.header, huge] + ZipBuilder.click(1, at: 20)
        let model = try TraceReader(limits: TraceLimits(maxLineBytes: 100_000)).read(data: zip([("trace.trace", ZipBuilder.lines(lines))]))
        #expect(model.stats.oversizedLines == 1)
        #expect(model.calls.count == 1)
    }

    @Test func newerFormatIsRefusedWithAClearMessage() throws {
        let header = ZipBuilder.header.replacingOccurrences(of: "\"version\":10", with: "\"version\":11")
        let error = #expect(throws: TraceError.self) { try TraceReader().read(data: zip([("trace.trace", ZipBuilder.lines([header]))])) }
        #expect(error == .unsupportedVersion(11, maxKnown: 10))
        #expect("\(error!)".contains("newer than the newest"))
    }

    @Test func archiveWithoutTrace() throws {
        #expect(throws: TraceError.noTraceFile) { try TraceReader().read(data: zip([("readme.txt", Data("hi".utf8))])) }
    }

    @Test func severalContextsShareOneTimeline() throws {
        // Two contexts started 1 s apart on the wall clock, with unrelated monotonic clocks.
        let second = ZipBuilder.header.replacingOccurrences(of: "\"wallTime\":1000000", with: "\"wallTime\":1001000")
            .replacingOccurrences(of: "\"monotonicTime\":10", with: "\"monotonicTime\":5000")
        let data = try zip([
            ("0-trace.trace", ZipBuilder.lines([ZipBuilder.header] + ZipBuilder.click(1, at: 20) + ZipBuilder.click(3, at: 2000))),
            ("1-trace.trace", ZipBuilder.lines([second] + ZipBuilder.click(2, at: 5100))),
        ])
        let model = try TraceReader().read(data: data)
        #expect(model.contexts.count == 2)
        let actions = ActionMapper.actions(from: model)
        #expect(actions.map(\.locatorText) == ["locator('#b1')", "locator('#b2')", "locator('#b3')"])
        #expect(actions.map(\.context) == [0, 1, 0])
        #expect(actions.map(\.startMs) == [0, 1090, 1980])
    }

    /// A 200 MB trace (snapshots, as in real traces, plus 2 000 actions), streamed from a
    /// stored zip in a temp dir: read with bounded memory.
    @Test func twoHundredMegabyteTraceWithBoundedMemory() throws {
        let dir = try TempDir()
        let url = dir.url.appendingPathComponent("big.zip")
        let snapshot = Data(("{\"type\":\"frame-snapshot\",\"snapshot\":{\"callId\":\"cX\",\"frameUrl\":\"http://127.0.0.1/\",\"html\":[\""
                             + String(repeating: "x", count: 100_000) + "\"]}}\n").utf8)
        let unit = snapshot + ZipBuilder.lines(ZipBuilder.click(0, at: 20))   // one snapshot + one click
        let units = 200_000_000 / unit.count + 1
        let head = ZipBuilder.lines([ZipBuilder.header])
        let size = Int64(head.count + units * unit.count)
        try ZipBuilder.writeStreamed(name: "trace.trace", size: size, to: url, compression: .none) { position, n in
            var out = Data(capacity: n)
            var p = Int(position)
            while out.count < n {
                let (source, offset) = p < head.count ? (head, p) : (unit, (p - head.count) % unit.count)
                let take = min(n - out.count, source.count - offset)
                out.append(source[offset..<offset + take])
                p += take
            }
            return out
        }
        let before = peakResidentBytes()
        let model = try TraceReader().read(url: url)
        let growth = peakResidentBytes() - before
        #expect(model.stats.bytesParsed == UInt64(size))
        #expect(size >= 200_000_000)
        #expect(model.stats.events["frame-snapshot"] == units)
        #expect(model.calls.count == units)
        #expect(growth < 150 << 20, "peak memory grew by \(growth >> 20) MiB")
    }

    private func zip(_ entries: [(String, Data)]) throws -> Data {
        let dir = try TempDir()
        let url = dir.url.appendingPathComponent("t.zip")
        try ZipBuilder.write(entries, to: url)
        return try Data(contentsOf: url)
    }

    private func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}
