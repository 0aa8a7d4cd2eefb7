import Foundation
import Testing
import Yams

/// The CI examples in docs/ci are documentation users copy: they must parse, and their
/// shard matrices, merge steps and published paths must agree with each other.
/// (actionlint itself cannot be installed here: its PyPI wrapper downloads the binary
/// from GitHub. This is the structural check instead.)
@Suite struct CIExamplesTests {
    static let ci = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/ci")

    func yaml(_ name: String) throws -> [[String: Any]] {
        let text = try String(contentsOf: Self.ci.appendingPathComponent(name), encoding: .utf8)
        return try Yams.load_all(yaml: text).map { try #require($0 as? [String: Any], "\(name): a document is not a mapping") }
    }

    @Test func theGitHubWorkflowIsWellFormedAndConsistent() throws {
        let workflow = try #require(try yaml("github-actions.yml").first)
        #expect(workflow["name"] as? String == "scene-nightly")
        // `on:` is a YAML 1.1 boolean for some parsers; Yams (YAML 1.2 core) keeps it a string key.
        let on = try #require(workflow["on"] as? [String: Any])
        let cron = try #require((on["schedule"] as? [[String: Any]])?.first?["cron"] as? String)
        #expect(cron.split(separator: " ").count == 5, "cron has 5 fields")
        #expect(on.keys.contains("workflow_dispatch"))

        let jobs = try #require(workflow["jobs"] as? [String: [String: Any]])
        #expect(Set(jobs.keys) == ["build", "shard", "merge", "publish", "verdict"])
        for (id, job) in jobs {
            #expect(job["runs-on"] is String, "\(id): runs-on")
            let needs = (job["needs"] as? [String]) ?? (job["needs"] as? String).map { [$0] } ?? []
            #expect(needs.allSatisfy { jobs[$0] != nil }, "\(id): needs an unknown job")
            let steps = try #require(job["steps"] as? [[String: Any]], "\(id): steps")
            for (n, step) in steps.enumerated() {
                #expect((step["run"] != nil) != (step["uses"] != nil), "\(id) step \(n): exactly one of run/uses")
                if let uses = step["uses"] as? String {
                    #expect(uses.range(of: #"^[\w.-]+/[\w.-]+@v\d+$"#, options: .regularExpression) != nil, "\(id): \(uses) pinned to a major")
                }
            }
        }
        // The matrix and the --shard denominator agree: SHARDS = number of matrix entries = 1...n.
        let shards = try #require(((jobs["shard"]?["strategy"] as? [String: Any])?["matrix"] as? [String: Any])?["shard"] as? [Int])
        let env = try #require(workflow["env"] as? [String: Any])
        #expect(shards == Array(1 ... shards.count))
        #expect(env["SHARDS"] as? String == String(shards.count))
        let shardRun = try #require((jobs["shard"]?["steps"] as? [[String: Any]])?.compactMap { $0["run"] as? String }.first { $0.contains("scene run") })
        #expect(shardRun.contains(#"--shard "${{ matrix.shard }}/$SHARDS""#))
        #expect((jobs["shard"]?["strategy"] as? [String: Any])?["fail-fast"] as? Bool == false)

        // Merge: downloads every shard artifact, merges, writes the step summary, publishes the report.
        let merge = try #require(jobs["merge"]?["steps"] as? [[String: Any]])
        let text = merge.map { "\($0)" }.joined(separator: "\n")
        #expect(text.contains("shard-*") && text.contains("scene merge shards/shard-*/*/ --out"))
        #expect(text.contains("$GITHUB_STEP_SUMMARY") && text.contains("summary.md"))
        #expect(merge.contains { $0["uses"] as? String == "actions/upload-pages-artifact@v3" })
        #expect(merge.contains { $0["uses"] as? String == "actions/upload-artifact@v6" })
        let publish = try #require(jobs["publish"])
        #expect((publish["permissions"] as? [String: String]) == ["pages": "write", "id-token": "write"])
        #expect((publish["environment"] as? [String: Any])?["name"] as? String == "github-pages")

        // Every ${{ }} is closed, and only known contexts are used.
        let raw = try String(contentsOf: Self.ci.appendingPathComponent("github-actions.yml"), encoding: .utf8)
        let opened = raw.components(separatedBy: "${{").count - 1
        #expect(opened == raw.components(separatedBy: "}}").count - 1)
        for expression in raw.components(separatedBy: "${{").dropFirst().map({ $0.components(separatedBy: "}}")[0] }) {
            let context = expression.trimmingCharacters(in: .whitespaces).split(separator: ".").first.map(String.init) ?? ""
            #expect(["matrix", "env", "vars", "secrets", "github", "steps", "needs"].contains(context), "unknown context in ${{\(expression)}}")
        }
    }

    @Test func theKubernetesJobsUseTheCompletionIndexAsShard() throws {
        let docs = try yaml("k8s-indexed-job.yaml")
        #expect(docs.map { $0["kind"] as? String } == ["ConfigMap", "PersistentVolumeClaim", "Job"])
        let job = docs[2]
        let spec = try #require(job["spec"] as? [String: Any])
        #expect(spec["completionMode"] as? String == "Indexed")
        let completions = try #require(spec["completions"] as? Int)
        #expect(spec["parallelism"] as? Int == completions)
        let container = try #require((((spec["template"] as? [String: Any])?["spec"] as? [String: Any])?["containers"] as? [[String: Any]])?.first)
        let script = try #require((container["args"] as? [String])?.first)
        #expect(script.contains("shard=$((JOB_COMPLETION_INDEX + 1))"))
        #expect(script.contains(#"--shard "$shard/\#(completions)""#))
        // The config in the ConfigMap is a real scene.yml with the batch the Job runs.
        let configText = try #require((docs[0]["data"] as? [String: String])?["scene.yml"])
        let config = try #require(try Yams.load(yaml: configText) as? [String: Any])
        #expect((config["batches"] as? [[String: Any]])?.first?["id"] as? String == "nightly")
        #expect(script.contains("--batch nightly"))

        let merge = try #require(try yaml("k8s-merge-job.yaml").first)
        #expect(merge["kind"] as? String == "Job")
        let mergeText = "\(merge)"
        #expect(mergeText.contains("scene merge runs/*/ --out merged"))
        #expect(mergeText.contains("/work/scene-nightly"), "merges the folder of job/scene-nightly")
        #expect(job["metadata"].map { "\($0)" }?.contains("scene-nightly") == true)
    }
}
