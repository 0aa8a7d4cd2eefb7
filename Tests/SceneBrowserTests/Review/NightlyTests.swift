import Foundation
import SceneBundle
import SceneConfig
import SceneReport
import Testing
@testable import SceneRun
import SceneTestSupport

/// Issue 19's must-show, through real Chromium and the real runner: a generated nightly of 500
/// executions (125 pages × 4 viewports) of a demo site with a templated header. Then the header
/// changes on every page, 5 pages change on their own, and an ad slot on 20 pages shows another
/// advert. The run holds 7 changes; a reviewer's approvals.json (the header ticked in the report in
/// Chromium, the file downloaded from it) approving the header promotes
/// exactly the pages holding nothing else; a second one marking the advert flaky promotes the ad
/// pages and records the advert in known-changes.jsonl; the next night the advert flips back and
/// those pages pass, while the 5 real changes still fail.
///
/// `SCENE_NIGHTLY_PAGES` scales the site (125 by default, 30 at least; 4 executions a page).
@Suite(.serialized) struct NightlyTests {
    static let pageCount = ProcessInfo.processInfo.environment["SCENE_NIGHTLY_PAGES"].flatMap(Int.init) ?? 125
    static let adPages = Set(5..<25)
    /// Page-specific changes, each another kind of change.
    static let ownChanges: [Int: (from: String, to: String)] = [
        25: ("$10", "$12"),
        26: (">Buy<", ">Buy now<"),
        27: ("background:#36c", "background:#c63"),
        28: ("<p class=\"note\">", "<p class=\"note\"><b>New!</b> "),
        29: ("<i class=\"dot\"></i>", "<i class=\"dot\" style=\"background:#2a2\"></i>"),
    ]

    /// Fixed-width content, left aligned: a change renders the same at every viewport width, so
    /// one change is one group across viewports.
    static func page(_ n: Int, nav: [String], advert: String?) -> String {
        let ad = advert.map { "<div class=\"ad\">\($0)</div>" } ?? ""
        return """
        <!doctype html><html><head><title>Page \(n)</title><style>
        body { margin: 0; font: 13px sans-serif; width: 300px } header { height: 28px; background: #234; color: #fff; display: flex; gap: 12px; align-items: center; padding: 0 8px }
        main { padding: 6px 8px } h1 { font-size: 16px; margin: 4px 0 } p { margin: 4px 0 } button { font: 13px sans-serif; padding: 2px 8px; color: #fff; border: 0 }
        .ad { position: absolute; left: 200px; top: 110px; width: 90px; height: 40px; font-size: 11px; background: #fe8; color: #333; padding: 2px }
        .dot { display: inline-block; width: 10px; height: 10px; border-radius: 5px; background: #999 }
        </style></head><body><header><b>Northwind</b>\(nav.map { "<span>\($0)</span>" }.joined())</header>
        <main><h1>Page \(n)</h1><p>Price: $10 <i class="dot"></i></p><p><button style="background:#36c">Buy</button></p>
        <p class="note">Text of page \(n).</p></main>\(ad)</body></html>
        """
    }

    /// The site's files: the header's navigation, and the advert shown on the ad pages.
    static func site(nav: [String], advert: String, ownChanges: Bool) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (0..<pageCount).map { n in
            var html = page(n, nav: nav, advert: adPages.contains(n) ? advert : nil)
            if ownChanges, let change = Self.ownChanges[n] { html = html.replacingOccurrences(of: change.from, with: change.to) }
            return ("p\(n).html", html)
        })
    }

    static func write(_ site: [String: String], to server: TestServer) throws {
        for (name, html) in site { try Data(html.utf8).write(to: server.root.appendingPathComponent(name)) }
    }

    @Test func nightlyOfFiveHundredExecutions() async throws {
        let environment = try browserEnvironment()
        let started = Date()
        let oldNav = ["Home", "Shop", "About"], newNav = ["Home", "Shop", "Blog", "About"]
        let saleAdvert = "Sale: 10% off", newAdvert = "New: spring collection"
        let server = try TestServer(pages: Self.site(nav: oldNav, advert: saleAdvert, ownChanges: false))
        defer { server.stop() }
        let root = try temporaryDirectory("nightly")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = BatchRunner(RunnerEnvironment(environment: environment))
        let viewports = [320, 360, 400, 440].map { Viewport(name: "w\($0)", width: $0, height: 160) }
        let executions = (0..<Self.pageCount).flatMap { n in viewports.map { execution("p\(n)", url: "\(server.base)/p\(n).html", viewport: $0) } }
        var request = makeRequest(executions, root: root, concurrency: 4)
        request.runId = "1-record"
        let first = try await runner.run(request)
        #expect(first.records.count == executions.count && first.records.allSatisfy { $0.status == .newBaseline })
        let recorded = Date()

        // The nightly after the release: new header everywhere, 5 page changes, another advert.
        try Self.write(Self.site(nav: newNav, advert: newAdvert, ownChanges: true), to: server)
        request.runId = "2-nightly"
        request.updateBaselines = .none
        let nightly = try await runner.run(request)
        let nightlyDone = Date()
        print("nightly: ms an execution by phase", nightly.manifest.counts.timings.map { t in t.phases.map { "\($0.name)=\(Int(($0.ms ?? 0) / Double(nightly.records.count)))" } } ?? [])
        #expect(nightly.records.count == Self.pageCount * 4 && nightly.records.count >= 500 || Self.pageCount < 125)
        #expect(nightly.records.allSatisfy { $0.status == .failed }, "\(nightly.records.filter { $0.status != .failed }.map { ($0.id, $0.status, $0.error ?? "") }.prefix(5))")
        let groups = ChangeGroups.group(nightly.records)
        func pages(_ group: ChangeGroup) -> Set<Int> { Set(group.executions.map { Int($0.split(separator: "~")[0].dropFirst())! }) }
        let described = groups.map { "\($0.fingerprint): \($0.impact)" }.joined(separator: "\n")
        #expect(groups.count == 7, "expected 7 changes (header, advert, 5 page changes):\n\(described)")
        let header = try #require(groups.first { pages($0).count == Self.pageCount }, "\(described)")
        #expect(header.executions.count == Self.pageCount * 4 && header.viewports.count == 4)
        let advert = try #require(groups.first { pages($0) == Self.adPages }, "\(described)")
        #expect(advert.executions.count == Self.adPages.count * 4)
        for n in Self.ownChanges.keys {
            let own = groups.filter { pages($0) == [n] }
            #expect(own.count == 1 && own.first?.executions.count == 4, "page \(n):\n\(described)")
        }
        // The report shows the same 7 cards, with their impact lines.
        let site = try ReportBuilder().build(bundle: nightly.bundle, into: nightly.bundle.reportURL).site
        let dashboard = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(dashboard.components(separatedBy: "class=\"change-card").count - 1 == 7)
        #expect(dashboard.contains(header.impact) && dashboard.contains(advert.impact))

        // The reviewer approves the header from the report: exactly the pages holding nothing else are promoted.
        let manifest = try nightly.bundle.readRunManifest()
        let approvals = root.appendingPathComponent("approvals.json")
        let headerOnly = Set(nightly.records.map(\.id).filter { id in
            let n = Int(id.split(separator: "~")[0].dropFirst())!
            return !Self.adPages.contains(n) && Self.ownChanges[n] == nil
        })
        try Self.decide(in: site, approve: [header.fingerprint], to: approvals)
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: approvals)) as? [String: Any]
        #expect(written?["runId"] as? String == manifest.runId && written?["groups"] as? [String] == [header.fingerprint], "\(written ?? [:])")
        let approveHeader = try Self.approve(nightly.bundle.root, approvals)
        #expect(Set(approveHeader.approved) == headerOnly)
        #expect(approveHeader.skipped.count == (Self.adPages.count + Self.ownChanges.count) * 4)
        let audit = try String(contentsOf: root.appendingPathComponent("baselines/audit.jsonl"), encoding: .utf8)
        #expect(audit.split(separator: "\n").filter { $0.contains("\"approve\"") }.count == headerOnly.count)

        // Then marks the advert flaky, the header approved again: the ad pages are promoted, the advert remembered.
        try Self.decide(in: site, approve: [header.fingerprint], flaky: [advert.fingerprint], to: approvals)
        let approveAds = try Self.approve(nightly.bundle.root, approvals)
        // (The header-only pages are promoted again, from the same screenshots: the file approves the header again.)
        #expect(Set(approveAds.approved.map { Int($0.split(separator: "~")[0].dropFirst())! }) == Self.adPages.union(headerOnly.map { Int($0.split(separator: "~")[0].dropFirst())! }))
        #expect(approveAds.flaky == [advert.fingerprint])
        #expect(approveAds.skipped.count == Self.ownChanges.count * 4
                && approveAds.skipped.allSatisfy { $0.reason.contains("also holds changes not approved") })
        let known = try KnownChanges.read(BaselinesFolder(root: root.appendingPathComponent("baselines")).knownChangesURL)
        #expect(known.entries.count == 1 && known.entries.first?.kind == .flaky && known.entries.first?.runId == manifest.runId)
        #expect(known.entries.first?.reverse != nil)

        // The next night the advert is back to the sale; the ad pages, 5 pages changed on their own and 5 others run.
        try Self.write(Self.site(nav: newNav, advert: saleAdvert, ownChanges: true), to: server)
        let sample = Self.adPages.union(Self.ownChanges.keys).union([0, 1, 2, 3, 4])
        var next = makeRequest(executions.filter { sample.contains(Int($0.page.id.dropFirst())!) }, root: root, concurrency: 4, updateBaselines: .none)
        next.runId = "3-next"
        let third = try await runner.run(next)
        for record in third.records {
            let n = Int(record.key.page.dropFirst())!
            if Self.adPages.contains(n) {
                #expect(record.status == .passed && record.baselineDiff?.known?.changes == 1
                        && record.baselineDiff?.regions.allSatisfy { $0.known?.kind == .flaky } == true
                        && record.warnings?.contains { $0.contains("known change") } == true,
                        "\(record.id): \(record.status) \(record.baselineDiff?.regions ?? [])")
            } else if Self.ownChanges[n] != nil {
                #expect(record.status == .failed && record.baselineDiff?.known == nil, "\(record.id): \(record.status)")
            } else {
                #expect(record.status == .passed && record.baselineDiff?.diffPixels == 0, "\(record.id): \(record.status)")
            }
        }
        #expect(third.records.count == sample.count * 4)
        // The report shows the advert greyed with its reason on the ad pages.
        let thirdSite = try ReportBuilder().build(bundle: third.bundle, into: third.bundle.reportURL).site
        let adExecution = try #require(third.records.first { $0.key.page == "p5" })
        let page = try String(contentsOf: thirdSite.appendingPathComponent("x/\(SafeName.of(adExecution.id)).html"), encoding: .utf8)
        #expect(page.contains("region known") && page.contains("marked flaky in run 2-nightly"))
        // JUnit, Markdown and JSON say why the ad pages passed.
        let junit = try String(contentsOf: thirdSite.appendingPathComponent("junit.xml"), encoding: .utf8)
        let markdown = try String(contentsOf: thirdSite.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(junit.components(separatedBy: "known change(s) of the baseline comparison left out").count - 1 == Self.adPages.count * 4)
        #expect(markdown.contains("known change(s) of the baseline comparison left out"))
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: thirdSite.appendingPathComponent("summary.json"))) as? [String: Any]
        let entries = summary?["executions"] as? [[String: Any]] ?? []
        // (The advert flipped back: the change is known by the reverse of the fingerprint marked flaky.)
        let reverse = try #require(known.entries.first?.reverse)
        #expect(entries.filter { ($0["known"] as? [String]) == ["\(reverse) (flaky: marked flaky in run 2-nightly)"] }.count == Self.adPages.count * 4)
        let end = Date()
        print("nightly: \(executions.count) executions recorded in \(Int(recorded.timeIntervalSince(started))) s, "
              + "compared in \(Int(nightlyDone.timeIntervalSince(recorded))) s; \(third.records.count) executions of the next night in "
              + "\(Int(end.timeIntervalSince(nightlyDone))) s (approvals and reports included)")
    }

    /// A reviewer's decision in the report, in Chromium: the changes ticked on the dashboard, and
    /// approvals.json downloaded (a real download) to `url`.
    static func decide(in site: URL, approve: [String], flaky: [String] = [], to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let arguments = ["--decide", site.path, url.path] + approve.flatMap { ["--approve", $0] } + flaky.flatMap { ["--flaky", $0] }
        let data = try ReportFixture.runPython("Tests/SceneBrowserTests/Review/drive_review.py", arguments, timeout: 300)
        struct Session: Decodable { var console: [String]; var pageErrors: [String]; var csp: [String]; var counter: String }
        let session = try JSONDecoder().decode(Session.self, from: data)
        #expect(session.console.isEmpty && session.pageErrors.isEmpty && session.csp.isEmpty, "\(session)")
        #expect(FileManager.default.fileExists(atPath: url.path), "the download was saved")
    }

    struct Approved: Decodable { var approved: [String]; var skipped: [Skipped]; var flaky: [String]; struct Skipped: Decodable { var id: String; var reason: String } }

    /// `scene approve RUN --from FILE --yes --json`, the real command.
    static func approve(_ run: URL, _ decisions: URL) throws -> Approved {
        let result = try SceneExecutable.run(["approve", run.path, "--from", decisions.path, "--yes", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Approved.self, from: Data(result.stdout.utf8))
    }
}
