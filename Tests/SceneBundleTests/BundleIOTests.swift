import Foundation
import Testing
@testable import SceneBundle

@Suite struct BundleIOTests {
    @Test func executionIdIsReadableAndStable() {
        let key = ExecutionKey(page: "home", task: "default", viewport: "desktop", browser: "chromium")
        #expect(key.id == "home~default~desktop~chromium")
    }

    @Test func atomicWriteRoundTripsAndLeavesNoTemporaryFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-bundle-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundle = RunBundle(root: dir)
        var record = ExecutionRecord(key: ExecutionKey(page: "p", task: "t", viewport: "v", browser: "chromium"), url: "http://x/")
        record.status = .passed
        record.baselineDiff = DiffRecord(identical: false, width: 10, height: 10, expectedWidth: 10, expectedHeight: 12,
                                         diffPixels: 3, diffPercentage: 3, shiftAwareDiffPixels: 1, maxDelta: 0.5,
                                         level: .minor, regions: [], bands: [Band(kind: .inserted, y: 2, height: 2)])
        try bundle.writeExecution(record)
        let back = try bundle.readExecution(record.id)
        #expect(back == record)
        #expect(back.level == .minor)
        #expect(back.baselineDiff?.sizeChanged == true)
        let files = try FileManager.default.contentsOfDirectory(atPath: bundle.executionDirectory(record.id).path)
        #expect(files == ["execution.json"])
    }

    @Test func unreadableRecordIsReportedNotFatal() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-bundle-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundle = RunBundle(root: dir)
        try FileManager.default.createDirectory(at: bundle.executionDirectory("a~b~c~d"), withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: bundle.executionRecordURL("a~b~c~d"))
        let (records, problems) = bundle.readExecutions()
        #expect(records.isEmpty)
        #expect(problems.count == 1)
        #expect(problems[0].contains("a~b~c~d"))
    }

    @Test func levelsAreOrdered() {
        #expect(DiffLevel.none < .minor)
        #expect(DiffLevel.minor < .major)
        #expect([DiffLevel.major, .none, .minor].max() == .major)
    }

    @Test func recordWhoseIdDoesNotMatchItsFolderIsSkipped() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-bundle-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundle = RunBundle(root: dir)
        let honest = ExecutionRecord(key: ExecutionKey(page: "a", task: "t", viewport: "v", browser: "chromium"), url: "http://x/")
        try bundle.writeExecution(honest)
        let forged = ExecutionRecord(key: ExecutionKey(page: "..", task: "t", viewport: "v", browser: "chromium"), url: "http://x/")
        try BundleIO.writeJSON(forged, to: bundle.executionRecordURL("b~t~v~chromium"))
        let (records, problems) = bundle.readExecutions()
        #expect(records.map(\.id) == [honest.id])
        #expect(problems.count == 1)
        #expect(problems.first?.contains("lives in folder 'b~t~v~chromium'") == true)
    }
}
