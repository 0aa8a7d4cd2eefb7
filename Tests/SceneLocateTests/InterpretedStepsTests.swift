import SceneConfig
import SceneLocate
import SceneTestSupport
import Testing

/// What the interpreter resolves, scene.yml can hold: every resolved plain-language step of the
/// demo pages, written in the step shorthand and read back by the config loader, is the same step.
@Suite struct InterpretedStepsTests {
    @Test func resolvedStepsReadBackThroughTheConfigLoader() throws {
        var steps: [Step] = []
        for c in try LocateFixtures.plainCases() {
            let page = try LocateFixtures.page(c.version, c.page)
            if let step = Interpreter().interpret(c.sentence, snapshot: page.snapshot).step { steps.append(step) }
        }
        #expect(steps.count > 20)
        try expectStepsReadBack(steps)
    }
}
