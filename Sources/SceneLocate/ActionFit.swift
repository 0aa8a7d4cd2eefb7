public import SceneConfig
import SceneLocator

/// Which elements an action can act on: filling needs an editable field, checking a
/// checkbox or radio, selecting a select or listbox. A candidate that cannot take the
/// action is never chosen, however well its attributes match.
public enum ActionFit {
    static let textInputTypes: Set<String> = ["text", "email", "password", "search", "tel", "url", "number", "date",
                                              "datetime-local", "month", "week", "time"]

    public static func accepts(_ kind: StepKind, _ e: Element) -> Bool {
        withUnsafePointer(to: e) { accepts(kind, $0) }
    }

    /// The same through a pointer, so scanning a snapshot copies no element.
    static func accepts(_ kind: StepKind, _ pointer: UnsafePointer<Element>) -> Bool {
        switch kind {
        case .fill, .type, .check, .uncheck, .select: if pointer.pointee.disabled == true { return false }
        default: break
        }
        switch kind {
        case .fill, .type: return isEditable(pointer.pointee)
        case .check: return isCheckable(pointer.pointee)
        // A radio is unticked only by choosing another (Playwright refuses to uncheck one).
        case .uncheck: return isCheckable(pointer.pointee) && !isRadio(pointer.pointee)
        case .select: return pointer.pointee.tag == "select" || pointer.pointee.role == "listbox" || pointer.pointee.role == "combobox"
        case .click, .dblclick: return pointer.pointee.isInteractive
        case .hover: return true
        default: return true
        }
    }

    static func isEditable(_ e: Element) -> Bool {
        switch e.tag {
        case "textarea": return true
        case "input": return textInputTypes.contains(e.type ?? "text")
        default:
            switch e.role {
            case "textbox", "searchbox", "spinbutton": return true
            // A combobox one types into is an input (above); a button or div one is a custom list.
            default: return false
            }
        }
    }

    /// A radio button, native or ARIA.
    static func isRadio(_ e: Element) -> Bool {
        (e.tag == "input" && e.type == "radio") || e.role == "radio" || e.role == "menuitemradio"
    }

    static func isCheckable(_ e: Element) -> Bool {
        if e.tag == "input" { return e.type == "checkbox" || e.type == "radio" }
        switch e.role {
        case "checkbox", "radio", "switch", "menuitemcheckbox", "menuitemradio": return true
        default: return false
        }
    }
}
