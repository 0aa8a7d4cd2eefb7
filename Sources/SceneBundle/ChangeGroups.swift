/// One distinct change of a run and the executions whose baseline comparison holds it
/// (docs/REVIEW.md). An execution with several changes is in several groups.
public struct ChangeGroup: Codable, Sendable, Hashable {
    /// The change's fingerprint (a region's or an inserted/removed band's).
    public var fingerprint: String
    /// Ids of the executions holding the change, sorted.
    public var executions: [String]
    /// Of `executions`: those whose every change is this one, so approving the group alone promotes them.
    public var approvableAlone: Int
    public var pages: Int
    public var viewports: [String]
    public var browsers: [String]
    /// The largest changed-pixel count among the members' instances of the change.
    public var pixels: Int

    /// "1 change · 812 pages · 3 viewports · 1 browser · 2,436 executions".
    public var impact: String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return [count(pages, "page"), count(viewports.count, "viewport"), count(browsers.count, "browser"),
                count(executions.count, "execution")].joined(separator: " · ")
    }
}

/// Groups a run's executions by change. Only executions whose baseline comparison reached a
/// level of `minor` or more are grouped: they are the ones waiting for a decision (`noise` is not).
public enum ChangeGroups {
    /// The changes of an execution's baseline comparison: its regions' and inserted or removed
    /// bands' fingerprints, nil for a change too large to fingerprint. Empty when nothing to review.
    /// Known changes (`KnownChanges`) are decided already and left out.
    public static func changes(of record: ExecutionRecord) -> [(fingerprint: String?, pixels: Int)] {
        guard let diff = record.baselineDiff, diff.level >= .minor else { return [] }
        return diff.regions.filter { $0.known == nil }.map { ($0.fingerprint, $0.pixels) }
            + diff.bands.filter { $0.kind != .moved && $0.known == nil }.map { ($0.fingerprint, $0.height * diff.width) }
    }

    /// The reverse fingerprint of the change `fingerprint` in `records` (the first region or band holding it).
    public static func reverse(of fingerprint: String, in records: [ExecutionRecord]) -> String? {
        for record in records {
            guard let diff = record.baselineDiff else { continue }
            if let region = diff.regions.first(where: { $0.fingerprint == fingerprint }) { return region.reverseFingerprint }
            if let band = diff.bands.first(where: { $0.fingerprint == fingerprint }) { return band.reverseFingerprint }
        }
        return nil
    }

    /// The distinct changes of `records`, most executions first (then by fingerprint).
    public static func group(_ records: [ExecutionRecord]) -> [ChangeGroup] {
        struct Members { var ids: [String] = []; var alone = 0; var pages = Set<String>(), viewports = Set<String>(), browsers = Set<String>(); var pixels = 0 }
        var members: [String: Members] = [:]
        for record in records {
            var pixelsByChange: [String: Int] = [:]
            var unfingerprinted = false
            for change in changes(of: record) {
                guard let fingerprint = change.fingerprint else { unfingerprinted = true; continue }
                pixelsByChange[fingerprint] = max(pixelsByChange[fingerprint] ?? 0, change.pixels)
            }
            let alone = pixelsByChange.count == 1 && !unfingerprinted
            for (fingerprint, pixels) in pixelsByChange {
                // Mutated in place: a copy out of the dictionary would copy its arrays each time.
                members[fingerprint, default: Members()].ids.append(record.id)
                members[fingerprint]!.alone += alone ? 1 : 0
                members[fingerprint]!.pages.insert(record.key.page)
                members[fingerprint]!.viewports.insert(record.key.viewport)
                members[fingerprint]!.browsers.insert(record.key.browser)
                members[fingerprint]!.pixels = max(members[fingerprint]!.pixels, pixels)
            }
        }
        return members.map { fingerprint, m in
            ChangeGroup(fingerprint: fingerprint, executions: m.ids.sorted(), approvableAlone: m.alone, pages: m.pages.count,
                        viewports: m.viewports.sorted(), browsers: m.browsers.sorted(), pixels: m.pixels)
        }.sorted { ($0.executions.count, $1.fingerprint) > ($1.executions.count, $0.fingerprint) }
    }

    /// What approving the changes `approved` decides for `record`: nil when it holds none of them;
    /// else the changes it holds besides (empty: every change of it is approved, so it may be promoted).
    /// A change without a fingerprint is never approved this way.
    public static func unapprovedChanges(of record: ExecutionRecord, approved: Set<String>) -> [String]? {
        let changes = changes(of: record)
        guard changes.contains(where: { $0.fingerprint.map(approved.contains) ?? false }) else { return nil }
        return changes.filter { !($0.fingerprint.map(approved.contains) ?? false) }.map { $0.fingerprint ?? "a change too large to fingerprint" }
    }
}
