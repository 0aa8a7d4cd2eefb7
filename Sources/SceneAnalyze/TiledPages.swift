public import Foundation
public import SceneConfig
import SceneBundle
import SceneImaging

/// Pages the runner shot in tiles (`artifacts.tiles`), put together into one PNG each before
/// anything reads them: streaming, one band of rows in memory whatever the page's height.
public enum TiledPages {
    /// `capture` with each tiled page stitched into its file (`observed.png`, `reference.png`) and
    /// its tiles removed; unchanged when no page was tiled. A page that cannot be stitched (a tile
    /// outside the execution folder, unreadable, of another width, above `maxImagePixels`) has no
    /// file, and turns the capture into an error that names it.
    public static func assemble(_ capture: BrowserCapture, in directory: URL, batch: Batch) -> BrowserCapture {
        guard let tiled = capture.artifacts.tiles, !tiled.isEmpty else { return capture }
        var result = capture
        result.artifacts.tiles = nil
        var errors: [String] = []
        for (page, tiles) in tiled.sorted(by: { $0.key < $1.key }) {
            do { try stitch(page, tiles: tiles, of: &result.artifacts, in: directory, limits: batch.decodeLimits) }
            catch { errors.append("\(page): \(ErrorText.message(error))") }
        }
        if !errors.isEmpty {
            result.status = .error
            result.error = ([capture.error].compactMap { $0 } + ["could not stitch the tiled capture: " + errors.joined(separator: "; ")])
                .joined(separator: "; ")
        }
        return result
    }

    private static func stitch(_ page: String, tiles: [String], of artifacts: inout BrowserCapture.Files, in directory: URL,
                               limits: DecodeLimits) throws {
        let urls = tiles.map { directory.appendingPathComponent($0) }
        defer {
            // The tiles' own folder (`observed.tiles/`) goes with them, stitched or not.
            for folder in Set(urls.map { $0.deletingLastPathComponent().standardizedFileURL }) where folder != directory.standardizedFileURL {
                if isInside(folder, directory) { try? FileManager.default.removeItem(at: folder) }
            }
        }
        let name: String?
        switch page {
        case "observed": name = artifacts.observed
        case "reference": name = artifacts.reference
        default: throw SceneFailure("tiles of an unknown page")
        }
        guard let name, !tiles.isEmpty else { throw SceneFailure("tiles without the page's file name") }
        let output = directory.appendingPathComponent(name)
        // Names come from the runner: only files inside the execution folder are read or written.
        if let outside = ([output] + urls).first(where: { !isInside($0, directory) }) {
            throw SceneFailure("\(outside.lastPathComponent) is outside the execution folder")
        }
        do { try TileStitcher.stitch(urls, to: output, limits: limits) }
        catch {
            if page == "observed" { artifacts.observed = nil } else { artifacts.reference = nil }
            throw error
        }
    }

    private static func isInside(_ url: URL, _ directory: URL) -> Bool {
        url.standardizedFileURL.path.hasPrefix(directory.standardizedFileURL.path + "/")
    }
}
