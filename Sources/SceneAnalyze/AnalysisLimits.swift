import Foundation
import SceneConfig
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

    /// Throws an `ImagingError` naming the file when the image is above the pixel limit (reads its header only).
    func checkImageSize(_ url: URL) throws {
        _ = try ImageReader.open(url, limits: decodeLimits)
    }
}
