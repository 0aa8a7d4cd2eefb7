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
