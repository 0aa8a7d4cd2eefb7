import Foundation
import SceneBundle
import Testing
@testable import SceneTrace

/// Traces written by real Playwright releases (1.40 = format 6, 1.50 = 7, 1.53 = 8, 1.65 = 10).
@Suite struct RealTraceTests {
    static let fixtures: [(file: String, version: Int)] = [("pw-1.40.zip", 6), ("pw-1.50.zip", 7), ("pw-1.53.zip", 8), ("pw-1.65.zip", 10)]

    @Test(arguments: fixtures)
    func actionsOfEveryFormatVersion(fixture: (file: String, version: Int)) throws {
        let analysis = try TraceAnalyzer.analyze(trace: Fixtures.url(fixture.file), expected: nil)
        #expect(analysis.traceVersion == fixture.version)
        let got = analysis.actions.map { ($0.kind.rawValue, $0.locatorText) }
        #expect(got.map(\.0) == Fixtures.scriptedActions.map(\.0))
        #expect(got.map(\.1) == Fixtures.scriptedActions.map(\.1))
        #expect(analysis.stats.garbageLines == 0)
        #expect(analysis.stats.unknownEventTypes.isEmpty)
    }

    @Test(arguments: fixtures)
    func valuesTimesStatusAndSecrets(fixture: (file: String, version: Int)) throws {
        let analysis = try TraceAnalyzer.analyze(trace: Fixtures.url(fixture.file), expected: nil)
        let a = analysis.actions
        #expect(a[0].url?.hasPrefix("http://127.0.0.1:") == true)
        #expect(a[1].value == "a@b.c")
        #expect(a[2].redacted && a[2].value == nil)
        #expect(a[3].value == "hi")
        #expect(a[4].value == "Enter")
        #expect(a[6].value == "blue")
        #expect(a[13].value == "0,100")
        #expect(a[14].value?.contains("to.be.visible") == true)
        #expect(a[15].status == .failed)
        #expect(a[15].error?.contains("Timeout 300ms") == true)
        #expect(a.filter { $0.status == .failed }.count == 1)
        #expect(a[7].point != nil)
        #expect(a[1].url == a[0].url)
        // Timeline: increasing start times, plausible durations.
        #expect(zip(a, a.dropFirst()).allSatisfy { $0.startMs <= $1.startMs })
        #expect(a.allSatisfy { ($0.durationMs ?? -1) >= 0 && $0.startMs >= 0 && $0.startMs < 60_000 })
        // The password never leaves the reader, in any output form.
        let summary = try String(decoding: JSONEncoder().encode(TraceSummary(analysis)), as: UTF8.self)
        #expect(!summary.contains("hunter2"))
    }

    @Test func screencastFramesAroundActions() throws {
        let analysis = try TraceAnalyzer.analyze(trace: Fixtures.url("pw-1.65.zip"), expected: nil)
        #expect(!analysis.frames.isEmpty)
        let click = analysis.actions[7]
        #expect(!click.frames.isEmpty)
        #expect(click.frames.allSatisfy { $0.entry.hasSuffix(".jpeg") })
        let archive = try TraceArchive(url: Fixtures.url("pw-1.65.zip"))
        let paths = Set(archive.entries.map(\.path))
        #expect(analysis.frames.allSatisfy { paths.contains($0.entry) })
        let jpeg = try archive.data(click.frames[0].entry)
        #expect(jpeg.prefix(2) == Data([0xFF, 0xD8]))
        #expect(analysis.stats.networkRequests >= 1)
        #expect(analysis.stats.resources >= 1)
    }
}

@Suite struct FrameExportTests {
    @Test func framesAroundActionsAreWrittenAsJPEGs() throws {
        let trace = try Fixtures.url("pw-1.65.zip")
        let analysis = try TraceAnalyzer.analyze(trace: trace, expected: nil)
        let dir = try TempDir()
        let frames = try TraceFrames.export(analysis, trace: trace, to: dir.url)
        #expect(!frames.isEmpty)
        #expect(Set(frames.map(\.file)).count == frames.count)
        for frame in frames {
            let data = try Data(contentsOf: dir.url.appendingPathComponent(frame.file))
            #expect(data.prefix(3) == Data([0xFF, 0xD8, 0xFF]))
        }
        #expect(try TraceFrames.export(TraceAnalyzer.analyze(trace: Fixtures.url("pw-1.40.zip"), expected: nil),
                                       trace: Fixtures.url("pw-1.40.zip"), to: dir.url).isEmpty)
    }
}
