import SceneLocator
import Foundation
import SceneBundle
import SceneConfig
import SceneLocate
import Testing
@testable import SceneRun
import SceneTestSupport

/// Matching and reading of baseline elements files, without a browser.
@Suite struct BaselineElementsFileTests {
    let button = Element(index: 0, tag: "button", role: "button", name: "Go", id: "go")
    let field = Element(index: 0, tag: "input", role: "textbox", id: "email", type: "email")

    @Test func stepsFindTheirElementByIndexAndLocatorThenByLocatorAlone() {
        let go = Locator(selector: "#go"), email = Locator(selector: "#email")
        let file = BaselineElements(executionId: "p~t~v~chromium", runId: "r", entries: [
            .init(step: 1, locator: email, element: field), .init(step: 2, locator: go, element: button)])
        // Same steps: matched by index and locator.
        let same = file.previous(for: [Step(kind: .goto, value: "/"), Step(kind: .fill, locator: email, value: "a"), Step(kind: .click, locator: go)])
        #expect(same == [StepElement(step: 1, element: field), StepElement(step: 2, element: button)])
        // A step inserted above: the locator alone still finds each one, at its new index.
        let shifted = file.previous(for: [Step(kind: .goto, value: "/"), Step(kind: .goto, value: "/x"),
                                          Step(kind: .fill, locator: email, value: "a"), Step(kind: .click, locator: go)])
        #expect(shifted == [StepElement(step: 2, element: field), StepElement(step: 3, element: button)])
        // A changed locator is another step: nothing recorded for it.
        #expect(file.previous(for: [Step(kind: .click, locator: Locator(selector: "#other"))]).isEmpty)
        // The same locator recorded twice elsewhere is ambiguous.
        let twice = BaselineElements(executionId: "x", runId: "r", entries: [
            .init(step: 0, locator: go, element: button), .init(step: 3, locator: go, element: field)])
        #expect(twice.previous(for: [Step(kind: .click, locator: go)]) == [StepElement(step: 0, element: button)])
        #expect(twice.previous(for: [Step(kind: .goto), Step(kind: .click, locator: go)]).isEmpty)
    }

    @Test func capturesOfStepsWithoutALocatorAreDropped() {
        let execution = execution("p", url: "http://127.0.0.1/", steps: [Step(kind: .goto, value: "/"), Step(kind: .click, locator: Locator(selector: "#go"))])
        let file = BaselineElements(execution: execution, runId: "r", captured: [
            StepElement(step: 0, element: field), StepElement(step: 1, element: button), StepElement(step: 7, element: field)])
        #expect(file.entries == [.init(step: 1, locator: Locator(selector: "#go"), element: button)])
        #expect(file.executionId == execution.id)
    }

    /// Absent: silently nothing. Corrupt, huge, hostile, misplaced: a warning and nothing, never a throw or crash.
    @Test func badFilesGiveAWarningAndNoElements() throws {
        let dir = try temporaryDirectory("elements")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("desktop-chromium.elements.json")
        let absent = BaselineElements.load(url, executionId: "p~t~desktop~chromium")
        #expect(absent.elements == nil && absent.warning == nil)

        let good = BaselineElements(executionId: "p~t~desktop~chromium", runId: "r",
                                    entries: [.init(step: 0, locator: Locator.testId("go"), element: button)])
        try BundleIO.writeJSON(good, to: url)
        #expect(BaselineElements.load(url, executionId: "p~t~desktop~chromium").elements == good)
        #expect(BaselineElements.load(url, executionId: "q~t~desktop~chromium").warning?.contains("belongs to") == true)

        let bad: [(String, Data)] = [
            ("truncated", Data(#"{"schemaVersion":1,"executionId":"p~t~desktop~chromium","runId":"r","entries":[{"step":0,"#.utf8)),
            ("wrong types", Data(#"{"schemaVersion":1,"executionId":"p~t~desktop~chromium","runId":"r","entries":[{"step":"zero","locator":{},"element":{"index":0,"tag":"a"}}]}"#.utf8)),
            ("binary", Data((0 ..< 4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })),
            ("deep nesting", Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
            ("huge", Data(#"{"pad":""#.utf8) + Data(repeating: 0x61, count: BaselineElements.maxBytes) + Data(#""}"#.utf8)),
        ]
        for (what, data) in bad {
            try data.write(to: url)
            let loaded = BaselineElements.load(url, executionId: "p~t~desktop~chromium")
            #expect(loaded.elements == nil, "\(what)")
            #expect(loaded.warning?.contains("healing goes on from the locators alone") == true, "\(what): \(loaded.warning ?? "no warning")")
        }
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        #expect(BaselineElements.load(url, executionId: "p~t~desktop~chromium").warning?.contains("not a regular file") == true)
    }

    /// One undecodable entry in the runner's result costs that entry, not the execution.
    @Test func resultElementsAreReadLeniently() throws {
        let json = #"{"executionId":"x","status":"passed","artifacts":{},"steps":[],"elements":[{"step":0,"element":{"index":0,"tag":"button"}},{"step":"one"},7,{"step":2,"element":{"index":0,"tag":"input","type":"password"}}]}"#
        let result = try JSONDecoder().decode(RunnerResult.self, from: Data(json.utf8))
        #expect(result.elements?.entries.map(\.step) == [0, 2])
        #expect(result.elements?.entries.last?.element.type == "password")
    }
}
