import SceneLocator
public import SceneConfig
public import SceneTrace

/// Maps a task's declared steps to the actions its trace should show, for the
/// missing-action analysis of each execution.
public enum DeclaredActions {
    /// Steps that leave no user action in a trace (wait, evaluate, cookies, screenshots) are
    /// skipped; plain-language steps too, since their action is only known once interpreted.
    /// Scroll and assertion steps are optional: a runner may do them without a traced call.
    public static func expected(from steps: [Step]) -> [ExpectedAction] {
        steps.compactMap(expected(from:))
    }

    /// What the trace of `execution` should show: Scene's own load of the page, then the
    /// declared steps, and the same again on the reference URL when there is one (the runner
    /// performs the steps there too). Without Scene's loads every page without steps would
    /// cover 0 % and list its own navigation as "performed, not declared".
    public static func expected(for execution: PlannedExecution) -> [ExpectedAction] {
        let steps = expected(from: execution.steps)
        let visits = [execution.url] + (execution.referenceURL.map { [$0] } ?? [])
        return visits.flatMap { url in [ExpectedAction(kind: .navigate, url: url, source: "scene")] + steps }
    }

    public static func expected(from step: Step) -> ExpectedAction? {
        let kind: ActionKind
        var optional = false
        switch step.kind {
        case .goto: kind = .navigate
        case .click: kind = .click
        case .dblclick: kind = .dblclick
        case .fill: kind = .fill
        case .type: kind = .type
        case .press: kind = .press
        case .hover: kind = .hover
        case .select: kind = .select
        case .check: kind = .check
        case .uncheck: kind = .uncheck
        case .scroll: kind = .scroll; optional = true
        case .assertVisible, .assertText, .assertTitle: kind = .assert; optional = true
        case .wait, .evaluate, .setCookie, .setLocalStorage, .screenshot, .plain: return nil
        }
        let secret = step.isSecret
        return ExpectedAction(kind: kind, locators: step.locator.map { [$0] } ?? [], value: secret ? nil : step.value, redacted: secret,
                              url: kind == .navigate ? step.value : nil, optional: optional || step.optional == true,
                              source: step.source)
    }
}
