import SceneLocator
import Foundation
import Testing
@testable import SceneTrace

@Suite struct AlignmentTests {
    static func expected(_ kind: ActionKind, _ selector: String? = nil, _ value: String? = nil) -> ExpectedAction {
        ExpectedAction(kind: kind, locators: selector.map { [Locator(selector: $0)] } ?? [], value: value)
    }

    /// The fixture's 18 actions minus some, with other strategies for the same elements.
    @Test func findsExactlyTheRemovedActionsAndMergesThemInOrder() throws {
        let model = try TraceReader().read(url: Fixtures.url("pw-1.65.zip"))
        let recorded: [ExpectedAction] = [
            Self.expected(.navigate, nil, "/"),
            // fill recorded as type; the recorder's strategies include the label
            ExpectedAction(kind: .type, locators: RecordedSelectors.locators(["label": "Email", "id": "email"]), value: "a@b.c"),
            // password fill missing (index 2)
            Self.expected(.fill, #"[placeholder="search here"]"#, "hi"),
            Self.expected(.press, #"internal:role=textbox[name="Email"i]"#, "Enter"),
            Self.expected(.click, "#sub"),                                  // check seen as click, but by id: no id match
            Self.expected(.select, #"[aria-label="Color"]"#, "blue"),
            Self.expected(.click, "[data-testid=go]"),
            // dblclick, hover missing (8, 9)
            Self.expected(.click, "#q"),
            Self.expected(.click, "xpath=//h1"),
            Self.expected(.click, "form >> button >> nth=0"),
            Self.expected(.scroll),
            Self.expected(.assert, "[data-testid=go]"),
            Self.expected(.click, "#nope"),
            Self.expected(.reload),
            Self.expected(.goBack),
            Self.expected(.click, "#never-clicked"),                        // not performed
        ]
        let analysis = TraceAnalyzer.analyze(model: model, expected: recorded)
        // `#sub` is the Subscribe checkbox: the check's DOM snapshot shows the element with id="sub".
        #expect(analysis.missing.map(\.action.index) == [2, 8, 9])
        #expect(analysis.notPerformed.map(\.position) == [15])
        #expect(analysis.failed.map(\.index) == [15])
        #expect(analysis.merged.count == recorded.count + 3)
        #expect(analysis.missingActionsAdded == 3)
        // Added actions sit where they happened: the merged list follows the trace order.
        let performedOrder = analysis.merged.compactMap(\.performedIndex)
        #expect(performedOrder == performedOrder.sorted())
        for m in analysis.missing { #expect(analysis.merged[m.position].addedFromTrace) }
        #expect(analysis.merged[2].redacted && analysis.merged[2].value == nil)
        let matched = 18 - 3
        #expect(analysis.coverage == Double(matched) / Double(matched + 3 + 1))

        // Without the DOM snapshots, spelling alone cannot tell `#sub` is the checkbox.
        let spelled = TraceAnalyzer.analyze(model: try TraceReader(elementIdentity: false).read(url: Fixtures.url("pw-1.65.zip")), expected: recorded)
        #expect(spelled.missing.map(\.action.index) == [2, 5, 8, 9])
        #expect(spelled.notPerformed.map(\.position) == [4, 15])
    }

    @Test func noExpectationsMeansNoMerge() throws {
        let analysis = try TraceAnalyzer.analyze(trace: Fixtures.url("pw-1.50.zip"), expected: nil)
        #expect(!analysis.traceMerged && analysis.coverage == nil && analysis.missing.isEmpty)
    }

    @Test func emptyExpectationsMakeEverythingMissing() throws {
        let analysis = try TraceAnalyzer.analyze(trace: Fixtures.url("pw-1.50.zip"), expected: [])
        #expect(analysis.missing.count == 18 && analysis.coverage == 0)
    }

    @Test func codegenJSONL() throws {
        let jsonl = """
        {"browserName":"chromium","launchOptions":{"headless":false},"contextOptions":{}}
        {"name":"openPage","url":"about:blank","signals":[],"pageAlias":"page","framePath":[]}
        {"name":"navigate","url":"http://127.0.0.1:1/","signals":[],"pageAlias":"page","framePath":[]}
        {"name":"fill","selector":"internal:label=\\"Email\\"i","text":"a@b.c","signals":[],"pageAlias":"page","framePath":[]}
        not json at all
        {"name":"click","selector":"internal:role=button[name=\\"Go\\"i]","button":"left","modifiers":0,"clickCount":2,"signals":[]}
        {"name":"press","selector":"body","key":"a","modifiers":10,"signals":[]}
        {"name":"select","selector":"#color","options":["blue"],"signals":[]}
        {"name":"assertText","selector":"h1","text":"Demo","substring":true,"signals":[]}
        """
        let actions = try Recording.read(Data(jsonl.utf8)).expectedActions()
        #expect(actions.map(\.kind) == [.navigate, .fill, .dblclick, .press, .select, .assert])
        #expect(actions[1].locatorText == "getByLabel('Email')")
        #expect(actions[3].value == "Control+Shift+a")
        #expect(actions[4].value == "blue")
    }

    @Test func recorderMetadata() throws {
        let json = """
        {"schemaVersion":1,"actions":[
          {"kind":"click","selectors":{"testId":"go","role":"button","name":"Go","css":"form > button"}},
          {"kind":"fill","selectors":{"label":"Password"},"redacted":true,"value":"should-not-survive"},
          {"kind":"goto"}
        ]}
        """
        #expect(throws: TraceError.self) { try Recording.read(Data(json.utf8)).expectedActions() }
        let fixed = json.replacingOccurrences(of: ",\n  {\"kind\":\"goto\"}", with: "")
        let actions = try Recording.read(Data(fixed.utf8)).expectedActions()
        #expect(actions[0].locators.map(\.javaScript) == ["getByTestId('go')", "getByRole('button', { name: 'Go' })", "locator('form > button')"])
        #expect(actions[1].value == nil && actions[1].redacted)
    }
}
