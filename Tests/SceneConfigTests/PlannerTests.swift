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
        // A page filter and a whole-id filter: both must match.
        let filtered = try Planner.plan(c, batch: "all", filters: ["p2", "*~t1~mobile~*"], environment: [:])
        #expect(filtered.executions.map(\.id) == ["p2~t1~mobile~chromium", "p2~t1~mobile~firefox"])
        #expect(throws: PlanError.self) { try Planner.plan(c, batch: "nope", environment: [:]) }
    }

    /// Filters on one part are alternatives, filters on different parts must all match: the same
    /// function for plan, run and approve.
    @Test func filtersCombineAcrossPartsAndAlternateWithinOne() throws {
        let c = try matrix(pages: 12)
        let all = try Planner.plan(c, batch: "all", environment: [:]).executions
        func ids(_ filters: [String]) throws -> Set<String> {
            Set(try Planner.plan(c, batch: "all", filters: filters, environment: [:]).executions.map(\.id))
        }
        // The README's shape: a whole-id glob and a viewport.
        let pricing = try ids(["p3~*", "mobile"])
        #expect(pricing == Set(all.filter { $0.key.page == "p3" && $0.key.viewport == "mobile" }.map(\.id)))
        #expect(pricing.count == 2 * 2)
        // Two pages (one part: either), one viewport and one browser (other parts: all of them).
        let some = try ids(["p3", "p4", "mobile", "firefox"])
        #expect(some == ["p3~default~mobile~firefox", "p3~t1~mobile~firefox", "p4~default~mobile~firefox", "p4~t1~mobile~firefox"])
        // A named part, and globs on it.
        #expect(try ids(["viewport=mob*", "task=t1", "page=p1?"]).count == 2 * 2)
        #expect(try ids(["1024x768"]).allSatisfy { $0.contains("~1024x768~") })
        #expect(try ids([]).count == all.count)
        let filter = try ExecutionFilter(["p3", "p4", "mobile"], among: all.map(\.key))
        #expect(filter.description == "page=p3 or p4, and viewport=mobile")
    }

    /// A filter that selects nothing, a glob on two parts, or an unknown part name is an error that
    /// names what exists: never an empty or wrong set in silence.
    @Test func filtersThatMatchNothingOrTwoPartsAreErrors() throws {
        let c = try matrix(pages: 3)
        #expect { try Planner.plan(c, batch: "all", filters: ["tablet"], environment: [:]) } throws: { error in
            let e = error as? PlanError
            return e?.message == "--filter 'tablet' matches no execution" && e?.hint?.contains("viewports: 1024x768, desktop, mobile") == true
        }
        #expect { try Planner.plan(c, batch: "all", filters: ["screen=mobile"], environment: [:]) } throws: { error in
            (error as? PlanError)?.message.contains("unknown part 'screen'") == true
        }
        // "p*" matches pages (p0…) and nothing else; "*1" matches page p1 and task t1.
        #expect(try Planner.plan(c, batch: "all", filters: ["p*"], environment: [:]).executions.count == 3 * 2 * 3 * 2)
        #expect { try Planner.plan(c, batch: "all", filters: ["*1"], environment: [:]) } throws: { error in
            let e = error as? PlanError
            return e?.message == "--filter '*1' matches more than one part: page 'p1' and task 't1'"
                && e?.hint == "say which: --filter 'page=*1' or --filter 'task=*1'"
        }
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
        #expect(sizes.reduce(0, +) == full.count)
    }

    /// The night: 35 pages on desktop and mobile, two shards. A round-robin cut gave one shard
    /// every desktop execution and the other every mobile one; the balanced cut gives each shard its
    /// share of both, and planned costs within 10 % of each other (without and with history).
    @Test(arguments: [2, 3, 4])
    func shardsOfATwoViewportPlanAreBalanced(total: Int) throws {
        let pageList = (0..<35).map { "  - {id: page\($0), url: /docs/\($0)}" }.joined(separator: "\n")
        let (config, d) = validate("""
        project: {name: docs, baseURL: "http://127.0.0.1"}
        viewports: [{name: desktop, width: 1280, height: 800}, {name: mobile, width: 390, height: 844, deviceScaleFactor: 3, mobile: true}]
        pages:
        \(pageList)
        """)
        #expect(d.isEmpty, "\(d)")
        let c = try #require(config)
        let full = try Planner.plan(c, batch: nil, environment: [:])
        // The durations the issue measured: 850 s for the desktop half, 1,433 s for the mobile half, with spread.
        var history: [String: Double] = [:]
        for (i, e) in full.executions.enumerated() {
            history[e.id] = (e.key.viewport == "mobile" ? 1433.0 : 850.0) / 35 * (0.6 + 0.8 * Double(i % 7) / 6)
        }
        history.removeValue(forKey: full.executions[5].id)  // a page new since: estimated, scaled like the others
        for durations in [nil, history] {
            var costs: [Double] = []
            var seen: Set<String> = []
            for i in 1...total {
                let shard = try Planner.plan(c, batch: nil, shard: ShardSpec(index: i, total: total), durations: durations, environment: [:])
                #expect(Set(shard.executions.map(\.key.viewport)) == ["desktop", "mobile"], "shard \(i)/\(total) gets every viewport")
                #expect(shard.unshardedIds == full.executions.map(\.id))
                costs.append(shard.costs.reduce(0, +))
                seen.formUnion(shard.executions.map(\.id))
            }
            #expect(seen.count == full.executions.count)
            let spread = (costs.max()! - costs.min()!) / costs.max()!
            #expect(spread <= 0.10, "planned costs \(costs.map { Int($0) }) differ by \(Int(spread * 100)) % (durations: \(durations != nil))")
        }
        // The same inputs always give the same cut (each CI job computes its own).
        let again = try Planner.plan(c, batch: nil, shard: ShardSpec(index: 1, total: total), durations: history, environment: [:])
        #expect(again == (try Planner.plan(c, batch: nil, shard: ShardSpec(index: 1, total: total), durations: history, environment: [:])))
    }

    /// Thresholds and time limits: each key from the task, else the page, else the batch, else the default.
    @Test func pagesAndTasksOverrideTheBatchKeyByKey() throws {
        let (config, d) = validate("""
        project: {name: demo, baseURL: "http://127.0.0.1"}
        pages:
          - {id: slow, url: /slow, navigationTimeout: 60s, thresholds: {major: 5, failOn: major}}
          - {id: plain, url: /plain}
        tasks:
          - {id: checkout, steps: [{click: "#buy"}], stepTimeout: 25, thresholds: {failOn: minor}}
        batches:
          - {id: nightly, tasks: [default, checkout], executionTimeout: 3m, captureTimeout: 45s, thresholds: {minor: 0.1, major: 2}}
        """)
        #expect(d.isEmpty, "\(d)")
        let c = try #require(config)
        let plan = try Planner.plan(c, batch: "nightly", environment: [:])
        func settings(_ id: String) throws -> ExecutionSettings {
            plan.batch.settings(for: try #require(plan.executions.first { $0.id == id }))
        }
        let slow = try settings("slow~default~desktop~chromium")
        #expect(slow.timeLimits == TimeLimits(execution: 180, navigation: 60, step: 10, capture: 45))
        #expect(slow.thresholds.minor == 0.1 && slow.thresholds.major == 5 && slow.thresholds.failOn == .major)
        let slowCheckout = try settings("slow~checkout~desktop~chromium")
        #expect(slowCheckout.timeLimits == TimeLimits(execution: 180, navigation: 60, step: 25, capture: 45))
        #expect(slowCheckout.thresholds.major == 5 && slowCheckout.thresholds.failOn == .minor, "the task's failOn over the page's")
        let plain = try settings("plain~default~desktop~chromium")
        #expect(plain.timeLimits == TimeLimits(execution: 180, navigation: 30, step: 10, capture: 45))
        #expect(plain.thresholds == plan.batch.thresholds)
    }

    @Test func overrideMistakesAreReportedWhereTheyAre() throws {
        let (_, d) = validate("""
        project: {name: demo, baseURL: "http://127.0.0.1"}
        pages:
          - {id: a, url: /a, thresholds: {runMajorPercent: 5}}
          - {id: b, url: /b, executionTimeout: 20, navigationTimeout: 40}
          - {id: c, url: /c, thresholds: {minor: 3, major: 1}}
        """)
        let messages = d.map { "\($0.line): \($0.severity.rawValue): \($0.message)" }
        #expect(messages.contains("3: error: runMajorPercent is a setting of the whole run"), "\(messages)")
        #expect(messages.contains("4: warning: navigationTimeout (40 s) is longer than executionTimeout (20 s): the execution timeout ends it first"), "\(messages)")
        #expect(messages.contains("5: error: minor (3.0%) must not be above major (1.0%)"), "\(messages)")
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
