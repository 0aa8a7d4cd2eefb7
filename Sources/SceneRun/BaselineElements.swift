public import Foundation
import SceneBundle
public import SceneConfig
public import SceneLocate
public import SceneLocator

/// A step index and the element that step acted on: `result.elements[]` from the runner and
/// `execute.previousElements[]` back to it (docs/RUNNER-PROTOCOL.md).
public struct StepElement: Codable, Sendable, Equatable {
    public var step: Int
    public var element: Element
    /// The elements of the page most like it when it was recorded (`Healer.lookAlikes`): healing
    /// checks every candidate against them too.
    public var lookAlikes: [Element]?
    public init(step: Int, element: Element, lookAlikes: [Element]? = nil) {
        self.step = step; self.element = element; self.lookAlikes = lookAlikes
    }
}

/// `baselines/<page>/<task>/<viewport>-<browser>.elements.json`, and `elements.json` in a run's
/// execution folder until `scene approve` promotes it: for each step that acted on a locator, the
/// element it acted on, as snapshot.js describes one element (field values left out). When that
/// locator later finds nothing, healing gets the element as `previous` and compares the new page
/// with first-hand knowledge of the old element instead of the locator's few hints.
public struct BaselineElements: Codable, Sendable, Equatable {
    /// One step's element. The file belongs to one page × task × viewport × browser; within it, the
    /// step index and the declared (unhealed) locator identify the step.
    public struct Entry: Codable, Sendable, Equatable {
        public var step: Int
        public var locator: Locator
        public var element: Element
        /// The elements of the page most like it (`StepElement.lookAlikes`); absent in older files.
        public var lookAlikes: [Element]?
        public init(step: Int, locator: Locator, element: Element, lookAlikes: [Element]? = nil) {
            self.step = step; self.locator = locator; self.element = element; self.lookAlikes = lookAlikes
        }
    }
    public var schemaVersion = BundleSchema.version
    public var executionId: String
    public var runId: String
    public var entries: [Entry]

    /// Larger files are refused unread: one element and its look-alikes per step stay far below this.
    public static let maxBytes = 8 << 20

    public init(executionId: String, runId: String, entries: [Entry]) {
        self.executionId = executionId; self.runId = runId; self.entries = entries
    }

    /// What a run captured, each element paired with its step's declared locator. Captures that
    /// point at no locator step of the execution are dropped.
    public init(execution: PlannedExecution, runId: String, captured: [StepElement]) {
        let entries = captured.compactMap { capture -> Entry? in
            guard execution.steps.indices.contains(capture.step), let locator = execution.steps[capture.step].locator else { return nil }
            return Entry(step: capture.step, locator: locator, element: capture.element, lookAlikes: capture.lookAlikes)
        }
        self.init(executionId: execution.id, runId: runId, entries: entries)
    }

    /// For each step with a locator, its recorded element: the entry with the same index and
    /// locator, else the only entry with that locator (a step added or removed above it shifted
    /// the index). A locator recorded twice at other indexes is ambiguous and gets nothing.
    public func previous(for steps: [Step]) -> [StepElement] {
        steps.indices.compactMap { index -> StepElement? in
            guard let locator = steps[index].locator else { return nil }
            if let exact = entries.first(where: { $0.step == index && $0.locator == locator }) {
                return StepElement(step: index, element: exact.element, lookAlikes: exact.lookAlikes)
            }
            let same = entries.filter { $0.locator == locator }
            return same.count == 1 ? StepElement(step: index, element: same[0].element, lookAlikes: same[0].lookAlikes) : nil
        }
    }

    /// The file of `executionId` at `url`: nil without a warning when there is none; nil with a
    /// warning when it is too large, unreadable, malformed or another execution's. Never throws:
    /// a bad file only costs healing its first-hand knowledge.
    public static func load(_ url: URL, executionId: String) -> (elements: BaselineElements?, warning: String?) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return (nil, nil) }
        func problem(_ why: String) -> (elements: BaselineElements?, warning: String?) {
            (nil, "\(url.path): \(why); healing goes on from the locators alone")
        }
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else { return problem("not a regular file") }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxBytes else { return problem("\(size) bytes, more than the \(maxBytes)-byte limit") }
        let decoded: BaselineElements
        do { decoded = try BundleIO.readJSON(BaselineElements.self, from: url) }
        catch { return problem("not a baseline elements file (\(String(describing: error).prefix(200)))") }
        guard decoded.executionId == executionId else { return problem("it belongs to '\(decoded.executionId.prefix(200))'") }
        return (decoded, nil)
    }
}
