public import Foundation

/// A run bundle folder, the contract between runner, analysis, report and merge. Its layout is
/// written here and nowhere else:
///
///     run.json  plan.json  journal.jsonl  webhooks.jsonl  logs/runner-N.log  report/
///     executions/<execution-id>/execution.json  (and the files `ExecutionFiles` names)
public struct RunBundle: Sendable {
    public let root: URL
    public init(root: URL) { self.root = root }

    public var manifestURL: URL { root.appendingPathComponent("run.json") }
    public var planURL: URL { root.appendingPathComponent("plan.json") }
    public var journalURL: URL { root.appendingPathComponent("journal.jsonl") }
    public var webhooksURL: URL { root.appendingPathComponent("webhooks.jsonl") }
    public var logsURL: URL { root.appendingPathComponent("logs", isDirectory: true) }
    /// The log of runner process `slot` (0-based; files count from 1).
    public func runnerLogURL(slot: Int) -> URL { logsURL.appendingPathComponent("runner-\(slot + 1).log") }
    /// Where `scene run`, `scene merge` and `scene report` write the report by default.
    public var reportURL: URL { root.appendingPathComponent("report", isDirectory: true) }
    public var executionsURL: URL { root.appendingPathComponent("executions", isDirectory: true) }
    public func executionDirectory(_ id: String) -> URL { executionsURL.appendingPathComponent(id, isDirectory: true) }
    public func executionRecordURL(_ id: String) -> URL { executionDirectory(id).appendingPathComponent(ExecutionFiles.record) }

    /// The run folder a command line names: the path itself, or for `<runs>/latest` (when no such
    /// folder exists) the run in `<runs>` that started last.
    public static func locate(_ path: String) -> URL {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        guard url.lastPathComponent == "latest", !FileManager.default.fileExists(atPath: url.path) else { return url }
        let parent = url.deletingLastPathComponent()
        let runs = ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).filter { !$0.hasPrefix(".") }.compactMap { name in
            let bundle = RunBundle(root: parent.appendingPathComponent(name, isDirectory: true))
            return (try? bundle.readManifest()).map { (bundle.root, $0.startedAt) }
        }
        return runs.max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.lastPathComponent < $1.0.lastPathComponent }?.0 ?? url
    }

    public func readManifest() throws -> RunManifest { try BundleIO.readJSON(RunManifest.self, from: manifestURL) }
    public func writeManifest(_ m: RunManifest) throws { try BundleIO.writeJSON(m, to: manifestURL) }
    public func readExecution(_ id: String) throws -> ExecutionRecord { try BundleIO.readJSON(ExecutionRecord.self, from: executionRecordURL(id)) }
    public func writeExecution(_ r: ExecutionRecord) throws { try BundleIO.writeJSON(r, to: executionRecordURL(r.id)) }

    /// A record is a few KB; anything this large is corrupt or hostile.
    public static let maxRecordBytes = 32 << 20

    /// Every execution record on disk, sorted by id, read on `workers` threads (decoding 10k
    /// records one by one takes seconds). A folder without a record (an execution that never
    /// finished) is passed over; a record that is unreadable, too large, a symbolic link or not a
    /// regular file, or that names another folder than its own (readers would then open files
    /// elsewhere), is skipped and said in `problems`.
    public func readExecutions(workers: Int = 1) -> (records: [ExecutionRecord], problems: [String]) {
        let ids = ((try? FileManager.default.contentsOfDirectory(atPath: executionsURL.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
        let slots = Slots<RecordRead>(count: ids.count)
        let executions = executionsURL.path
        Parallel.forEach(ids.count, workers: workers) { i in
            slots.set(i, Self.readRecord(executions + "/" + ids[i] + "/" + ExecutionFiles.record, id: ids[i]))
        }
        var records: [ExecutionRecord] = []
        var problems: [String] = []
        for slot in slots.values {
            switch slot {
            case .success(let r)?: records.append(r)
            case .failure(let p)?: problems.append(p)
            case nil: break
            }
        }
        return (records, problems)
    }

    /// nil: no record in this folder, not a problem.
    private static func readRecord(_ path: String, id: String) -> RecordRead? {
        guard let data = BundleIO.readRegularFile(path, upTo: maxRecordBytes + 1) else {
            var info = stat()
            return lstat(path, &info) == 0 ? .failure("\(path): error: execution record is not a readable regular file; skipped") : nil
        }
        guard data.count <= maxRecordBytes else {
            return .failure("\(path): error: execution record larger than \(maxRecordBytes >> 20) MB; skipped")
        }
        do {
            let record = try BundleIO.decoder.decode(ExecutionRecord.self, from: data)
            guard record.id == id, record.key.id == id else {
                return .failure("\(path): error: execution record says id '\(record.id)' but lives in folder '\(id)'; skipped")
            }
            return .success(record)
        } catch {
            return .failure("\(path): error: unreadable execution record: \(ErrorText.message(error))")
        }
    }

    private enum RecordRead { case success(ExecutionRecord), failure(String) }
}

/// The names of the files in an execution folder (`executions/<id>/`).
public enum ExecutionFiles {
    public static let record = "execution.json"
    public static let observed = "observed.png"
    public static let reference = "reference.png"
    /// The approved baseline, copied for the report.
    public static let baseline = "baseline.png"
    public static let diff = "diff.png"
    public static let heatmap = "heatmap.png"
    public static let referenceDiff = "reference-diff.png"
    public static let referenceHeatmap = "reference-heatmap.png"
    public static let thumbnail = "thumb.jpg"
    public static let trace = "trace.zip"
    public static let console = "console.jsonl"
    /// The elements the steps acted on, promoted with the screenshot by `scene approve`.
    public static let elements = "elements.json"
    /// Layout snapshots (elements, boxes, styles) of the observed and reference screenshots, and
    /// the baseline's copied beside its screenshot: what the explanation of a diff compares.
    public static let layout = "layout.json"
    public static let referenceLayout = "reference-layout.json"
    public static let baselineLayout = "baseline-layout.json"
    /// Screencast frames around each action: `frames/N.jpeg`.
    public static let frames = "frames"
    public static let reproPython = "repro.py"
    public static let reproTypeScript = "repro.spec.ts"
    public static let reproSteps = "repro.txt"
}

/// The approved baselines: `<page>/<task>/<viewport>-<browser>.png`, with a `.json` meta file, an
/// `.elements.json`, a `.layout.json` and the run's `.trace.zip` beside each, and `audit.jsonl`
/// saying who put each one there and when.
public struct BaselinesFolder: Sendable {
    public let root: URL
    public init(root: URL) { self.root = root }

    public func imageURL(_ key: ExecutionKey) -> URL {
        root.appendingPathComponent(key.page, isDirectory: true).appendingPathComponent(key.task, isDirectory: true)
            .appendingPathComponent("\(key.viewport)-\(key.browser).png")
    }
    public func metaURL(_ key: ExecutionKey) -> URL { imageURL(key).deletingPathExtension().appendingPathExtension("json") }
    public func elementsURL(_ key: ExecutionKey) -> URL { imageURL(key).deletingPathExtension().appendingPathExtension("elements.json") }
    /// The trace of the run the baseline came from, for comparing later runs' traces with it.
    public func traceURL(_ key: ExecutionKey) -> URL { imageURL(key).deletingPathExtension().appendingPathExtension("trace.zip") }
    /// The layout snapshot taken with the baseline's screenshot.
    public func layoutURL(_ key: ExecutionKey) -> URL { imageURL(key).deletingPathExtension().appendingPathExtension("layout.json") }
    public var auditURL: URL { root.appendingPathComponent("audit.jsonl") }
    /// Changes reviewers marked flaky or accepted elsewhere (`KnownChanges`).
    public var knownChangesURL: URL { root.appendingPathComponent(KnownChanges.fileName) }
    /// A baseline's path relative to the folder, as the audit log records it.
    public func relativePath(_ key: ExecutionKey) -> String { imageURL(key).path.replacingOccurrences(of: root.path + "/", with: "") }
}
