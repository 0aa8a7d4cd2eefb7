import Foundation
import SceneAnalyze
import SceneBundle
import SceneConfig
import SceneLocator
import Testing
import ZIPFoundation

/// The analyse stage on a recorded execution folder, no browser: a real trace.zip and screenshots
/// that Chromium and Playwright wrote for the demo contact form (Fixtures/contact-send: the task
/// `send-message` on a 390 px mobile viewport; `baseline.png` is the night before, with the heading
/// "Contact us" where `observed.png` says "Contact our team").
@Suite struct ExecutionAnalysisTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/contact-send")

    static let steps: [Step] = [
        Step(kind: .fill, locator: .label("Name"), value: "Ada Lovelace"),
        Step(kind: .fill, locator: .label("Email"), value: "ada@example.com"),
        Step(kind: .select, locator: .label("Plan"), value: "Team"),
        Step(kind: .check, locator: .label("Send me the newsletter")),
        Step(kind: .click, locator: .role("button", name: "Send")),
        Step(kind: .assertVisible, locator: .testId("thanks")),
    ]

    static let execution = PlannedExecution(
        key: ExecutionKey(page: "contact", task: "send-message", viewport: "mobile", browser: "chromium"),
        url: "http://127.0.0.1:8765/form.html", referenceURL: nil,
        viewport: Viewport(name: "mobile", width: 390, height: 844, mobile: true),
        page: Page(id: "contact", url: "form.html"), steps: steps)

    /// A copy of the recorded folder (the analysis writes into it), and the runner's report of it.
    static func folder() throws -> (URL, BrowserCapture) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("scene-analyze-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in ["observed.png", "trace.zip", "console.jsonl"] {
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        let capture = try JSONDecoder().decode(BrowserCapture.self, from: Data(contentsOf: fixture.appendingPathComponent("capture.json")))
        return (directory, capture)
    }

    static func analyze(_ baseline: ExecutionAnalysis.Baseline, capture change: (inout BrowserCapture) -> Void = { _ in },
                        batch: Batch = Batch(id: "b"), execution: PlannedExecution = execution,
                        files: [String: Data] = [:]) throws -> (ExecutionRecord, URL) {
        var (directory, capture) = try folder()
        change(&capture)
        for (name, data) in files { try data.write(to: directory.appendingPathComponent(name)) }
        let started = Date(timeIntervalSince1970: 1_800_000_000)
        let input = ExecutionAnalysis.Input(
            execution: execution, directory: directory, capture: capture, baseline: baseline,
            secrets: SecretRedaction(execution: execution, environment: [:]), attempt: 1,
            startedAt: started, finishedAt: started.addingTimeInterval(7.5))
        return (try ExecutionAnalysis.analyze(input, batch: batch).record, directory)
    }

    @Test func comparedWithTheNightBeforeTheChangedHeadingFails() throws {
        let (record, directory) = try Self.analyze(.compare(Self.fixture.appendingPathComponent("baseline.png")))
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(record.status == .failed)
        #expect(record.durationMs == 7500 && record.attempts == 1)
        let diff = try #require(record.baselineDiff)
        #expect(diff.level == .minor && diff.diffPixels > 500 && diff.diffPixels < 5000, "\(diff.diffPixels)")
        // The heading is the only change: every region lies in the page's upper part.
        #expect(!diff.regions.isEmpty && diff.regions.allSatisfy { $0.y < 300 }, "\(diff.regions)")
        for name in [ExecutionFiles.diff, ExecutionFiles.heatmap, ExecutionFiles.thumbnail, ExecutionFiles.baseline,
                     ExecutionFiles.reproPython, ExecutionFiles.reproTypeScript, ExecutionFiles.reproSteps] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path), "\(name)")
        }
        // The trace's actions line up with the declared steps, in order.
        let trace = try #require(record.trace)
        #expect(trace.actions.map(\.kind) == ["navigate", "fill", "fill", "select", "check", "click", "assert"])
        #expect(trace.actions[5].locator == "getByRole('button', { name: 'Send' })")
        #expect(trace.notPerformed.isEmpty)
        #expect(!trace.frames.isEmpty)
    }

    @Test func withoutABaselineTheScreenshotIsRecorded() throws {
        let (record, directory) = try Self.analyze(.record)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(record.status == .newBaseline && record.baselineDiff == nil)
        #expect(try Data(contentsOf: directory.appendingPathComponent(ExecutionFiles.baseline))
            == Data(contentsOf: directory.appendingPathComponent(ExecutionFiles.observed)))
    }

    /// A comparison run without an approved baseline: failed for good (no retry helps), nothing
    /// recorded in its place, and the error says how to approve.
    @Test func aMissingBaselineFailsPermanently() throws {
        let absent = URL(fileURLWithPath: "/nonexistent/baselines/contact/send-message/mobile-chromium.png")
        let (record, directory) = try Self.analyze(.missing(absent))
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(record.status == .failed && record.failureKind == .permanent && record.missingBaseline == true)
        #expect(record.baselineDiff == nil)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(ExecutionFiles.baseline).path))
        #expect(record.error?.contains("no approved baseline") == true && record.error?.contains("scene approve") == true, "\(record.error ?? "")")
        #expect(record.artifacts.observed != nil, "the screenshot stays for `scene approve`")
    }

    /// The heading change is minor: it fails under the batch's failOn (minor), passes where the page
    /// or task sets failOn: major, and a visual failure is transient (a retake may pass).
    @Test func aPageOrTaskThresholdOverridesTheBatch() throws {
        let baseline = ExecutionAnalysis.Baseline.compare(Self.fixture.appendingPathComponent("baseline.png"))
        let batch = Batch(id: "b", thresholds: Thresholds(minor: 0, major: 5, failOn: .minor))
        let (strict, strictFolder) = try Self.analyze(baseline, batch: batch)
        defer { try? FileManager.default.removeItem(at: strictFolder) }
        #expect(strict.status == .failed && strict.level == .minor && strict.failureKind == .transient)
        var lenient = Self.execution
        lenient.overrides = ExecutionOverrides(thresholds: ThresholdOverrides(failOn: .major))
        let (passed, passedFolder) = try Self.analyze(baseline, batch: batch, execution: lenient)
        defer { try? FileManager.default.removeItem(at: passedFolder) }
        #expect(passed.status == .passed && passed.level == .minor && passed.failureKind == nil, "\(passed.status)")
        // A page's major threshold below the change makes the same change major.
        var tight = Self.execution
        tight.overrides = ExecutionOverrides(thresholds: ThresholdOverrides(major: 0.01))
        let (major, majorFolder) = try Self.analyze(baseline, batch: batch, execution: tight)
        defer { try? FileManager.default.removeItem(at: majorFolder) }
        #expect(major.level == .major && major.status == .failed)
    }

    @Test func aByteIdenticalScreenshotPassesWithoutDiffImages() throws {
        let (record, directory) = try Self.analyze(.compare(Self.fixture.appendingPathComponent("observed.png")))
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(record.status == .passed && record.baselineDiff?.identical == true && record.level == .none)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(ExecutionFiles.diff).path))
    }

    /// The contact page's layout with its heading (synthetic snapshots: the heading's box covers
    /// the changed regions of the recorded screenshots).
    static func contactLayout(_ heading: String) throws -> Data {
        try Node("body", box: (0, 0, 390, 900), [
            Node("h1", text: heading, box: (0, 40, 390, 260)),
            Node("form", id: "contact", box: (16, 320, 358, 500), [Node("button", "button", text: "Send", box: (16, 760, 80, 40))]),
        ]).layoutJSON()
    }

    /// The baseline's layout ("Contact us") in a temporary file, as the baselines folder keeps it.
    static func baselineLayout() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scene-baseline-layout-\(UUID().uuidString.prefix(8)).json")
        try contactLayout("Contact us").write(to: url)
        return url
    }

    @Test func theLayoutSnapshotsSayWhatChanged() throws {
        let baselineLayout = try Self.baselineLayout()
        defer { try? FileManager.default.removeItem(at: baselineLayout) }
        let (record, directory) = try Self.analyze(.compare(Self.fixture.appendingPathComponent("baseline.png"), layout: baselineLayout),
                                                   capture: { $0.artifacts.layout = ExecutionFiles.layout },
                                                   files: [ExecutionFiles.layout: try Self.contactLayout("Contact our team")])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(record.status == .failed && record.artifacts.layout == ExecutionFiles.layout)
        // The baseline's snapshot travels with its screenshot copy.
        #expect(record.artifacts.baselineLayout == ExecutionFiles.baselineLayout)
        #expect(try Data(contentsOf: directory.appendingPathComponent(ExecutionFiles.baselineLayout)) == Data(contentsOf: baselineLayout))
        let explanation = try #require(record.baselineDiff?.explanation)
        #expect(explanation.top?.summary == "`h1`: text “Contact us” → “Contact our team”")
        #expect(explanation.top?.regions.count == record.baselineDiff?.regions.count, "the heading explains every changed region")
        #expect(explanation.unexplained.isEmpty)
    }

    @Test func anUnusableLayoutCostsTheExplanationOnly() throws {
        let baselineLayout = try Self.baselineLayout()
        defer { try? FileManager.default.removeItem(at: baselineLayout) }
        let (record, directory) = try Self.analyze(.compare(Self.fixture.appendingPathComponent("baseline.png"), layout: baselineLayout),
                                                   capture: { $0.artifacts.layout = ExecutionFiles.layout },
                                                   files: [ExecutionFiles.layout: Data("{\"schemaVersion\": 1, \"elements\": 3}".utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(record.status == .failed && record.baselineDiff != nil && record.baselineDiff?.explanation == nil)
        #expect(record.warnings?.contains { $0.contains("no explanation of the changes") && $0.contains(ExecutionFiles.layout) } == true,
                "\(record.warnings ?? [])")
    }

    @Test func aSecretThePageEchoesLeavesItsLayoutAndTheExplanation() throws {
        // The typed name, marked secret, shown back by the page as text: the layout keeps a placeholder.
        var execution = Self.execution
        execution.steps[0].secret = true
        let baselineLayout = try Self.baselineLayout()
        defer { try? FileManager.default.removeItem(at: baselineLayout) }
        let (record, directory) = try Self.analyze(.compare(Self.fixture.appendingPathComponent("baseline.png"), layout: baselineLayout),
                                                   capture: { $0.artifacts.layout = ExecutionFiles.layout }, execution: execution,
                                                   files: [ExecutionFiles.layout: try Self.contactLayout("Thanks, Ada Lovelace")])
        defer { try? FileManager.default.removeItem(at: directory) }
        let layout = try Data(contentsOf: directory.appendingPathComponent(ExecutionFiles.layout))
        #expect(record.artifacts.layout == ExecutionFiles.layout && !String(decoding: layout, as: UTF8.self).contains("Ada Lovelace"))
        let summary = try #require(record.baselineDiff?.explanation?.top?.summary, "the redacted layout still reads")
        #expect(summary.hasPrefix("`h1`: text “Contact us” → “Thanks, ") && !summary.contains("Ada Lovelace"), "\(summary)")
    }

    @Test func aSecretStepsValueLeavesTheTrace() throws {
        // The typed name, marked secret: out of every entry of the real trace, which still reads.
        var execution = Self.execution
        execution.steps[0].secret = true
        let (record, directory) = try Self.analyze(.record, execution: execution)
        defer { try? FileManager.default.removeItem(at: directory) }
        let trace = try #require(record.trace)
        #expect(trace.actions.count == 7)
        #expect(trace.actions[1].kind == "fill" && trace.actions[1].value != "Ada Lovelace")
        // The recorded trace holds the name in several entries; the analysed copy in none, and still reads.
        #expect(try Self.entries(of: Self.fixture.appendingPathComponent("trace.zip"), containing: "Ada Lovelace") >= 2)
        #expect(try Self.entries(of: directory.appendingPathComponent(ExecutionFiles.trace), containing: "Ada Lovelace") == 0)
    }

    /// How many entries of a zip archive hold `text`.
    static func entries(of url: URL, containing text: String) throws -> Int {
        let archive = try Archive(url: url, accessMode: .read)
        var count = 0
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            if data.range(of: Data(text.utf8)) != nil { count += 1 }
        }
        return count
    }

    @Test func theRunnersVerdictComesFirst() throws {
        let (record, directory) = try Self.analyze(.compare(Self.fixture.appendingPathComponent("baseline.png"))) {
            $0.status = .timedOut
            $0.error = "Timeout 30000ms exceeded"
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(record.status == .timedOut && record.timeoutReason == "Timeout 30000ms exceeded")
        #expect(record.baselineDiff == nil && record.artifacts.thumbnail == nil)
        #expect(record.trace != nil, "the trace of a failed attempt is still analysed")
    }

    @Test func aHealedStepWarnsOrFailsAsTheBatchSays() throws {
        let healed = HealingRecord(step: 4, failedLocator: "getByRole('button', { name: 'Submit' })",
                                   chosenLocator: "getByRole('button', { name: 'Send' })", score: 0.91, reason: "same button, renamed")
        for (policy, status, warned) in [(HealedStepPolicy.warn, ExecutionStatus.newBaseline, true), (.fail, .failed, false),
                                         (.pass, .newBaseline, false)] {
            var batch = Batch(id: "b")
            batch.healedSteps = policy
            let (record, directory) = try Self.analyze(.record, capture: { $0.healing = [healed] }, batch: batch)
            defer { try? FileManager.default.removeItem(at: directory) }
            #expect(record.status == status, "\(policy)")
            #expect((record.warnings?.first?.contains("step 5") ?? false) == warned, "\(policy): \(record.warnings ?? [])")
            if policy == .fail { #expect(record.error?.contains("healedSteps: fail") == true) }
        }
    }

    @Test func aLocatorKeptAfterDoubtWarnsNamingBothElementsAndOffersNoRewrite() throws {
        let kept = HealingRecord(step: 0, failedLocator: "getByRole('link', { name: 'Contact us' })",
                                 chosenLocator: "getByRole('link', { name: 'Contact us' })", score: 0.69, reason: "kept",
                                 expected: "link \"Contact us\" in navigation: Menu", found: "link \"Contact us\" in contentinfo", confirmed: true)
        var batch = Batch(id: "b")
        batch.healedSteps = .warn
        let (record, directory) = try Self.analyze(.record, capture: { $0.healing = [kept] }, batch: batch)
        defer { try? FileManager.default.removeItem(at: directory) }
        let warning = record.warnings?.first ?? ""
        #expect(warning.contains("step 1: getByRole('link', { name: 'Contact us' }) kept, though it now finds link \"Contact us\" in contentinfo, "
                                 + "not link \"Contact us\" in navigation: Menu"), "\(warning)")
        #expect(!warning.contains("scene heal"), "there is no new locator to write: \(warning)")
    }

    @Test func theRunnersNotesBecomeTheUnstableReasonAndWarnings() throws {
        let notes = ["hid 1 cookie/consent element(s)", "web fonts still loading after 5 s", "hid 1 cookie/consent element(s)",
                     "observed: page still changing after 3 screenshots"]
        let (record, directory) = try Self.analyze(.record) { $0.notes = notes; $0.settled = false }
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(record.unstable == "observed: page still changing after 3 screenshots")
        #expect(record.warnings == ["hid 1 cookie/consent element(s)", "web fonts still loading after 5 s"],
                "the reference page's same note once, the unstable reason not twice")
        let (settled, folder) = try Self.analyze(.record)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(settled.unstable == nil && settled.warnings == nil)
    }

    @Test func anUnreadableScreenshotIsAnErrorNamingTheFile() throws {
        let (record, directory) = try Self.analyze(.record) { $0.artifacts.observed = "console.jsonl" }
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(record.status == .error)
        #expect(record.error?.contains("console.jsonl") == true, "\(record.error ?? "")")
    }
}
