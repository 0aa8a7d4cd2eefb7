import ArgumentParser
import Foundation
import SceneBundle
import SceneConfig
import SceneLocate

/// `scene resolve`: how one plain-language sentence is read and matched on one page snapshot.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Show how a plain-language step is read and matched on a page snapshot: the parse, the scored candidates, the pick.",
        discussion: """
        The snapshot is what assets/runner/snapshot.js returns for a page ({url, title,
        elements}), as the runner sends it to scene when a plain step runs; a file holding
        {"snapshot": {...}} (the locate corpus's page files) is read too. Nothing is run: the
        answer is the one a run would get for this sentence on this page. Exit status 1 when the
        step is refused (ambiguous, nothing fits, a sentence the grammar cannot read).

        Examples:
          scene resolve "Click Edit for Grace Hopper" --snapshot users.json
          scene resolve "Enter 10115 as the postcode" --snapshot checkout.json --top 3 --json
        """
    )
    @Argument(help: "The plain-language step, as written in scene.yml.") var sentence: String
    @Option(help: "The page's element snapshot (JSON).") var snapshot: String
    @Option(help: "Candidates listed.") var top = 8
    @OptionGroup var output: JSONOutput

    /// `scene resolve --json`.
    struct Document: JSONDocument {
        struct Candidate: Encodable { var locator: String, score: Double, index: Int, why: String }
        struct Pick: Encodable { var kind: String, locator: String?, value: String?, index: Int?, confidence: Double }
        var sentence: String
        /// Every reading the grammar made of the sentence, the one used first.
        var readings: [String]
        var reading: String?
        var candidates: [Candidate]
        var pick: Pick?
        var reason: String
        var error: String?
    }

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let page = try Self.readSnapshot(snapshot)
        let result = Interpreter(policy: InterpretPolicy(listed: top)).interpret(sentence, snapshot: page)
        let candidates = result.ranked.prefix(top).map { c in
            Document.Candidate(locator: LocatorBuilder.build(for: c.element, in: page).javaScript, score: (c.score * 1000).rounded() / 1000,
                               index: c.element.index, why: c.explanation)
        }
        let pick = result.step.map { step in
            Document.Pick(kind: step.kind.rawValue, locator: result.locator, value: step.value, index: result.element?.index,
                          confidence: result.confidence)
        }
        let document = Document(sentence: sentence, readings: result.command?.readings.map(Self.describe) ?? [],
                                reading: result.reading.map(Self.describe), candidates: candidates, pick: pick,
                                reason: result.reason, error: result.error)
        if output.wanted() { try document.print() } else { print(Self.text(document)) }
        if !result.ok { throw ExitCode(ExitStatus.visualDifference) }
    }

    /// "click 'Edit' button for 'Grace Hopper'", "fill 'Postcode' field with '10115'".
    static func describe(_ command: PlainCommand) -> String {
        var s = command.kind.rawValue
        if let target = command.target, !target.description.isEmpty { s += " " + target.description }
        if let value = command.value { s += " with '\(value)'" }
        return s
    }

    static func text(_ d: Document) -> String {
        var lines = ["sentence: \(d.sentence)"]
        if let reading = d.reading { lines.append("read as:  \(reading)") }
        for other in d.readings where other != d.reading { lines.append("also read: \(other)") }
        if !d.candidates.isEmpty {
            lines.append("candidates, best first:")
            lines.append(Table.render(header: ["score", "locator", "why"],
                                      rows: d.candidates.map { [String(format: "%.3f", $0.score), $0.locator, $0.why] }))
        }
        if let pick = d.pick {
            lines.append("pick: \(pick.kind) \(pick.locator ?? "")\(pick.value.map { " '\($0)'" } ?? "") (confidence \(String(format: "%.2f", pick.confidence)))")
            lines.append("reason: \(d.reason)")
        } else {
            lines.append("refused: \(d.error ?? "no answer")")
        }
        return lines.joined(separator: "\n")
    }

    /// A snapshot.js result, or a file that holds one under "snapshot".
    static func readSnapshot(_ path: String) throws -> Snapshot {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch { throw LocatedError(error, at: path) }
        struct Wrapped: Decodable { var snapshot: Snapshot }
        if let wrapped = try? JSONDecoder().decode(Wrapped.self, from: data) { return wrapped.snapshot }
        do { return try JSONDecoder().decode(Snapshot.self, from: data) } catch {
            throw SceneFailure("not an element snapshot: \(ErrorText.describe(error))", at: path,
                               hint: "give the JSON that assets/runner/snapshot.js returns for a page ({url, title, elements})")
        }
    }
}
