public import SceneImaging

/// pixelmatch 7.2.0 on two whole images of the same size.
public enum Pixelmatch {
    /// The result of one comparison.
    public struct Result: Sendable, Equatable {
        /// Pixels whose colour delta exceeds the threshold and are not anti-aliasing.
        public var diffPixels: Int
        /// Pixels above the threshold excluded as anti-aliasing (0 with `includeAA`).
        public var antialiasedPixels: Int
        /// Largest colour delta, normalised so that it compares with `threshold` (0...1).
        public var maxDelta: Double
        /// The pixelmatch-style diff image, when asked for.
        public var output: RGBAImage?
    }

    /// Compares `a` with `b` (same width and height) exactly like pixelmatch 7.2.0 does,
    /// optionally drawing its diff image. Pure: no I/O, no shared state.
    public static func compare(_ a: RGBAImage, _ b: RGBAImage, options: PixelmatchOptions = PixelmatchOptions(),
                               drawOutput: Bool = false) -> Result {
        precondition(a.width == b.width && a.height == b.height, "pixelmatch needs images of the same size")
        var output = drawOutput ? [UInt8](repeating: 0, count: a.pixels.count) : nil
        let stats = a.pixels.withUnsafeBufferPointer { pa in
            b.pixels.withUnsafeBufferPointer { pb in
                let plane = ComparePlane(a: pa.baseAddress!, b: pb.baseAddress!, strideA: a.rowBytes, strideB: b.rowBytes,
                                         originY: 0, width: a.width, height: a.height)
                guard output != nil else { return comparePixelRows(0..<a.height, plane, options, CompareSink()) }
                return output!.withUnsafeMutableBufferPointer { out in
                    comparePixelRows(0..<a.height, plane, options, CompareSink(output: out.baseAddress, outputStride: a.rowBytes))
                }
            }
        }
        return Result(diffPixels: stats.diffPixels, antialiasedPixels: stats.antialiasedPixels,
                      maxDelta: normalizedDelta(stats.maxDelta),
                      output: output.map { RGBAImage(width: a.width, height: a.height, pixels: $0) })
    }

    /// A squared YIQ delta on pixelmatch's threshold scale: `threshold = sqrt(delta / 35215)`.
    static func normalizedDelta(_ squared: Double) -> Double { (squared / 35215).squareRoot() }
}
