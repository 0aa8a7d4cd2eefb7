import Foundation

/// Trace fixtures written by real Playwright (see Fixtures/make_fixtures.py).
enum Fixtures {
    static func url(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw FixtureMissing(name: name)
        }
        return url
    }
    struct FixtureMissing: Error { var name: String }

    /// The actions make_fixtures.py performs, as (kind, locator) in order.
    static let scriptedActions: [(String, String?)] = [
        ("navigate", nil),
        ("fill", "getByLabel('Email')"),
        ("fill", "getByLabel('Password')"),
        ("type", "getByPlaceholder('Search here')"),
        ("press", "getByLabel('Email')"),
        ("check", "getByRole('checkbox', { name: 'Subscribe' })"),
        ("select", "getByLabel('Color')"),
        ("click", "getByTestId('go')"),
        ("dblclick", "getByRole('button', { name: 'Go' })"),
        ("hover", "getByText('Next page')"),
        ("click", "locator('#q')"),
        ("click", "locator('//h1')"),
        ("click", "locator('form').locator('button').first()"),
        ("scroll", nil),
        ("assert", "getByTestId('go')"),
        ("click", "locator('#nope')"),
        ("reload", nil),
        ("goBack", nil),
    ]
}

/// Temporary directory removed when the value goes away.
final class TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("scene-trace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}
