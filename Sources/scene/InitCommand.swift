import ArgumentParser
import Foundation
import SceneBundle

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter scene.yml.",
        discussion: """
        Examples:
          scene init                                  # writes ./scene.yml
          scene init --base-url https://staging.example.com --config site/scene.yml
        """
    )
    @Option(name: [.short, .long], help: "Where to write the config.") var config = "scene.yml"
    @Option(help: "The site's base URL.") var baseURL = "http://localhost:8000"
    @Flag(help: "Overwrite an existing file.") var force = false

    func run() throws {
        if FileManager.default.fileExists(atPath: config), !force {
            throw SceneFailure("already exists", at: config, hint: "pass --force to overwrite it", exit: .usage)
        }
        let text = StarterConfig.text(baseURL: baseURL)
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: config)) }
        catch { throw SceneFailure("cannot write: \(error.localizedDescription)", at: config) }
        Stderr.write("wrote \(config)\nnext: scene validate --config \(config) && scene plan --config \(config)\n")
    }
}

enum StarterConfig {
    static func text(baseURL: String) -> String {
        """
        # scene.yml — what Scene captures and compares. Reference: docs/CONFIG.md,
        # JSON Schema for your editor: `scene schema > scene.schema.json`.
        project:
          name: my-site
          baseURL: \(baseURL)          # SCENE_BASE_URL overrides it

        viewports:
          - {name: desktop, width: 1280, height: 800}
          - {name: mobile, width: 390, height: 844, deviceScaleFactor: 2, mobile: true}

        browsers: [chromium]              # firefox and webkit run in the docker/remote backends

        pages:
          - id: home
            url: /
            hide: [".ad-slot"]            # invisible before capture
            mask: [".clock"]              # painted over and ignored by the diff
          - id: login
            url: /login
            tasks: [default, sign-in]
            # basicAuth: {username: qa, passwordEnv: STAGING_PASSWORD}   # never stored

        tasks:
          - id: sign-in
            steps:
              - fill: {label: Email, value: qa@example.com}
              - "Click the Sign in button"       # plain language works too
              - wait: {text: Welcome}

        batches:
          - id: nightly
            retries: 1
            executionTimeout: 2m
            thresholds: {pixel: 0.1, minor: 0, major: 1, failOn: minor}

        """
    }
}
