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
        <body class="execution" data-run-id="\(runId)">
        <header class="top">
        <a id="back" class="back" href="../index.html">← \(runTitle)</a>
        <nav class="pn">\(navLink(prev, id: "prev", text: "← previous"))\(navLink(next, id: "next", text: "next →"))</nav>
        </header>
        <main>
        <section class="exec-head">
        <h1>\(page) <small>\(task) · \(viewport) · \(browser)</small> <span class="badge st-\(status)">\(status)</span> <span class="badge lv-\(level)">\(level)</span></h1>
        \(awaitsReview ? """
        <p class="pick review-pick" id="review-pick"><label><input type="checkbox" class="pick-x" data-id="\(id)"> Approve this execution</label> \
        · selected in this run: <span class="review-count"></span> · <a href="../index.html#review">download approvals.json from the dashboard</a></p>

        """ as HTML : "")\
        <dl class="facts">
        <dt>Title</dt><dd id="page-title">\(title)</dd>
        <dt>URL</dt><dd>\(link(url, href: urlLink))</dd>
        \(referenceURL.map { "<dt>Reference</dt><dd>\(link($0, href: referenceLink))</dd>\n" as HTML } ?? "")\
        <dt>Duration</dt><dd>\(duration) · \(attempts) attempt(s)</dd>
        \(phases.isEmpty ? "" : "<dt>Phases</dt><dd id=\"phases\">\(phases)</dd>\n" as HTML)\
        \(captureText.map { "<dt>Capture</dt><dd id=\"capture\">\($0)</dd>\n" as HTML } ?? "")\
        <dt>Started</dt><dd>\(startedAt)</dd>
        <dt>Console</dt><dd>\(consoleErrors) error(s) · \(pageErrors) page error(s)</dd>
        </dl>
        \(error.map { "<pre class=\"alert error-text\">\($0)</pre>\n" as HTML } ?? "")\
        \(timeoutReason.map { "<p class=\"alert\">Timed out: \($0)</p>\n" as HTML } ?? "")\
        \(earlierAttempts.map { "<p class=\"alert\">Retried: \($0)</p>\n" as HTML } ?? "")\
        \(unstable.map { "<div class=\"alert unstable\" id=\"unstable\"><b>Unstable page:</b> \($0). Its difference may be noise. Hint: hide or mask the part that keeps changing (<code>hide:</code>, <code>remove:</code> or <code>mask:</code> selectors of the page in scene.yml), or allow more <code>stabilization.settleShots</code>.</div>\n" as HTML } ?? "")\
        \(warnings.isEmpty ? "" : "<ul class=\"alert warnings\" id=\"warnings\">\(HTML.join(warnings) { "<li>\($0)</li>" })</ul>\n" as HTML)\
        \(hasHistory ? "<div id=\"history-strip\" class=\"strip\" data-id=\"\(id)\"></div>\n" as HTML : "")\
        </section>

        """
        if !mediaProblems.isEmpty {
            h += "<p class=\"alert\">Images that could not be shown: \(mediaProblems.joined(separator: "; "))</p>\n"
        }
        if full && (observed != nil || baseline != nil || reference != nil) {
            h += """
            <section id="viewer" class="viewer" data-observed="\(layer(observed))" data-baseline="\(layer(baseline))" data-reference="\(layer(reference))">
            <div class="toolbar" id="toolbar"></div>
            <div class="stage" id="stage" tabindex="-1"></div>
            \(HTML.join(comparisons, comparisonHTML))\
            \(downloads.isEmpty ? "" : "<p class=\"downloads\">Lossless originals: \(HTML.join(downloads) { d in "<a href=\"../\(d.href)\" download=\"\(d.label.replacingOccurrences(of: " ", with: "-")).png\">\(d.label)</a> " })</p>\n" as HTML)\
            </section>

            """
        } else if let thumbnail {
            h += """
            <section class="panel first-screen"><h2>First screen</h2>
            <img src="../\(thumbnail)" alt="first screen of \(id)">
            <p class="sub">\(full ? "No full-size screenshot was kept for this execution." : "Full-size screenshots are kept for executions that need a look (failed, error, flaky, changed); build the report with --detail all to keep them for every execution.")</p>
            \(changedIgnoredAreas.isEmpty ? "" : "<ul class=\"ignored-areas\" aria-label=\"Ignored areas\">\(HTML.join(changedIgnoredAreas) { "<li>ignored area \($0)</li>" })</ul>\n" as HTML)\
            </section>

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
            <tr><td>\(r.step)</td><td><code>\(r.failedLocator)</code></td><td>\(r.chosenLocator.map { "<code>\($0)</code>" as HTML } ?? "none")\(r.confirmed ? " <span class=\"badge warning\">kept after doubt</span>" as HTML : "")</td><td>\(r.score)</td><td>\(r.runnerUp.map { "<code>\($0)</code> \(r.runnerUpScore)" as HTML } ?? "")</td><td>\(r.reason)\(r.expected.map { "<br>expected: \($0)" as HTML } ?? "")\(r.found.map { "<br>found: \($0)" as HTML } ?? "")</td></tr>\n
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
            <div class="script"><h3>\(r.name) \(r.href.map { "<a href=\"../\($0)\" download=\"\(r.file)\">\(r.file)</a>" as HTML } ?? "<code>\(r.file)</code>" as HTML) <button type="button" class="copy" data-target="\(r.anchor)">Copy</button></h3><pre id="\(r.anchor)"><code>\(r.text)</code></pre></div>\n
            """ })</section>

            """
        }
        h += """
        </main>
        \(hasHistory ? "<script src=\"../data/history.js\"></script>\n<script src=\"../assets/report/history.js\"></script>\n" as HTML : "")\
        <script src="../assets/report/review.js"></script>
        <script src="../assets/report/viewer.js"></script>
        \(hasFindings ? "<script src=\"../assets/report/findings.js\"></script>\n" as HTML : "")</body>
        </html>

        """
        return h.text
    }

    private var traceHTML: HTML {
        var h: HTML = """
        <section class="panel trace"><h2>Trace</h2>
        <p>\(playwrightVersion.map { "Playwright \($0) · " as HTML } ?? "")\(coverage.map { "coverage \($0) · " as HTML } ?? "")\
        \(trace.map { "<a id=\"trace-link\" href=\"../\($0)\" download=\"trace.zip\">trace.zip</a> (open with <code>playwright show-trace trace.zip</code>)" as HTML } ?? (full ? "" : "trace.zip is kept for executions that need a look; it is in the run bundle (executions/\(id)/)" as HTML))</p>

        """
        if !actions.isEmpty {
            h += """
            <table class="actions"><thead><tr><th>#</th><th>Action</th><th>Locator</th><th>Value</th><th>Start</th><th>Time</th><th>Status</th></tr></thead><tbody>
            \(HTML.join(actions) { a in """
            <tr class="\(a.failed ? "failed" : "")\(a.addedFromTrace ? " added" : "")"><td>\(a.index)</td><td>\(a.kind)</td><td>\(code(a.locator))\(a.element.map { "<div class=\"sub\"><code>\($0)</code></div>" as HTML } ?? "")\(a.url.map { "<div class=\"sub\"><code>\($0)</code></div>" as HTML } ?? "")</td><td>\(code(a.value))</td><td>\(a.start)</td><td>\(a.duration)</td><td>\(a.status)\(errorBlock(a.error))</td></tr>\n
            """ })</tbody></table>

            """
        }
        if let traceUnchanged {
            h += """
            <div class="trace-comparison"><h3>Since the baseline's trace</h3><p>\(traceChanges.count) step(s) changed, \(traceUnchanged) unchanged.</p>
            <ul>\(HTML.join(traceChanges) { c in """
            <li class="\(c.change)">\(c.title)\(c.details.isEmpty ? "" : "<ul>\(HTML.join(c.details) { "<li>\($0)</li>" })</ul>" as HTML)</li>
            """ })</ul></div>

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
            <figure><img src="../\(f.src)" loading="lazy" alt="frame at \(f.time)"><figcaption>\(f.time)</figcaption></figure>
            """ })</div>

            """
        }
        h += "</section>\n"
        return h
    }

    private func comparisonHTML(_ c: Comparison) -> HTML {
        var h: HTML = """
        <div class="cmp-data" data-name="\(c.name)" data-marks="\(layer(c.marks))" data-heatmap="\(layer(c.heatmap))">
        <p class="stats">vs \(c.name): <span class="badge lv-\(c.level)">\(c.level)</span> \(c.diffPixels) px (\(c.diffPercentage)) · shift-aware \(c.shiftAwareDiffPixels) px · observed \(c.width)×\(c.height), \(c.name) \(c.expectedWidth)×\(c.expectedHeight)\(c.sizeChanged ? " <b class=\"warn\">size changed</b>" as HTML : "")</p>

        """
        h += c.findings.html
        if !c.regions.isEmpty {
            h += """
            <ol class="regions" aria-label="Changed regions">\(HTML.join(c.regions) { g in """
            <li><button type="button" class="region\(g.known == nil ? "" : " known" as HTML)" data-x="\(g.x)" data-y="\(g.y)" data-w="\(g.width)" data-h="\(g.height)"\(g.known.map { " title=\"known change, not counted: \($0)\"" as HTML } ?? "")>#\(g.number) \(g.width)×\(g.height) at \(g.x),\(g.y) · \(g.pixels) px\(g.known.map { " · known, not counted (\($0))" as HTML } ?? "")</button></li>
            """ })</ol>

            """
        }
        if !c.ignoredAreas.isEmpty {
            h += """
            <ol class="regions ignored-areas" aria-label="Ignored areas">\(HTML.join(c.ignoredAreas) { a in """
            <li><button type="button" class="region ignored\(a.exceeded ? " exceeded" : "" as HTML)" data-x="\(a.x)" data-y="\(a.y)" data-w="\(a.width)" data-h="\(a.height)">ignored area \(a.summary)</button></li>
            """ })</ol>

            """
        }
        if let n = c.noise {
            h += """
            <p class="noise">Noise: only isolated pixels changed, at most \(n.densest) in any \(n.window)×\(n.window) square.</p>
            <ol class="regions noise-pixels" aria-label="Noise pixels">\(HTML.join(n.pixels) { p in """
            <li><button type="button" class="region" data-x="\(max(0, p.x - 8))" data-y="\(max(0, p.y - 8))" data-w="16" data-h="16">\(p.x),\(p.y)</button></li>
            """ })</ol>

            """
        }
        if !c.groups.isEmpty {
            h += """
            <ol class="bands" aria-label="Shifted blocks">\(HTML.join(c.groups) { g in """
            <li><button type="button" class="band band-\(g.kind)" data-y="\(g.y)" data-h="\(g.height)" data-ey="\(g.expectedY)" data-eh="\(g.expectedHeight)" data-kind="\(g.kind)">\(g.text)</button></li>
            """ })</ol>

            """
        }
        if !c.smallBands.isEmpty {
            h += """
            <details class="small-bands"><summary>\(c.smallBands.count) small band(s) of at most 2 rows outside these blocks: rows the alignment paired with a twin elsewhere (blank lines, repeated lines), usually not a change</summary>
            <p class="sub">\(c.smallBands.map { "\($0.kind.rawValue) \($0.height) at y=\($0.y)" + ($0.fromY.map { " from y=\($0)" } ?? "") }.joined(separator: " · "))</p></details>

            """
        }
        h += "</div>\n"
        return h
    }

    /// A layer for viewer.js, paths relative to this page.
    private func layer(_ l: ImageLayer?) -> String? { l?.attribute(prefix: "../") }

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
