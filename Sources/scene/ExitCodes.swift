import ArgumentParser

/// Exit codes of the command-line contract (see README "Exit codes").
enum SceneExit {
    static let success = ExitCode(0)
    static let visualDifference = ExitCode(1)
    static let executionErrors = ExitCode(2)
    static let layoutDifference = ExitCode(3)
    static let usage = ExitCode(64)
    static let badInput = ExitCode(65)
    static let `internal` = ExitCode(70)
}
