public import Foundation

/// What every fuzz target shares: libFuzzer's driver in a fuzzing build, a corpus replayer in a
/// normal one (so every saved input keeps running as a regression check).
public enum Fuzz {
    public typealias Callback = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

    /// Calls `body` with the bytes of every file (or every file in every folder) named on the
    /// command line; prints how many and returns 0.
    public static func replay(_ arguments: [String], body: (Data) -> Void) -> CInt {
        var count = 0
        for path in arguments {
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            let files = isDir.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
                : [path]
            for file in files {
                guard let bytes = FileManager.default.contents(atPath: file) else { continue }
                body(bytes)
                count += 1
            }
        }
        print("replayed \(count) inputs")
        return 0
    }

    #if FUZZING
    /// Hands control to libFuzzer (SwiftPM renames an executable's `main` to `<Module>_main`).
    public static func drive(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ callback: Callback) -> CInt {
        var argc = argc
        var argv = argv
        return LLVMFuzzerRunDriver(&argc, &argv, callback)
    }
    #endif
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt
#endif

extension Data {
    /// Calls a libFuzzer-style callback with these bytes.
    public func feed(_ callback: Fuzz.Callback) {
        _ = withUnsafeBytes { callback($0.bindMemory(to: UInt8.self).baseAddress ?? UnsafePointer(bitPattern: 1)!, count) }
    }
}
