import Foundation
import SceneBundle
import SceneDiff
import SceneImaging

/// An image as the viewer draws it: horizontal strips of `rows` rows of the full-size image
/// (a strip file may be smaller and is scaled up), loaded as they come into view.
struct ImageLayer: Equatable {
    var width: Int
    var height: Int
    var rows: Int
    /// Site-relative paths, top strip first.
    var strips: [String]

    /// `width height rows path path ...`: what viewer.js reads from a `data-*` attribute.
    func attribute(prefix: String) -> String {
        "\(width) \(height) \(rows)" + strips.map { " " + prefix + $0 }.joined()
    }
}

/// Makes what the report shows of an execution's images and stores it by content: a
/// thumbnail of the first screen, display strips (JPEG: these pixels are only looked at),
/// the diff's marks alone (PNG: exact to the pixel when zoomed in) and a half-size heatmap.
struct ReportMedia: Sendable {
    let store: SiteStore
    /// Rows per strip: about a screen of a desktop page at full size.
    static let stripRows = 1024
    static let displayQuality = 80
    static let heatmapQuality = 70

    /// The thumbnail: `thumb.jpg` as the analysis wrote it when it is within bounds, else
    /// made from it (older bundles hold full-height ones) or from the observed screenshot.
    func thumbnail(_ path: String) throws -> String? {
        guard let digest = SiteStore.digest(ofFileAt: path) else { return nil }
        let reader = try ImageReader.open(URL(fileURLWithPath: path))
        if reader is JPEGRowReader, reader.width <= Thumbnail.maxWidth, reader.height <= Thumbnail.maxHeight {
            return try store.add(path, digest: digest, ext: "jpg")
        }
        let key = SiteStore.digest(recipe: "thumbnail \(Thumbnail.maxWidth)x\(Thumbnail.maxHeight) v1", sources: [digest])
        return try store.made(key: key, ext: "jpg", count: 1) { paths in
            try Thumbnail.write(png: URL(fileURLWithPath: path), jpeg: URL(fileURLWithPath: paths[0]))
        }.first
    }

    /// Full-size display strips of a screenshot.
    func display(_ path: String) throws -> ImageLayer? {
        try strips(path, recipe: "display jpeg q\(Self.displayQuality)", ext: "jpg", shrink: 1) { reader, url in
            try Strips.writeJPEG(reader, rows: Self.stripRows, quality: Self.displayQuality, to: url)
        }
    }

    /// The heatmap at half size: a blurred density over a faded copy, nothing to zoom into.
    func heatmap(_ path: String) throws -> ImageLayer? {
        try strips(path, recipe: "heatmap jpeg q\(Self.heatmapQuality) /2", ext: "jpg", shrink: 2) { reader, url in
            try Strips.writeJPEG(reader, rows: Self.stripRows, shrink: 2, quality: Self.heatmapQuality, to: url)
        }
    }

    /// The marks of a pixelmatch diff image, exact, over transparency.
    func marks(_ path: String) throws -> ImageLayer? {
        try strips(path, recipe: "diff marks png", ext: "png", shrink: 1) { reader, url in
            try DiffMask.writeStrips(reader, rows: Self.stripRows, to: url)
        }
    }

    private func strips(_ path: String, recipe: String, ext: String, shrink: Int,
                        _ make: (any RowReader, (Int) -> URL) throws -> Void) throws -> ImageLayer? {
        guard let digest = SiteStore.digest(ofFileAt: path) else { return nil }
        let url = URL(fileURLWithPath: path)
        let header = try ImageReader.open(url)
        let count = Strips.count(height: header.height, rows: Self.stripRows)
        let key = SiteStore.digest(recipe: "\(recipe) rows \(Self.stripRows) v1", sources: [digest])
        let names = try store.made(key: key, ext: ext, count: count) { paths in
            try make(try ImageReader.open(url)) { URL(fileURLWithPath: paths[$0]) }
        }
        return ImageLayer(width: header.width, height: header.height, rows: Self.stripRows, strips: names)
    }
}
