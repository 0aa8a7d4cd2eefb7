/// The HTML of an execution page. Built in Swift rather than from a template: a run has
/// one such page per execution (10,000 and more), and a template engine's dynamic lookups
/// were most of the report's CPU time. All page-derived text goes through `HTML`'s
/// escaping interpolation; URLs become links only when `Escaping.isLinkable` allowed it
/// when the page was made. The page has no inline script or style (CSP).
extension ExecutionPage {
    /// `head` is the shared `<head>` content (charset, CSP, stylesheet), rendered once per build.
    func html(head: HTML) -> String {
        var h: HTML = """
        <!doctype html>
        <html lang="en">
        <head>
        \(head)<title>\(id) · Scene</title>
        </head>
        <body class="execution">
        <header class="top">
        <a id="back" class="back" href="../index.html">← \(runTitle)</a>
        <nav class="pn">\(navLink(prev, id: "prev", text: "← previous"))\(navLink(next, id: "next", text: "next →"))</nav>
        </header>
        <main>
        <section class="exec-head">
        <h1>\(page) <small>\(task) · \(viewport) · \(browser)</small> <span class="badge st-\(status)">\(status)</span> <span class="badge lv-\(level)">\(level)</span></h1>
        <dl class="facts">
        <dt>Title</dt><dd id="page-title">\(title)</dd>
        <dt>URL</dt><dd>\(link(url, href: urlLink))</dd>
        \(referenceURL.map { "<dt>Reference</dt><dd>\(link($0, href: referenceLink))</dd>\n" as HTML } ?? "")\
        <dt>Duration</dt><dd>\(duration) · \(attempts) attempt(s)</dd>
        <dt>Started</dt><dd>\(startedAt)</dd>
        <dt>Console</dt><dd>\(consoleErrors) error(s) · \(pageErrors) page error(s)</dd>
        </dl>
        \(error.map { "<pre class=\"alert error-text\">\($0)</pre>\n" as HTML } ?? "")\
        \(timeoutReason.map { "<p class=\"alert\">Timed out: \($0)</p>\n" as HTML } ?? "")\
        </section>

        """
        if observed != nil || baseline != nil || reference != nil {
            h += """
            <section id="viewer" class="viewer" data-observed="\(observed)" data-baseline="\(baseline)" data-reference="\(reference)" data-width="\(observedWidth)" data-height="\(observedHeight)">
            <div class="toolbar" id="toolbar"></div>
            <div class="stage" id="stage" tabindex="-1"></div>
            \(HTML.join(comparisons, comparisonHTML))</section>

            """
        }
        if let truncatedText { h += "<p class=\"alert\">\(truncatedText)</p>\n" }
        if !steps.isEmpty {
            h += """
            <section class="panel"><h2>Steps</h2>
            <table class="steps"><thead><tr><th>#</th><th>Step</th><th>Status</th><th>Time</th><th>Locator</th></tr></thead><tbody>
            \(HTML.join(steps) { s in """
            <tr class="s-\(s.status)"><td>\(s.index)</td><td>\(s.description)\(errorBlock(s.error))</td><td>\(s.status)\(s.healed ? " <span class=\"badge healed\">healed</span>" as HTML : "")</td><td>\(s.duration)</td><td>\(code(s.resolvedLocator))</td></tr>\n
            """ })</tbody></table></section>

            """
        }
        if !healing.isEmpty {
            h += """
            <section class="panel healing"><h2>Healing</h2>
            <table><thead><tr><th>Step</th><th>Failed locator</th><th>Chosen</th><th>Score</th><th>Runner-up</th><th>Reason</th></tr></thead><tbody>
            \(HTML.join(healing) { r in """
            <tr><td>\(r.step)</td><td><code>\(r.failedLocator)</code></td><td>\(r.chosenLocator.map { "<code>\($0)</code>" as HTML } ?? "none")</td><td>\(r.score)</td><td>\(r.runnerUp.map { "<code>\($0)</code> \(r.runnerUpScore)" as HTML } ?? "")</td><td>\(r.reason)</td></tr>\n
            """ })</tbody></table></section>

            """
        }
        if !actions.isEmpty || !missing.isEmpty || !notPerformed.isEmpty || !frames.isEmpty || trace != nil {
            h += traceHTML
        }
        if !console.isEmpty || consoleMore > 0 {
            h += """
            <section class="panel console"><h2>Console</h2>
            <ol class="console">\(HTML.join(console) { c in """
            <li class="c-\(c.level)"><span class="lvl">\(c.level)</span> <span class="msg">\(c.text)</span>\(c.location.map { " <span class=\"loc\">\($0)</span>" as HTML } ?? "")</li>
            """ })</ol>
            \(consoleMore > 0 ? "<p class=\"more\">\(consoleMore) more line(s) not shown.</p>\n" as HTML : "")</section>

            """
        }
        if !repro.isEmpty {
            h += """
            <section class="panel repro"><h2>Reproduce</h2>
            \(HTML.join(repro) { r in """
            <div class="script"><h3>\(r.name) <a href="\(r.href)" download>\(r.file)</a> <button type="button" class="copy" data-target="\(r.anchor)">Copy</button></h3><pre id="\(r.anchor)"><code>\(r.text)</code></pre></div>\n
            """ })</section>

            """
        }
        h += """
        </main>
        <script src="../assets/report/viewer.js"></script>
        </body>
        </html>

        """
        return h.text
    }

    private var traceHTML: HTML {
        var h: HTML = """
        <section class="panel trace"><h2>Trace</h2>
        <p>\(playwrightVersion.map { "Playwright \($0) · " as HTML } ?? "")\(coverage.map { "coverage \($0) · " as HTML } ?? "")\
        \(trace.map { "<a id=\"trace-link\" href=\"\($0)\" download>trace.zip</a> (open with <code>playwright show-trace trace.zip</code>)" as HTML } ?? "")</p>

        """
        if !actions.isEmpty {
            h += """
            <table class="actions"><thead><tr><th>#</th><th>Action</th><th>Locator</th><th>Value</th><th>Start</th><th>Time</th><th>Status</th></tr></thead><tbody>
            \(HTML.join(actions) { a in """
            <tr class="\(a.failed ? "failed" : "")\(a.addedFromTrace ? " added" : "")"><td>\(a.index)</td><td>\(a.kind)</td><td>\(code(a.locator))\(a.url.map { "<div class=\"sub\"><code>\($0)</code></div>" as HTML } ?? "")</td><td>\(code(a.value))</td><td>\(a.start)</td><td>\(a.duration)</td><td>\(a.status)\(errorBlock(a.error))</td></tr>\n
            """ })</tbody></table>

            """
        }
        if !missing.isEmpty || !notPerformed.isEmpty {
            h += """
            <div class="trace-diffs">
            \(HTML.join(notPerformed) { traceDiff($0, class: "not-performed", text: "Declared, not performed") })\
            \(HTML.join(missing) { traceDiff($0, class: "missing", text: "Performed, not declared") })</div>

            """
        }
        if !frames.isEmpty {
            h += """
            <div class="filmstrip">\(HTML.join(frames) { f in """
            <figure><img src="\(f.src)" loading="lazy" alt="frame at \(f.time)"><figcaption>\(f.time)</figcaption></figure>
            """ })</div>

            """
        }
        h += "</section>\n"
        return h
    }

    private func comparisonHTML(_ c: Comparison) -> HTML {
        var h: HTML = """
        <div class="cmp-data" data-name="\(c.name)" data-expected="\(c.expected)" data-diff="\(c.diff)" data-heatmap="\(c.heatmap)" data-width="\(c.width)" data-height="\(c.height)" data-ew="\(c.expectedWidth)" data-eh="\(c.expectedHeight)">
        <p class="stats">vs \(c.name): <span class="badge lv-\(c.level)">\(c.level)</span> \(c.diffPixels) px (\(c.diffPercentage)) · shift-aware \(c.shiftAwareDiffPixels) px · observed \(c.width)×\(c.height), \(c.name) \(c.expectedWidth)×\(c.expectedHeight)\(c.sizeChanged ? " <b class=\"warn\">size changed</b>" as HTML : "")</p>

        """
        if !c.regions.isEmpty {
            h += """
            <ol class="regions" aria-label="Changed regions">\(HTML.join(c.regions) { g in """
            <li><button type="button" class="region" data-x="\(g.x)" data-y="\(g.y)" data-w="\(g.width)" data-h="\(g.height)">#\(g.number) \(g.width)×\(g.height) at \(g.x),\(g.y) · \(g.pixels) px</button></li>
            """ })</ol>

            """
        }
        if !c.bands.isEmpty {
            h += """
            <ol class="bands" aria-label="Shift-aware bands">\(HTML.join(c.bands) { b in """
            <li><button type="button" class="band band-\(b.kind)" data-y="\(b.y)" data-h="\(b.height)" data-kind="\(b.kind)">\(b.kind) \(b.height) rows at y=\(b.y)\(b.fromY.map { " from y=\($0)" as HTML } ?? "")</button></li>
            """ })</ol>

            """
        }
        h += "</div>\n"
        return h
    }

    private func navLink(_ link: Link?, id: String, text: String) -> HTML {
        guard let link else { return "" }
        return "<a id=\"\(id)\" rel=\"\(id)\" href=\"\(link.href)\" title=\"\(link.label)\">\(text)</a>"
    }

    /// A link when `href` (already checked to be http(s)) is set, otherwise the text as code.
    private func link(_ text: String, href: String?) -> HTML {
        guard let href else { return "<code>\(text)</code>" }
        return "<a href=\"\(href)\" rel=\"noopener noreferrer\">\(text)</a>"
    }

    private func code(_ text: String?) -> HTML { text.map { "<code>\($0)</code>" as HTML } ?? "" }

    private func errorBlock(_ text: String?) -> HTML { text.map { "<pre class=\"error-text\">\($0)</pre>" as HTML } ?? "" }

    private func traceDiff(_ m: MissingRow, class name: String, text: String) -> HTML {
        "<p class=\"\(name)\">\(text): <b>\(m.kind)</b> \(code(m.locator)) \(code(m.value)) at position \(m.position)</p>\n"
    }
}
