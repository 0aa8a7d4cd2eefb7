import Foundation
import Testing
import SceneTestSupport

/// The batch's size limits reach the pipeline: a screenshot above `maxImagePixels` is an
/// execution error naming the limit, and out-of-range limits are config errors.
@Suite("Resource limits")
struct LimitsTests {
    @Test func imagePixelLimitFromConfig() throws {
        let environment = try browserEnvironment()
        let server = try siteServer()
        defer { server.stop() }
        let work = try temporaryDirectory("limits")
        defer { try? FileManager.default.removeItem(at: work) }
        let config = """
        project: {name: limits, baseURL: "\(server.base)/"}
        viewports: [{name: small, width: 480, height: 360}]
        pages: [{id: p0, url: plain/0.html}]
        batches: [{id: tight, retries: 0, executionTimeout: 40s, maxImagePixels: 10000, maxTraceMegabytes: 64}]
        """
        try Data(config.utf8).write(to: work.appendingPathComponent("scene.yml"))
        let result = try SceneExecutable.run(["run", "--config", "scene.yml", "--json", "--no-report"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work)
        #expect(result.status == 2, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let execution = try #require((document["executions"] as? [[String: Any]])?.first)
        #expect((execution["error"] as? String ?? "").contains("exceeds the pixel limit of 10000 pixels"), "\(execution)")

        try Data(config.replacingOccurrences(of: "maxImagePixels: 10000", with: "maxImagePixels: 5").utf8)
            .write(to: work.appendingPathComponent("scene.yml"))
        let invalid = try SceneExecutable.run(["validate", "--config", "scene.yml"], environment: environment, in: work)
        #expect(invalid.status == 65 && invalid.stderr.contains("maxImagePixels"), "\(invalid.status) \(invalid.stderr)")
    }
}
