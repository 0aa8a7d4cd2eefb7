import Foundation
public import SceneConfig
import SceneImaging
import SceneTrace

/// A batch's size limits (`maxImagePixels`, `maxTraceMegabytes`) as the libraries take them.
extension Batch {
    var traceLimits: TraceLimits {
        guard let megabytes = maxTraceMegabytes else { return .default }
        let bytes = UInt64(megabytes) << 20
        var limits = TraceLimits.default
        limits.maxTotalBytes = bytes
        limits.maxEntryBytes = min(limits.maxEntryBytes, bytes)
        return limits
    }

    var decodeLimits: DecodeLimits { maxImagePixels.map { DecodeLimits(maxPixels: $0) } ?? DecodeLimits() }

    /// The largest screenshot decoded, in pixels (`maxImagePixels` or the default): the runner
    /// captures no more of a tall page than fits.
    public var imagePixelLimit: Int { decodeLimits.maxPixels }

    /// Throws an `ImagingError` naming the file when the image is above the pixel limit (reads its header only).
    func checkImageSize(_ url: URL) throws {
        _ = try ImageReader.open(url, limits: decodeLimits)
    }
}
