import Foundation
import SceneBundle
import SceneConfig
import Testing
@testable import SceneRun
import SceneTestSupport

/// Webhooks against a real HTTP server on loopback (Support/webhook_server.py), which
/// checks every signature with Python's hmac module.
@Suite(.serialized) struct WebhookTests {
    static let secret = "s3cr3t-for-tests-only"

    struct Server {
        let process: LoopbackProcess
        let port: Int
        let record: URL
        func received() throws -> [[String: Any]] {
            guard let text = try? String(contentsOf: record, encoding: .utf8) else { return [] }
            return try text.split(separator: "\n").map {
                try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
            }
        }
    }

    static func startServer(_ options: [String] = []) throws -> Server {
        let record = FileManager.default.temporaryDirectory.appendingPathComponent("scene-webhook-\(UUID().uuidString).jsonl")
        let script = repositoryRoot.appendingPathComponent("Tests/Fixtures/scale/webhook_server.py").path
        let process = try LoopbackProcess(name: "webhook_server", executable: "/usr/bin/python3",
                                          arguments: [script, "--record", record.path] + options,
                                          environment: ["WEBHOOK_TEST_SECRET": secret])
        let line = try process.waitForLine(containing: "PORT ")
        return Server(process: process, port: Int(line.split(separator: " ")[1])!, record: record)
    }

    static func manifest(status: RunStatus = .running) -> RunManifest {
        var m = RunManifest(runId: "r-1", project: "demo", batch: "nightly", configDigest: "abc", shard: ShardSpec(index: 1, total: 2),
                            startedAt: Date(timeIntervalSince1970: 1_800_000_000), sceneVersion: "0.1.0",
                            plannedExecutionIds: ["home~default~desktop~chromium"])
        m.status = status
        return m
    }

    static func failedRecord() -> ExecutionRecord {
        var r = ExecutionRecord(key: ExecutionKey(page: "home", task: "default", viewport: "desktop", browser: "chromium"),
                                url: "https://admin:hunter2@example.test/home?lang=en", status: .error)
        r.error = "net::ERR_CONNECTION_REFUSED"
        r.attempts = 2
        return r
    }

    static func bundleLog() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("scene-webhooks-\(UUID().uuidString)/webhooks.jsonl")
    }

    /// The transport `scene run` uses: Python's standard library through assets/runner/webhook_post.py.
    static let transport = WebhookTransport.standard(assets: repositoryRoot.appendingPathComponent("assets"),
                                                     fallbackPython: "/usr/bin/python3", environment: ProcessInfo.processInfo.environment)

    static let fast = WebhookRetryPolicy(maxAttempts: 4, initialBackoff: 0.05, multiplier: 2, maxBackoff: 0.5, requestTimeout: 5, totalTimeLimit: 10)

    @Test func signedDeliveriesAreRetriedUntilAccepted() async throws {
        let server = try Self.startServer(["--fail-first", "2"])
        defer { server.process.stop() }
        let log = Self.bundleLog()
        let url = "http://user:pw@127.0.0.1:\(server.port)/hook?token=topsecret"
        let dispatcher = WebhookDispatcher(webhooks: [Webhook(url: url, secretEnv: "SCENE_HOOK_SECRET")],
                                           environment: ["SCENE_HOOK_SECRET": Self.secret, "SCENE_REPORT_URL": "https://ci.example/report/"],
                                           logURL: log, transport: Self.transport, policy: Self.fast)
        await dispatcher.send(.runStarted, manifest: Self.manifest())
        await dispatcher.executionFinished(Self.failedRecord(), manifest: Self.manifest())
        var passed = Self.failedRecord(); passed.status = .passed
        await dispatcher.executionFinished(passed, manifest: Self.manifest()) // not a failure: no event
        await dispatcher.send(.runFinished, manifest: Self.manifest(status: .error))
        let abandoned = await dispatcher.finish(within: 10)
        #expect(abandoned == 0)

        let requests = try server.received()
        #expect(requests.count == 5, "3 deliveries + 2 retries after the two 500s")
        #expect(requests.allSatisfy { $0["signatureValid"] as? Bool == true })
        #expect(requests.allSatisfy { $0["contentType"] as? String == "application/json" })
        #expect(requests.allSatisfy { $0["path"] as? String == "/hook?token=topsecret" })
        // The URL's user:password travels as basic auth (as curl would send it), never in the URL or logs.
        #expect(requests.allSatisfy { $0["authorization"] as? String == "Basic " + Data("user:pw".utf8).base64EncodedString() })
        let accepted = requests.filter { $0["answered"] as? Int == 200 }
        #expect(Set(accepted.compactMap { $0["event"] as? String }) == ["run.started", "execution.failed", "run.finished"])
        #expect(Set(accepted.compactMap { $0["delivery"] as? String }).count == 3)
        let retried = requests.filter { ($0["attempt"] as? String) == "2" }
        #expect(retried.count == 2)

        let failed = try #require(accepted.first { $0["event"] as? String == "execution.failed" })
        let body = try JSONSerialization.jsonObject(with: Data((failed["body"] as! String).utf8)) as! [String: Any]
        #expect(body["schemaVersion"] as? Int == 1)
        #expect(body["runId"] as? String == "r-1")
        #expect(body["batch"] as? String == "nightly")
        #expect(body["reportURL"] as? String == "https://ci.example/report/")
        let execution = try #require(body["execution"] as? [String: Any])
        #expect(execution["id"] as? String == "home~default~desktop~chromium")
        #expect(execution["status"] as? String == "error")
        #expect(execution["url"] as? String == "https://example.test/home?lang=en")

        let logText = try String(contentsOf: log, encoding: .utf8)
        let entries = try logText.split(separator: "\n").map { try JSONDecoder.iso.decode(WebhookDeliveryLog.self, from: Data($0.utf8)) }
        #expect(entries.count == 5)
        #expect(entries.filter { $0.outcome == .delivered }.count == 3)
        #expect(entries.filter { $0.outcome == .retrying }.allSatisfy { $0.status == 500 && $0.error == "HTTP 500" })
        #expect(entries.allSatisfy { $0.url == "http://127.0.0.1:\(server.port)/hook?token=***" })
        // Nothing secret anywhere: signing secret, URL password and token, page password.
        let everything = logText + requests.map { $0["body"] as! String }.joined()
        for secret in [Self.secret, "topsecret", "hunter2", "user:pw"] { #expect(!everything.contains(secret), "leaked \(secret)") }
    }

    @Test func aSlowEndpointNeverHoldsTheRunLongerThanTheFlushBound() async throws {
        let server = try Self.startServer(["--delay", "6"])
        defer { server.process.stop() }
        let dispatcher = WebhookDispatcher(webhooks: [Webhook(url: "http://127.0.0.1:\(server.port)/slow")], environment: [:],
                                           logURL: Self.bundleLog(), transport: Self.transport, policy: Self.fast)
        let clock = ContinuousClock()
        let sendTime = await clock.measure { await dispatcher.send(.runFinished, manifest: Self.manifest(status: .passed)) }
        #expect(sendTime < .milliseconds(200), "send only enqueues")
        var abandoned = 0
        let flushTime = await clock.measure { abandoned = await dispatcher.finish(within: 0.5) }
        #expect(flushTime < .seconds(3))
        #expect(abandoned == 1)
        let entries = await dispatcher.deliveryLog
        #expect(entries.map(\.outcome) == [.abandoned])
    }

    @Test func aDeadEndpointGivesUpAfterTheAttemptBound() async throws {
        // Bind then close a port so nothing listens there.
        let server = try Self.startServer()
        let port = server.port
        server.process.stop()
        let dispatcher = WebhookDispatcher(webhooks: [Webhook(url: "http://127.0.0.1:\(port)/gone")], environment: [:],
                                           logURL: nil, transport: Self.transport, policy: Self.fast)
        await dispatcher.send(.runStarted, manifest: Self.manifest())
        #expect(await dispatcher.finish(within: 10) == 0)
        let entries = await dispatcher.deliveryLog
        #expect(entries.map(\.attempt) == [1, 2, 3, 4])
        #expect(entries.map(\.outcome) == [.retrying, .retrying, .retrying, .failed])
        #expect(entries.allSatisfy { $0.status == nil && $0.error != nil })
    }

    @Test func clientErrorsAreNotRetried() async throws {
        let server = try Self.startServer(["--fail-first", "1", "--fail-status", "401"])
        defer { server.process.stop() }
        let dispatcher = WebhookDispatcher(webhooks: [Webhook(url: "http://127.0.0.1:\(server.port)/")], environment: [:],
                                           logURL: nil, transport: Self.transport, policy: Self.fast)
        await dispatcher.send(.runStarted, manifest: Self.manifest())
        await dispatcher.finish(within: 10)
        #expect(try server.received().count == 1)
        #expect(await dispatcher.deliveryLog.map(\.outcome) == [.failed])
        // No signing secret configured: sent unsigned, so the receiver's check fails.
        #expect(try server.received().first?["signature"] is NSNull)
    }

    @Test func aMissingSecretFailsClosedAndEventFiltersApply() async throws {
        let server = try Self.startServer()
        defer { server.process.stop() }
        let base = "http://127.0.0.1:\(server.port)"
        let dispatcher = WebhookDispatcher(
            webhooks: [Webhook(url: base + "/signed", secretEnv: "NOT_SET_ANYWHERE"),
                       Webhook(url: base + "/finished-only", events: ["run.finished"], secretEnv: "K")],
            environment: ["K": Self.secret], logURL: nil, transport: Self.transport, policy: Self.fast)
        await dispatcher.send(.runStarted, manifest: Self.manifest())
        await dispatcher.send(.runFinished, manifest: Self.manifest(status: .passed))
        await dispatcher.finish(within: 10)
        let requests = try server.received()
        #expect(requests.map { $0["path"] as? String } == ["/finished-only"])
        #expect(requests.first?["signatureValid"] as? Bool == true)
        let refused = await dispatcher.deliveryLog.filter { $0.outcome == .failed }
        #expect(refused.count == 2)
        #expect(refused.allSatisfy { $0.attempt == 0 && $0.error?.contains("NOT_SET_ANYWHERE") == true })
    }

    @Test func urlsAreRedactedForLogs() {
        #expect(URLRedaction.forLog("https://u:p@hooks.example/x?token=abc&x#frag") == "https://hooks.example/x?token=***&x")
        #expect(URLRedaction.withoutCredentials("https://u:p@site.test/a?b=c") == "https://site.test/a?b=c")
        #expect(URLRedaction.withoutCredentials("https://site.test/a") == "https://site.test/a")
        #expect(WebhookRetryPolicy().backoff(afterAttempt: 1) == 0.5)
        #expect(WebhookRetryPolicy().backoff(afterAttempt: 3) == 2)
        #expect(WebhookRetryPolicy().backoff(afterAttempt: 10) == 8)
    }
}

extension JSONDecoder {
    static let iso: JSONDecoder = { let d = JSONDecoder(); d.dateDecodingStrategy = .iso8601; return d }()
}
