import Foundation
import SceneBundle
import SceneLocator
import Testing
@testable import SceneTrace

/// The element each action acted on, read from the DOM snapshots real Playwright wrote (every
/// fixture version marks targets: `__playwright_target__="call@N"` up to 1.53, empty in 1.65).
@Suite struct ElementIdentityTests {
    @Test(arguments: RealTraceTests.fixtures)
    func targetsOfEveryFormatVersion(fixture: (file: String, version: Int)) throws {
        let analysis = try TraceAnalyzer.analyze(trace: Fixtures.url(fixture.file), expected: nil)
        let a = analysis.actions
        func target(_ i: Int) -> ElementIdentity? { a[i].target }
        #expect(target(0) == nil) // navigate: no element
        #expect(target(1)?.tag == "input" && target(1)?.id == "email")
        #expect(target(1)?.ancestors.map { $0.tag } == ["html", "body", "form", "label"])
        #expect(target(1)?.ancestors.last?.text == "Email")
        #expect(target(1)?.ancestorsComplete == true)
        // The password field: never its value, in any form.
        #expect(target(2)?.id == "pw" && target(2)?.attribute("value") == nil)
        #expect(target(3)?.attribute("placeholder") == "Search here")
        #expect(target(5)?.id == "sub" && target(5)?.attribute("type") == "checkbox")
        #expect(target(6)?.tag == "select" && target(6)?.attribute("aria-label") == "Color")
        #expect(target(6)?.text == "redblue")
        #expect(target(7)?.attribute("data-testid") == "go" && target(7)?.text == "Go")
        #expect(target(7)?.summary == "<button data-testid=go type=button>Go</button>")
        #expect(target(8)?.attribute("data-testid") == "go")
        #expect(target(9)?.tag == "a" && target(9)?.text == "Next page" && target(9)?.attribute("href") == "#x")
        #expect(target(10)?.id == "q")
        #expect(target(11)?.tag == "h1" && target(11)?.text == "Demo")
        #expect(target(11)?.position == ElementIdentity.Position(index: 1, indexOfType: 1, count: 2, countOfType: 1))
        // form >> button, first: the Go button is the form's 6th element child, its only button.
        #expect(target(12)?.tag == "button" && target(12)?.position?.index == 6 && target(12)?.position?.countOfType == 1)
        #expect(target(14)?.attribute("data-testid") == "go") // expect(...).toBeVisible marks its element too
        #expect(target(15) == nil) // #nope never resolved
        #expect(target(13) == nil && target(16) == nil && target(17) == nil)
        let json = try String(decoding: JSONEncoder().encode(TraceSummary(analysis)), as: UTF8.self)
        #expect(!json.contains("hunter2") && !json.contains("__playwright"))
    }

    @Test func withoutIdentityTheReaderSkipsSnapshots() throws {
        let model = try TraceReader(elementIdentity: false).read(url: Fixtures.url("pw-1.65.zip"))
        #expect(model.calls.allSatisfy { $0.target == nil })
        #expect(model.calls.contains { $0.frameURL != nil })
    }

    /// References into earlier snapshots resolve to their text; a reference that cannot be resolved leaves the text unknown.
    @Test func referencesResolveAcrossSnapshots() throws {
        func line(_ callId: String, _ phase: String, _ html: String) -> String {
            #"{"type":"frame-snapshot","snapshot":{"callId":"\#(callId)","phase":"\#(phase)","pageId":"p","frameId":"f","frameUrl":"http://x/","html":\#(html)}}"#
        }
        let events = [
            #"{"type":"context-options","version":10,"browserName":"chromium","wallTime":1,"monotonicTime":1}"#,
            ##"{"type":"before","callId":"c1","startTime":2,"class":"Frame","method":"click","params":{"selector":"#save"},"pageId":"p"}"##,
            // Full: HTML(BODY(DIV.bar(BUTTON#save("Save")), "x")) — post-order: "Save"=0, BUTTON=1, DIV=2, "x"=3, BODY=4, HTML=5.
            line("c1", "before", #"["HTML",{},["BODY",{},["DIV",{"class":"bar"},["BUTTON",{"id":"save"},"Save"]],"x"]]"#),
            // Only the button changed (marked): its text is a reference to node 0 one snapshot back.
            line("c1", "action", #"["HTML",{},["BODY",{},["DIV",{"class":"bar"},["BUTTON",{"id":"save","__playwright_target__":""},[[1,0]]]],[[1,3]]]]"#),
            #"{"type":"after","callId":"c1","endTime":3}"#,
            ##"{"type":"before","callId":"c2","startTime":4,"class":"Frame","method":"click","params":{"selector":"#save"},"pageId":"p"}"##,
            // A reference to a snapshot that does not exist: the text is not known.
            line("c2", "action", #"["HTML",{},["BODY",{},["DIV",{"class":"bar"},["BUTTON",{"id":"save","__playwright_target__":""},[[9,0]]]],[[1,3]]]]"#),
            #"{"type":"after","callId":"c2","endTime":5}"#,
        ].joined(separator: "\n")
        let model = try TraceReader().read(events: Data(events.utf8))
        let first = try #require(model.calls.first?.target)
        #expect(first.text == "Save" && first.id == "save")
        #expect(first.ancestors.map { $0.tag } == ["html", "body", "div"] && first.ancestors.last?.attribute("class") == "bar")
        #expect(first.position == ElementIdentity.Position(index: 1, indexOfType: 1, count: 1, countOfType: 1))
        let second = try #require(model.calls.last?.target)
        #expect(second.id == "save" && second.text == nil)
        #expect(ElementMatcher(Locator(selector: "div.bar > button#save")).match(first) == .match)
        #expect(ElementMatcher(Locator(selector: "internal:text=\"Save\"s")).match(second) == .unknown)
    }

    /// Hostile snapshots: deep nesting, broken syntax and references out of range never crash or mislead.
    @Test func hostileSnapshotsAreSkipped() throws {
        let deep = String(repeating: #"["DIV",{},"#, count: 10_000) + #""x""# + String(repeating: "]", count: 10_000)
        let broken = #"["HTML",{},["BODY",{"__playwright_target__":""},"#
        for html in [deep, broken, #"[[-1,5]]"#, #"["HTML",{},[[99999999999999,1]]]"#, "[]", #""text""#, "{}"] {
            let events = #"{"type":"before","callId":"c1","startTime":2,"class":"Frame","method":"click","params":{"selector":"div"}}"#
                + "\n" + #"{"type":"frame-snapshot","snapshot":{"callId":"c1","phase":"action","frameId":"f","html":\#(html)}}"#
            let model = try TraceReader().read(events: Data(events.utf8))
            #expect(model.calls.count == 1)
            #expect(model.calls[0].target == nil)
        }
    }
}
