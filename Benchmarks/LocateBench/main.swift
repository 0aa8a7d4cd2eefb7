import SceneLocator
import Foundation
import SceneConfig
import SceneLocate

// LocateBench: healing and plain-language resolution on a synthetic 5,000-element snapshot.
// Run in release: `swift run -c release LocateBench [elements] [iterations]`;
// `LocateBench corpus [--floors] [--misses]`: the whole locate corpus (Tests/LocateCorpus).
if CommandLine.arguments.dropFirst().first == "corpus" {
    exit(runCorpus(Array(CommandLine.arguments.dropFirst(2))))
}

/// Deterministic generator: the same page every run.
struct LCG {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let count = arguments.first ?? 5_000
let iterations = arguments.dropFirst().first ?? 50

func syntheticSnapshot(_ n: Int) -> Snapshot {
    var rng = LCG(state: 42)
    let words = ["account", "order", "cart", "search", "profile", "settings", "checkout", "product", "review", "shipping",
                 "payment", "newsletter", "login", "details", "filter", "sort", "category", "price", "help", "contact"]
    let kinds: [(tag: String, role: String?, type: String?, interactive: Bool)] = [
        ("button", "button", "button", true), ("a", "link", nil, true), ("input", "textbox", "text", true),
        ("input", "checkbox", "checkbox", true), ("select", "combobox", nil, true), ("h2", "heading", nil, false),
        ("p", "paragraph", nil, false), ("div", "tab", nil, true),
    ]
    let containers = ["div", "section", "main", "form", "ul", "li", "article", "nav", "span"]
    var elements: [Element] = []
    for i in 0..<n {
        let k = kinds[rng.next(kinds.count)]
        let w1 = words[rng.next(words.count)], w2 = words[rng.next(words.count)]
        let name = "\(w1.capitalized) \(w2) \(i)"
        let depth = 4 + rng.next(10)
        let ancestors = ["html", "body"] + (0..<depth).map { _ in containers[rng.next(containers.count)] }
        elements.append(Element(
            index: i, tag: k.tag, role: k.role, name: k.interactive || k.tag == "h2" ? name : nil, text: k.tag == "input" ? nil : name,
            id: rng.next(3) == 0 ? "\(w1)-\(w2)-\(i)" : nil, testId: rng.next(4) == 0 ? "\(w1)_\(i)" : nil,
            placeholder: k.tag == "input" && k.type == "text" ? "Enter \(w2)" : nil, nameAttr: k.tag == "input" ? "\(w2)\(i)" : nil,
            type: k.type, classes: ["c-\(w1)", "c-\(w2)", "col-\(rng.next(12))"], href: k.tag == "a" ? "/\(w1)/\(w2)/\(i)" : nil,
            label: k.tag == "input" ? "\(w2.capitalized) \(i)" : nil,
            xpath: "/html/body/div[\(i)]", cssPath: "#n\(i)",
            box: Box(x: Double(rng.next(1200)), y: Double(i * 18), width: 120, height: 24), inViewport: i < 40, isTop: true,
            interactive: k.interactive, ancestors: ancestors))
    }
    return Snapshot(url: "https://bench.example/", title: "Bench", elements: elements)
}

/// `LOCATEBENCH_ONLY=heal` runs only the measurements whose label contains "heal" (for profiling).
let only = ProcessInfo.processInfo.environment["LOCATEBENCH_ONLY"]

/// CPU time of this thread in ms: on a shared, loaded machine wall time mostly measures the neighbours.
func threadCPUms() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
}

func measure(_ label: String, _ body: () -> Bool) {
    if let only, !label.contains(only) { return }
    var wall: [Double] = [], cpu: [Double] = []
    var ok = true
    for _ in 0..<iterations {
        let start = ContinuousClock.now, cpuStart = threadCPUms()
        ok = body() && ok
        cpu.append(threadCPUms() - cpuStart)
        let d = ContinuousClock.now - start
        wall.append(Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
    }
    wall.sort(); cpu.sort()
    func p(_ a: [Double], _ q: Double) -> Double { a[min(a.count - 1, Int(Double(a.count) * q))] }
    print(String(format: "%-40@ cpu median %7.2f ms  p95 %7.2f ms | wall median %7.2f ms  min %7.2f ms  (%@)",
                 label as NSString, p(cpu, 0.5), p(cpu, 0.95), p(wall, 0.5), wall[0], ok ? "ok" : "UNEXPECTED RESULT"))
}

let snapshot = syntheticSnapshot(count)
let json = try JSONEncoder().encode(snapshot)
print("LocateBench: \(count) elements (\(json.count / 1024) KiB of snapshot JSON), \(iterations) iterations")

// The baseline element: element 2500 as it was, before a redesign renamed its id, test id and classes.
var previous = snapshot.elements[2500]
let failed = Locator(selector: "#old-\(previous.index)")
previous.id = "old-\(previous.index)"; previous.testId = "legacy-\(previous.index)"; previous.classes = ["old"]
let healer = Healer()
measure("heal (score all, top 5, locators)") {
    let outcome = healer.heal(kind: .click, failed: failed, failedText: nil, snapshot: snapshot, previous: previous)
    return outcome.chosen?.element.index == 2500
}
// As a run heals: with the 40 look-alikes the baseline recorded beside the element.
let lookAlikes = Healer.lookAlikes(of: snapshot.elements[2500], in: snapshot.elements)
measure("heal with look-alikes (as a run heals)") {
    let outcome = healer.heal(kind: .click, failed: failed, failedText: nil, snapshot: snapshot, previous: previous, lookAlikes: lookAlikes)
    return outcome.chosen?.element.index == 2500
}
measure("look-alikes of one element (recording)") {
    Healer.lookAlikes(of: snapshot.elements[2500], in: snapshot.elements).count == Healer.lookAlikeCount
}
measure("heal, locator only (no baseline element)") {
    _ = healer.heal(kind: .click, failed: Locator.testId("checkout_2500"), failedText: nil, snapshot: snapshot, previous: nil)
    return true
}
let target = snapshot.elements[2500]
let sentence = "Click '\(target.name ?? "")'"
measure("interpret \"\(sentence.prefix(26))\"") {
    Interpreter().interpret(sentence, snapshot: snapshot).element?.index == 2500
}
// Unquoted, the sentence is read more ways (the first words as a control's name among them).
let unquoted = "Click \(target.name ?? "")"
measure("interpret \"\(unquoted.prefix(26))\" (unquoted)") {
    Interpreter().interpret(unquoted, snapshot: snapshot).element?.index == 2500
}
measure("decode snapshot JSON") {
    (try? JSONDecoder().decode(Snapshot.self, from: json))?.elements.count == count
}
let scorer = HealingScorer(target: TargetProfile(locator: failed).overlaid(with: TargetProfile(element: previous)))
measure("  of which: scoring all 5,000 (top 5)") {
    scorer.best(of: snapshot.elements, count: 5, for: .click).first?.element.index == 2500
}
measure("  of which: one resilient locator") {
    LocatorBuilder.build(for: snapshot.elements[2500], in: snapshot).javaScript.isEmpty == false
}
