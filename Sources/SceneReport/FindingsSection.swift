import SceneBundle

// What changed, in words (docs/DIFF.md), as the report shows it: the list under each comparison of
// an execution page, with assets/report/findings.js outlining a finding's element in the viewer,
// and the top finding of each execution in summary.json and summary.md.

/// The findings of one comparison, ready for its execution page.
struct FindingList {
    /// One finding: its words and where to outline it in the observed and the expected image.
    struct Row { var kind: String; var summary: String; var visible: Bool; var box: LayoutBox?; var baselineBox: LayoutBox? }

    /// Findings listed per comparison (the record keeps up to 200; the rest stay in execution.json).
    static let limit = 50

    var rows: [Row]
    var more: Int
    /// Changed regions that no element or style change explains.
    var unexplained: Int

    init(_ explanation: LayoutExplanation?) {
        let findings = explanation?.findings ?? []
        rows = findings.prefix(Self.limit).map {
            Row(kind: $0.kind.rawValue, summary: Escaping.truncate($0.summary, 600), visible: $0.visible, box: $0.box,
                baselineBox: $0.baselineBox)
        }
        more = max(0, findings.count - Self.limit)
        unexplained = explanation?.unexplained.count ?? 0
    }

    /// The list; each button carries its boxes (observed `data-x…`, expected `data-bx…`) for
    /// findings.js to outline on hover and zoom to on click. Empty without findings.
    var html: HTML {
        guard !rows.isEmpty || unexplained > 0 else { return "" }
        func box(_ b: LayoutBox?, _ prefix: String) -> HTML {
            guard let b else { return "" }
            return " data-\(prefix)x=\"\(b.x)\" data-\(prefix)y=\"\(b.y)\" data-\(prefix)w=\"\(b.width)\" data-\(prefix)h=\"\(b.height)\""
        }
        let moreLine: HTML = more > 0 ? "<p class=\"more\">\(more) more finding(s) in execution.json.</p>\n" : ""
        let unexplainedLine: HTML = unexplained > 0
            ? "<p class=\"unexplained\">\(unexplained) changed region(s) that no element or style change explains (images drawn by script, rendering noise).</p>\n" : ""
        return """
        <div class="findings"><h3>What changed</h3>
        <ol class="findings" aria-label="What changed">\(HTML.join(rows) { f in """
        <li class="finding-\(f.kind)\(f.visible ? "" : " invisible")"><button type="button" class="finding"\(box(f.box, ""))\(box(f.baselineBox, "b"))><span class="fk">\(f.kind)</span> \(f.summary)\(f.visible ? "" : " <span class=\"fnv\">not visible</span>" as HTML)</button></li>
        """ })</ol>
        \(moreLine)\(unexplainedLine)</div>

        """
    }
}

extension ExecutionPage {
    /// The findings list needs its script only where there are findings.
    var hasFindings: Bool { comparisons.contains { !$0.findings.rows.isEmpty } }
}

extension ExecutionRecord {
    /// The top finding of the baseline comparison, else of the reference one (at most 300 characters).
    var topChange: String? {
        (baselineDiff?.explanation?.top ?? referenceDiff?.explanation?.top).map { Escaping.truncate($0.summary, 300) }
    }
}

extension Escaping {
    /// A finding's summary for a Markdown table cell: its `code` spans kept (pipes escaped inside
    /// them), the rest escaped like any cell. Summaries hold no backtick of their own but these pairs
    /// (SceneAnalyze makes a page's backticks quotes); an odd count is escaped as plain text.
    static func markdownCode(_ s: String) -> String {
        let parts = s.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count % 2 == 1 else { return markdownCell(s) }
        return parts.enumerated().map { i, part in
            i % 2 == 0 ? markdownCell(String(part))
                : "`" + part.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") + "`"
        }.joined()
    }
}
