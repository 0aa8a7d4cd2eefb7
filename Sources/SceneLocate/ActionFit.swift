public import SceneConfig

/// Which elements an action can act on: filling needs an editable field, checking a
/// checkbox or radio, selecting a select or listbox. A candidate that cannot take the
/// action is never chosen, however well its attributes match.
public enum ActionFit {
    static let textInputTypes: Set<String> = ["text", "email", "password", "search", "tel", "url", "number", "date",
                                              "datetime-local", "month", "week", "time"]

    public static func accepts(_ kind: StepKind, _ e: Element) -> Bool {
        if e.disabled == true, [.fill, .type, .check, .uncheck, .select].contains(kind) { return false }
        switch kind {
        case .fill, .type: return isEditable(e)
        case .check, .uncheck: return isCheckable(e)
        case .select: return e.tag == "select" || e.role == "listbox" || e.role == "combobox"
        case .click, .dblclick: return e.isInteractive
        case .hover: return true
        default: return true
        }
    }

    static func isEditable(_ e: Element) -> Bool {
        switch e.tag {
        case "textarea": return true
        case "input": return textInputTypes.contains(e.type ?? "text")
        default: return ["textbox", "searchbox", "spinbutton"].contains(e.role ?? "") || (e.role == "combobox" && e.tag != "select")
        }
    }

    static func isCheckable(_ e: Element) -> Bool {
        if e.tag == "input" { return e.type == "checkbox" || e.type == "radio" }
        return ["checkbox", "radio", "switch", "menuitemcheckbox", "menuitemradio"].contains(e.role ?? "")
    }
}
