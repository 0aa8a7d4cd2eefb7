import Foundation

/// One executable for every fuzz target. A libFuzzer build (`-Xswiftc -sanitize=fuzzer
/// -Xswiftc -DFUZZING`, see `make fuzz`) fuzzes the target named by `$SCENE_FUZZ_TARGET`; a normal
/// build replays inputs, `SceneFuzz <target> <file or folder>...`, so every saved input keeps
/// running as a regression check.
enum Fuzz {
    typealias Callback = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

    /// Calls `callback` with the bytes of every file (or every file in every folder) named; prints
    /// how many.
    static func replay(_ paths: [String], _ callback: Callback) {
        var count = 0
        for path in paths {
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            let files = isDir.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
                : [path]
            for file in files {
                guard let bytes = FileManager.default.contents(atPath: file) else { continue }
                _ = bytes.withUnsafeBytes { callback($0.bindMemory(to: UInt8.self).baseAddress ?? UnsafePointer(bitPattern: 1)!, bytes.count) }
                count += 1
            }
        }
        print("replayed \(count) inputs")
    }

    /// The target a name picks, or exit with the names known.
    static func target(_ name: String?) -> Callback {
        guard let name, let target = targets[name] else {
            FileHandle.standardError.write(Data("SceneFuzz: name a target: \(targets.keys.sorted().joined(separator: ", "))\n".utf8))
            exit(64)
        }
        return target
    }
}

#if FUZZING
/// libFuzzer's entry, for the target `$SCENE_FUZZ_TARGET` names.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { selected(data, size) }
let selected = Fuzz.target(ProcessInfo.processInfo.environment["SCENE_FUZZ_TARGET"])

/// SwiftPM renames an executable's `main` to `<Module>_main`: hand control to libFuzzer's driver.
@_cdecl("SceneFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    _ = selected
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt
#else
@main
struct ReplayCorpus {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        Fuzz.replay(Array(arguments.dropFirst()), Fuzz.target(arguments.first))
    }
}
#endif
