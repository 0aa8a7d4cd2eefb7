import Foundation
import SceneBundle
import SceneConfig
import SceneLocator
import Testing
@testable import SceneRun
import SceneTestSupport

/// A select step through the real runner and Chromium on the lists sites build themselves: a
/// button with role combobox whose options appear only once it is opened, next to another open
/// list with an option of the same name, and a native select. Each choice writes the title, so
/// a later step tells which option of which list was clicked.
@Suite(.serialized) struct CustomListRunTests {
    static let page = """
    <!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Settings</title>
    <style>[role=listbox][hidden]{display:none}</style></head><body><main><h1>Settings</h1>
    <label>Country <select id="country"><option>France</option><option>Germany</option></select></label>
    <div><span id="tz-label">Time zone</span>
     <button type="button" role="combobox" aria-labelledby="tz-label" aria-controls="tz-list" aria-expanded="false" id="tz">UTC ▾</button>
     <ul role="listbox" id="tz-list" hidden><li role="option">UTC</li><li role="option">Pacific Time</li><li role="option">Central Europe</li></ul></div>
    <ul role="listbox" aria-label="Favourite zones"><li role="option">Pacific Time</li><li role="option">Tokyo</li></ul>
    <script>
    const tz = document.getElementById('tz'), list = document.getElementById('tz-list');
    tz.addEventListener('click', () => { list.hidden = false; tz.setAttribute('aria-expanded', 'true'); });
    for (const o of list.querySelectorAll('[role=option]')) o.addEventListener('click', () => {
      tz.textContent = o.textContent + ' ▾'; list.hidden = true;
      document.title = 'zone ' + o.textContent + ', country ' + document.getElementById('country').value;
    });
    for (const o of document.querySelectorAll('[aria-label="Favourite zones"] [role=option]'))
      o.addEventListener('click', () => { document.title = 'favourite ' + o.textContent; });
    </script></main></body></html>
    """

    /// The record of one execution of `steps` on the page, through the runner in Chromium.
    func run(_ steps: [Step], _ name: String) async throws -> ExecutionRecord {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["settings.html": Self.page])
        defer { server.stop() }
        let root = try temporaryDirectory(name)
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = BatchRunner(RunnerEnvironment(environment: environment, resolver: StandardResolver.handler))
        let result = try await runner.run(makeRequest([execution("settings", url: "\(server.base)/settings.html", steps: steps)], root: root))
        return try #require(result.records.first)
    }

    @Test func aSelectStepOpensACustomListAndClicksItsOwnOption() async throws {
        let record = try await run([Step(kind: .select, locator: Locator(selector: "#country"), value: "Germany", timeoutMs: 3000),
                                    Step(kind: .select, locator: Locator(selector: "#tz"), value: "Pacific Time", timeoutMs: 3000),
                                    Step(kind: .assertTitle, value: "zone Pacific Time, country Germany", timeoutMs: 3000),
                                    Step(kind: .select, locator: Locator(selector: "[aria-label='Favourite zones']"), value: "Tokyo", timeoutMs: 3000),
                                    Step(kind: .assertTitle, value: "favourite Tokyo", timeoutMs: 3000)], "custom-list-run")
        #expect(record.status == .newBaseline, "\(record.error ?? "")")
    }

    @Test func anOptionTheCustomListDoesNotHaveFailsTheStepNamingIt() async throws {
        // "Tokyo" is an option of the other, open list only: never clicked for the time zone's.
        let record = try await run([Step(kind: .select, locator: Locator(selector: "#tz"), value: "Tokyo", timeoutMs: 1500)], "custom-list-missing")
        #expect(record.status == .error)
        #expect(record.error?.contains("Tokyo") == true, "\(record.error ?? "")")
    }
}
