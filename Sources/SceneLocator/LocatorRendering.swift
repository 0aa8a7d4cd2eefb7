extension Locator {
    /// `getByRole('button', { name: 'Go' })` — the form the CLI and reports show.
    public var javaScript: String { render(JavaScriptSyntax()) }
    /// `get_by_role("button", name="Go")` for Python repro scripts.
    public var python: String { render(PythonSyntax()) }

    func render(_ syntax: some LocatorSyntax) -> String {
        var out = ""
        for step in steps {
            let call = syntax.call(step)
            out += out.isEmpty ? call : "." + call
        }
        return out
    }

    /// Plain words for a step list: `"Go" button`, `"Email" field`, `element "#q"`.
    public var plainDescription: String {
        guard let target else { return "element" }
        var words: String
        switch target {
        case .role(let role, let name, _):
            words = name.map { "\(StringLiteral.quoted($0.text)) \(role)" } ?? "\(role)"
        case .testId(let m): words = "element with test id \(StringLiteral.quoted(m.text))"
        case .label(let m): words = "\(StringLiteral.quoted(m.text)) field"
        case .text(let m): words = "\(StringLiteral.quoted(m.text)) text"
        case .placeholder(let m): words = "field with placeholder \(StringLiteral.quoted(m.text))"
        case .altText(let m): words = "\(StringLiteral.quoted(m.text)) image"
        case .title(let m): words = "element titled \(StringLiteral.quoted(m.text))"
        case .css(let css): words = "element \(StringLiteral.quoted(css))"
        case .xpath(let xp): words = "element at \(StringLiteral.quoted(xp))"
        case .raw(let raw): words = "element \(StringLiteral.quoted(raw))"
        default: words = "element"
        }
        if let n = nthIndex { words += n == -1 ? " (last match)" : " (match #\(n + 1))" }
        if steps.contains(.contentFrame) { words += " in a frame" }
        return words
    }
}

/// How one language spells locator calls.
protocol LocatorSyntax {
    func string(_ s: String) -> String
    func regex(_ source: String, flags: String) -> String
    func call(_ step: Locator.Step) -> String
}

extension LocatorSyntax {
    func matcher(_ m: TextMatch) -> String {
        if let flags = m.regexFlags { return regex(m.text, flags: flags) }
        return string(m.text)
    }
}

struct JavaScriptSyntax: LocatorSyntax {
    func string(_ s: String) -> String { StringLiteral.javaScript(s) }
    func regex(_ source: String, flags: String) -> String { "/" + source.replacingOccurrences(of: "/", with: "\\/") + "/" + flags }

    private func exactOption(_ m: TextMatch) -> String {
        m.exact && !m.isRegex ? ", { exact: true }" : ""
    }

    func call(_ step: Locator.Step) -> String {
        switch step {
        case .role(let role, let name, let options):
            var opts: [String] = []
            if let name {
                opts.append("name: \(matcher(name))")
                if name.exact && !name.isRegex { opts.append("exact: true") }
            }
            opts += options.map { "\(camel($0.name)): \(Int($0.value) != nil || $0.value == "true" || $0.value == "false" ? $0.value : string($0.value))" }
            return opts.isEmpty ? "getByRole(\(string(role)))" : "getByRole(\(string(role)), { \(opts.joined(separator: ", ")) })"
        case .testId(let m): return "getByTestId(\(matcher(m)))"
        case .label(let m): return "getByLabel(\(matcher(m))\(exactOption(m)))"
        case .text(let m): return "getByText(\(matcher(m))\(exactOption(m)))"
        case .placeholder(let m): return "getByPlaceholder(\(matcher(m))\(exactOption(m)))"
        case .altText(let m): return "getByAltText(\(matcher(m))\(exactOption(m)))"
        case .title(let m): return "getByTitle(\(matcher(m))\(exactOption(m)))"
        case .css(let css): return "locator(\(string(css)))"
        case .xpath(let xp): return "locator(\(string(xp.hasPrefix("/") || xp.hasPrefix("(") ? xp : "xpath=" + xp)))"
        case .nth(let n): return n == 0 ? "first()" : n == -1 ? "last()" : "nth(\(n))"
        case .hasText(let m, let negated): return "filter({ \(negated ? "hasNotText" : "hasText"): \(matcher(m)) })"
        case .has(let inner, let negated): return "filter({ \(negated ? "hasNot" : "has"): page.\(inner.javaScript) })"
        case .and(let inner): return "and(page.\(inner.javaScript))"
        case .or(let inner): return "or(page.\(inner.javaScript))"
        case .contentFrame: return "contentFrame()"
        case .raw(let raw): return "locator(\(string(raw)))"
        }
    }

    private func camel(_ s: String) -> String {
        let parts = s.split(separator: "-")
        return parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
    }
}

struct PythonSyntax: LocatorSyntax {
    func string(_ s: String) -> String { StringLiteral.python(s) }
    func regex(_ source: String, flags: String) -> String {
        flags.contains("i") ? "re.compile(\(string(source)), re.IGNORECASE)" : "re.compile(\(string(source)))"
    }

    private func exactOption(_ m: TextMatch) -> String {
        m.exact && !m.isRegex ? ", exact=True" : ""
    }

    func call(_ step: Locator.Step) -> String {
        switch step {
        case .role(let role, let name, let options):
            var args = [string(role)]
            if let name {
                args.append("name=\(matcher(name))")
                if name.exact && !name.isRegex { args.append("exact=True") }
            }
            args += options.map { opt in
                let value = opt.value == "true" ? "True" : opt.value == "false" ? "False" : Int(opt.value) != nil ? opt.value : string(opt.value)
                return "\(opt.name.replacingOccurrences(of: "-", with: "_"))=\(value)"
            }
            return "get_by_role(\(args.joined(separator: ", ")))"
        case .testId(let m): return "get_by_test_id(\(matcher(m)))"
        case .label(let m): return "get_by_label(\(matcher(m))\(exactOption(m)))"
        case .text(let m): return "get_by_text(\(matcher(m))\(exactOption(m)))"
        case .placeholder(let m): return "get_by_placeholder(\(matcher(m))\(exactOption(m)))"
        case .altText(let m): return "get_by_alt_text(\(matcher(m))\(exactOption(m)))"
        case .title(let m): return "get_by_title(\(matcher(m))\(exactOption(m)))"
        case .css(let css): return "locator(\(string(css)))"
        case .xpath(let xp): return "locator(\(string(xp.hasPrefix("/") || xp.hasPrefix("(") ? xp : "xpath=" + xp)))"
        case .nth(let n): return n == 0 ? "first" : n == -1 ? "last" : "nth(\(n))"
        case .hasText(let m, let negated): return "filter(\(negated ? "has_not_text" : "has_text")=\(matcher(m)))"
        case .has(let inner, let negated): return "filter(\(negated ? "has_not" : "has")=page.\(inner.python))"
        case .and(let inner): return "and_(page.\(inner.python))"
        case .or(let inner): return "or_(page.\(inner.python))"
        case .contentFrame: return "content_frame"
        case .raw(let raw): return "locator(\(string(raw)))"
        }
    }
}
