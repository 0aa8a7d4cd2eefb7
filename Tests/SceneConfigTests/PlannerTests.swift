import Foundation
import Testing
@testable import SceneConfig
import SceneBundle

@Suite struct PlannerTests {
    func matrix(pages: Int) throws -> Config {
        let pageList = (0..<pages).map { "  - {id: p\($0), url: /p\($0)}" }.joined(separator: "\n")
        let (config, d) = validate("""
        project: {name: demo, baseURL: "http://127.0.0.1"}
        viewports: [{name: desktop, width: 1280, height: 800}, {name: mobile, width: 390, height: 844}, 1024x768]
        browsers: [chromium, firefox]
        pages:
        \(pageList)
        tasks: [{id: t1, steps: [{click: "#a"}]}]
        batches:
          - {id: all, tasks: [default, t1]}
          - {id: mobile-only, pages: ["p1*"], viewports: [mobile], browsers: [chromium]}
        """)
        #expect(d.isEmpty, "\(d)")
        return try #require(config)
    }

    @Test func expandsTheMatrixInStableOrder() throws {
        let c = try matrix(pages: 3)
        let plan = try Planner.plan(c, batch: "all", environment: [:])
        #expect(plan.executions.count == 3 * 2 * 3 * 2)
        #expect(plan.executions.first?.id == "p0~default~desktop~chromium")
        #expect(plan.executions[1].id == "p0~default~desktop~firefox")
        #expect(Set(plan.executions.map(\.id)).count == plan.executions.count)
        #expect(plan.executions.first { $0.key.task == "t1" }?.steps.count == 1)
        let again = try Planner.plan(c, batch: "all", environment: [:])
        #expect(again.executions.map(\.id) == plan.executions.map(\.id))
    }

    @Test func batchGlobsAndFilters() throws {
        let c = try matrix(pages: 12)
        let mobile = try Planner.plan(c, batch: "mobile-only", environment: [:])
        #expect(mobile.executions.map(\.key.page) == ["p1", "p10", "p11"])
        let filtered = try Planner.plan(c, batch: "all", filters: ["p2", "*~t1~mobile~*"], environment: [:])
        #expect(filtered.executions.allSatisfy { $0.key.page == "p2" || ($0.key.task == "t1" && $0.key.viewport == "mobile") })
        #expect(filtered.executions.count == 12 + 12 * 2 - 2)
        #expect(throws: PlanError.self) { try Planner.plan(c, batch: "nope", environment: [:]) }
    }

    @Test(arguments: [1, 2, 3, 5, 7, 144, 200])
    func shardsPartitionThePlanEvenly(total: Int) throws {
        let c = try matrix(pages: 12) // 144 executions
        let full = try Planner.plan(c, batch: "all", environment: [:]).executions.map(\.id)
        var seen: [String] = []
        var sizes: [Int] = []
        for i in 1...total {
            let part = try Planner.plan(c, batch: "all", shard: ShardSpec(index: i, total: total), environment: [:]).executions.map(\.id)
            seen += part
            sizes.append(part.count)
        }
        #expect(seen.count == full.count)
        #expect(Set(seen) == Set(full))
        #expect(sizes.max()! - sizes.min()! <= 1)
    }

    @Test func shardParsing() {
        #expect(ShardSpec(parsing: "2/3") == ShardSpec(index: 2, total: 3))
        #expect(ShardSpec(parsing: "0/3") == nil)
        #expect(ShardSpec(parsing: "4/3") == nil)
        #expect(ShardSpec(parsing: "a/b") == nil)
    }

    @Test func globMatching() {
        #expect(Glob.matches("home*", "homepage"))
        #expect(Glob.matches("*~mobile~*", "a~t~mobile~chromium"))
        #expect(Glob.matches("p?", "p1"))
        #expect(!Glob.matches("p?", "p10"))
        #expect(!Glob.matches("home", "homepage"))
    }

    @Test func schemaIsValidJSONAndCoversEveryKey() throws {
        let data = Data(ConfigSchema.jsonSchema().utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let defs = try #require(root["$defs"] as? [String: Any])
        #expect(defs["Page"] != nil && defs["Step"] != nil && defs["Batch"] != nil)
        let page = try #require(defs["Page"] as? [String: Any])
        let props = try #require(page["properties"] as? [String: Any])
        #expect(Set(props.keys) == Set(ConfigSchema.object("Page").keys))
        #expect(ConfigSchema.markdownReference().contains("| `readySelector` |"))
    }
}
