import Foundation
import Testing
@testable import SceneTrace

@Suite struct DocumentTests {
    /// The `analyze-trace --json` keys of CLI-CONTRACT.md are all there, with explicit nulls.
    @Test func contractShape() throws {
        let analysis = try TraceAnalyzer.analyze(trace: Fixtures.url("pw-1.65.zip"),
                                                 expected: [ExpectedAction(kind: .navigate, url: "/")])
        let data = try JSONEncoder().encode(TraceAnalysisDocument(analysis))
        let doc = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["schemaVersion", "traceVersion", "playwrightVersion", "actions", "missing", "notPerformed", "coverage", "merged"] {
            #expect(doc[key] != nil, "missing key \(key)")
        }
        #expect(doc["schemaVersion"] as? Int == 1 && doc["traceVersion"] as? Int == 10)
        let first = try #require((doc["actions"] as? [[String: Any]])?.first)
        for key in ["index", "kind", "locator", "value", "url", "startMs", "durationMs", "status", "error"] {
            #expect(first.keys.contains(key), "action lacks \(key)")
        }
        let merged = try #require(doc["merged"] as? [String: Any])
        #expect(merged["traceMerged"] as? Bool == true)
        #expect(merged["traceActionsCount"] as? Int == 18)
        #expect(merged["missingActionsAdded"] as? Int == 17)
        let missing = try #require(doc["missing"] as? [[String: Any]])
        #expect(missing.first?["position"] as? Int == 1)
        #expect(!String(decoding: data, as: UTF8.self).contains("hunter2"))
    }
}
