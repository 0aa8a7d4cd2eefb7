import Testing
import SceneBundle

@Suite struct PortablePathsTests {
    @Test(arguments: [
        ("/home/ci/runs/r1/executions/a~b~c~d/observed.png: error: truncated", "executions/a~b~c~d/observed.png: error: truncated"),
        ("read '/srv/acme/baselines/home/default/desktop-chromium.png'", "read 'baselines/home/default/desktop-chromium.png'"),
        ("at file:///builds/7/site/index.html now", "at …/index.html now"),
        ("python /usr/lib/python3/dist-packages/x.py failed", "python …/x.py failed"),
        ("http://127.0.0.1:8080/a/b and https://x.example/c/d stay", "http://127.0.0.1:8080/a/b and https://x.example/c/d stay"),
        ("shard 1/2, acme / nightly, /single", "shard 1/2, acme / nightly, /single"),
        ("no paths here", "no paths here"),
    ])
    func absolutePathsBecomePortable(text: String, expected: String) {
        #expect(PortablePaths.scrub(text) == expected)
    }
}
