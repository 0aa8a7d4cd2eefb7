import Foundation
import SceneAnalyze
import SceneBundle
import SceneConfig
import Testing
import SceneTestSupport

/// Grouping accuracy on screenshots Chromium rendered (render_changes.py): the same change on
/// many pages must get one fingerprint, different changes (look-alike traps included) never one.
/// `north` was looked at while writing the fingerprint; `south` was not (held out).
@Suite struct ChangeCorpusTests {
    struct Truth: Decodable {
        struct Change: Decodable { var label: String, x: Double, y: Double, width: Double, height: Double }
        var site: String, page: String, viewport: String, expected: String, observed: String
        var changes: [Change]
    }

    /// One change the comparison found, with the truth label of the box it overlaps.
    struct Instance { var site: String, viewport: String, label: String, fingerprint: String? }

    @Test func sameChangeOneFingerprintDifferentChangesNever() throws {
        let environment = try browserEnvironment()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scene-changes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = venvPython
        process.arguments = [repositoryRoot.appendingPathComponent("Tests/SceneBrowserTests/Review/render_changes.py").path, folder.path]
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let truth = try JSONDecoder().decode([Truth].self, from: Data(contentsOf: folder.appendingPathComponent("truth.json")))
        #expect(truth.count == 64)

        var instances: [Instance] = [], records: [ExecutionRecord] = [], unlabelled = 0, missed = 0
        var seconds = 0.0
        for (i, pair) in truth.enumerated() {
            let start = Date()
            let diff = try ScreenshotComparison.compare(
                expected: URL(fileURLWithPath: pair.expected), observed: URL(fileURLWithPath: pair.observed),
                diff: folder.appendingPathComponent("diff-\(i).png"), heatmap: folder.appendingPathComponent("heat-\(i).png"),
                thresholds: Thresholds())
            seconds += Date().timeIntervalSince(start)
            var record = ExecutionRecord(key: ExecutionKey(page: "\(pair.site)/\(pair.page)", task: "default", viewport: pair.viewport,
                                                           browser: "chromium"), url: "about:blank")
            record.baselineDiff = diff
            records.append(record)
            var found = Set<String>()
            for region in diff.regions {
                let labels = Set(pair.changes.filter { c in
                    Double(region.x) < c.x + c.width + 2 && c.x - 2 < Double(region.x + region.width)
                        && Double(region.y) < c.y + c.height + 2 && c.y - 2 < Double(region.y + region.height)
                }.map(\.label))
                // The header box holds the whole header; a region overlapping it and another change is two changes merged.
                guard labels.count == 1, let label = labels.first else { unlabelled += 1; continue }
                found.insert(label)
                instances.append(Instance(site: pair.site, viewport: pair.viewport, label: label, fingerprint: region.fingerprint))
            }
            missed += Set(pair.changes.map(\.label)).subtracting(found).count
            #expect(diff.bands.isEmpty, "\(pair.page) \(pair.viewport): no row moved in this corpus")
        }
        #expect(unlabelled == 0 && missed == 0, "regions matching no change or several: \(unlabelled); changes with no region: \(missed)")

        var report = "| site | changes found | distinct changes | fingerprints | false merges | false splits (within a viewport) | false splits (across viewports) | unfingerprinted |\n|---|---|---|---|---|---|---|---|\n"
        for site in ["north", "south"] {
            let mine = instances.filter { $0.site == site }
            let byPrint = Dictionary(grouping: mine.filter { $0.fingerprint != nil }, by: { $0.fingerprint! })
            let falseMerges = byPrint.values.filter { Set($0.map(\.label)).count > 1 }.count
            let byLabel = Dictionary(grouping: mine, by: \.label)
            let splitsWithin = Dictionary(grouping: mine, by: { "\($0.label)@\($0.viewport)" }).values
                .reduce(0) { $0 + Set($1.map(\.fingerprint)).count - 1 }
            let splitsAll = byLabel.values.reduce(0) { $0 + Set($1.map(\.fingerprint)).count - 1 }
            let unprinted = mine.filter { $0.fingerprint == nil }.count
            report += "| \(site)\(site == "south" ? " (held out)" : "") | \(mine.count) | \(byLabel.count) | \(byPrint.count) | \(falseMerges) | \(splitsWithin) | \(splitsAll - splitsWithin) | \(unprinted) |\n"
            #expect(falseMerges == 0, "\(site): two different changes share a fingerprint")
            #expect(unprinted == 0)
            #expect(splitsWithin == 0, "\(site): the same change at the same viewport got several fingerprints")
        }
        // The dashboard's groups: one per change and viewport at most, across both sites.
        let groups = ChangeGroups.group(records)
        let header = groups.filter { g in g.executions.count >= 16 }
        report += "\nGroups: \(groups.count) for \(Set(instances.map { "\($0.site)/\($0.label)@\($0.viewport)" }).count) changes per site and viewport"
            + " (header groups: \(header.map { "\($0.executions.count)" }.joined(separator: ", "))); comparisons with fingerprints: \(String(format: "%.2f", seconds)) s for \(truth.count) pairs."
        print(report)

        // Grouping at 10,000 executions: the corpus's records repeated under other page names.
        let many = (0..<157).flatMap { copy in records.map { r -> ExecutionRecord in
            var r = r; r.key.page = "\(copy)/\(r.key.page)"; return r
        } }
        let start = Date()
        let big = ChangeGroups.group(many)
        let elapsed = Date().timeIntervalSince(start)
        print("Grouping \(many.count) executions: \(String(format: "%.3f", elapsed)) s (debug build), \(big.count) groups")
        #expect(big.count == groups.count && many.count >= 10_000)
    }
}
