import SceneLocator
import Foundation
import SceneTrace

/// `repro.txt`: numbered steps a person can follow (`3. Click: "Submit" button`).
struct PlainSteps: ReproLanguage {
    func header(_ options: ReproOptions, count: Int) -> String {
        var out = "Steps to reproduce\(options.sourceName.map { " (from \($0))" } ?? ""), \(count) actions:\n"
        if let v = options.viewport {
            var screen = "\(v.width) × \(v.height) CSS pixels"
            if let scale = v.deviceScaleFactor, scale != 1 { screen += ", device pixel ratio \(number(scale))" }
            if v.isMobile == true { screen += ", mobile" }
            out += "   (in a browser window of \(screen))\n"
        }
        return out
    }

    func footer(_ options: ReproOptions) -> String { "" }

    func comment(_ text: String) -> String { "   (\(text))\n" }

    func pause(seconds: Double) -> String { "   (\(self.seconds(seconds)) later)\n" }

    func action(_ a: ReproAction, number: Int) -> String {
        let q = StringLiteral.quoted
        let element = a.bestLocator?.plainDescription
        let on = element.map { ": " + $0 } ?? ""
        let text: String
        switch a.kind {
        case .navigate: text = "Go to \(a.value ?? a.url ?? "about:blank")"
        case .goBack: text = "Go back"
        case .goForward: text = "Go forward"
        case .reload: text = "Reload the page"
        case .click: text = "Click" + on
        case .dblclick: text = "Double-click" + on
        case .hover: text = "Hover over" + on
        case .check: text = "Check" + on
        case .uncheck: text = "Uncheck" + on
        case .fill, .type:
            let value = a.redacted ? userProvidedValue : q(a.value ?? "")
            text = "Type \(value)" + (element.map { " into: " + $0 } ?? "")
        case .press: text = "Press \(a.value ?? "a key")" + (element.map { " in: " + $0 } ?? "")
        case .select: text = "Select \(q(a.value ?? ""))" + (element.map { " in: " + $0 } ?? "")
        case .setInputFiles: text = "Upload \(q(a.value ?? "a file"))" + (element.map { " to: " + $0 } ?? "")
        case .scroll:
            if let element { text = "Scroll to: " + element } else {
                let dy = (a.value ?? "0,0").split(separator: ",").last.flatMap { Int($0.trimmingPrefix(" ")) } ?? 0
                text = dy >= 0 ? "Scroll down \(dy) px" : "Scroll up \(-dy) px"
            }
        case .assert: text = "Check that \(element ?? "the page") \(Assertion(a.value).plainDescription)"
        case .wait:
            if let element {
                let state = a.value ?? "visible"
                text = "Wait until \(a.anyVisibleMatch ? "any " : "")\(element) is \(state)"
            } else {
                text = "Wait \(seconds((Double(a.value ?? "0") ?? 0) / 1000))"
            }
        }
        return "\(number). \(text)\n"
    }
}
