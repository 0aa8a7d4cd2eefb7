/// Options of the pixelmatch 7.2.0 comparison, with its defaults.
public struct PixelmatchOptions: Sendable, Equatable, Codable {
    /// Matching threshold (0...1); smaller is more sensitive.
    public var threshold: Double
    /// Count anti-aliased pixels as differences instead of excluding them.
    public var includeAA: Bool
    /// Opacity of the original image behind the diff output.
    public var alpha: Double
    public var aaColor: RGB
    public var diffColor: RGB
    /// Colour for pixels that got darker in the second image; nil = `diffColor`.
    public var diffColorAlt: RGB?
    /// Draw only the differences, over a transparent background.
    public var diffMask: Bool
    /// Blend semi-transparent pixels against a checkerboard (true) or white (false).
    public var checkerboard: Bool

    public init(threshold: Double = 0.1, includeAA: Bool = false, alpha: Double = 0.1,
                aaColor: RGB = RGB(255, 255, 0), diffColor: RGB = RGB(255, 0, 0), diffColorAlt: RGB? = nil,
                diffMask: Bool = false, checkerboard: Bool = true) {
        self.threshold = threshold; self.includeAA = includeAA; self.alpha = alpha
        self.aaColor = aaColor; self.diffColor = diffColor; self.diffColorAlt = diffColorAlt
        self.diffMask = diffMask; self.checkerboard = checkerboard
    }

    /// Largest YIQ squared distance still counted as equal (35215 is the metric's maximum).
    var maxDelta: Double { 35215 * threshold * threshold }

    /// The same comparison drawing only the pixels it counts (opaque, in `diffColor`; nothing else),
    /// for a pass that reads which pixels of a crop changed from the drawn output's alpha.
    public var countedPixelsOnly: PixelmatchOptions {
        var options = self
        options.diffMask = true; options.diffColorAlt = nil; options.checkerboard = false
        return options
    }
}

/// An opaque colour of the diff output.
public struct RGB: Sendable, Equatable, Codable {
    public var r: UInt8, g: UInt8, b: UInt8
    public init(_ r: UInt8, _ g: UInt8, _ b: UInt8) { self.r = r; self.g = g; self.b = b }
}
