import Testing

/// The scale-out suites that drive real browsers (shards + merge, remote endpoints, podman,
/// the cost measurement) run one after another: on 2 cores, several Chromium-heavy suites at
/// once push other suites' executions past their timeouts.
@Suite(.serialized) enum ScaleBrowserSuites {}
