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
        let locators = step.locator.flatMap(locator(from:)).map { [$0] } ?? []
        let secret = step.secret == true || (kind.entersText && locators.contains { isPasswordField($0) })
        return ExpectedAction(kind: kind, locators: locators, value: secret ? nil : step.value, redacted: secret,
                              url: kind == .navigate ? step.value : nil, optional: optional || step.optional == true,
                              source: step.source)
    }

    /// The locator a `LocatorSpec` describes (its one strategy, then `nth`).
    public static func locator(from spec: LocatorSpec) -> Locator? {
        let exact = spec.exact ?? false
        var steps: [Locator.Step] = []
        if let testId = spec.testId { steps.append(.testId(TextMatch(testId, exact: true))) }
        else if let role = spec.role { steps.append(.role(role, name: spec.name.map { TextMatch($0, exact: exact) }, options: [])) }
        else if let label = spec.label { steps.append(.label(TextMatch(label, exact: exact))) }
        else if let placeholder = spec.placeholder { steps.append(.placeholder(TextMatch(placeholder, exact: exact))) }
        else if let text = spec.text { steps.append(.text(TextMatch(text, exact: exact))) }
        else if let css = spec.css { steps.append(contentsOf: SelectorParser.parse(css).steps) }
        else if let xpath = spec.xpath { steps.append(.xpath(xpath)) }
        guard !steps.isEmpty else { return nil }
        if let nth = spec.nth { steps.append(.nth(nth)) }
        return Locator(steps)
    }

    static func isPasswordField(_ locator: Locator) -> Bool {
        let text = locator.javaScript.lowercased()
        return text.contains("password") || text.contains("passwd")
    }
}
