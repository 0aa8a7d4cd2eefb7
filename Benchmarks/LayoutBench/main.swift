// LayoutBench: the layout diff's speed (issue 20: at most 20 ms for 5,000 elements).
//   .venv/bin/python Benchmarks/LayoutBench/capture_cost.py 1 --out Benchmarks/.work/layout
//   SCENE_BENCHMARKS=1 swift build -c release --product LayoutBench
//   .build/release/LayoutBench Benchmarks/.work/layout [runs]
// Reads baseline-layout.json and layout.json (real snapshots of a 5,000-element page and of its
// twin with a banner inserted on top and one price recoloured), then times reading both and
// LayoutDiff.explain (pairing, classification, folding, words; no pixel evidence) `runs` times.
import Foundation
import SceneAnalyze
import SceneBundle

/// CPU milliseconds of this thread: on a shared, busy machine wall time measures the neighbours.
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
    }
    let start = now()
    try body()
    return now() - start
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

let arguments = CommandLine.arguments
guard arguments.count > 1 else {
    FileHandle.standardError.write(Data("usage: LayoutBench FOLDER [runs]  (FOLDER from capture_cost.py --out)\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1])
let runs = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 21) : 21
var baseline: PageLayout?, observed: PageLayout?
var reads: [Double] = [], diffs: [Double] = []
var explanation: LayoutExplanation?
for _ in 0..<runs {
    reads.append(try milliseconds {
        baseline = try PageLayout.read(folder.appendingPathComponent("baseline-layout.json"))
        observed = try PageLayout.read(folder.appendingPathComponent("layout.json"))
    })
    diffs.append(milliseconds { explanation = LayoutDiff.explain(baseline: baseline!, observed: observed!) })
}
print("elements: baseline \(baseline!.count), observed \(observed!.count); \(runs) runs, thread CPU, median (min)")
print("| step | median | min |\n|---|---:|---:|")
print(String(format: "| read both layout.json | %.2f ms | %.2f ms |", median(reads), reads.min()!))
print(String(format: "| LayoutDiff.explain | %.2f ms | %.2f ms |", median(diffs), diffs.min()!))
print("\nfindings: " + (explanation?.findings.prefix(3).map(\.summary).joined(separator: " / ") ?? "none"))
