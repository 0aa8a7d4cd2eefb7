public import Foundation
public import SceneImaging

/// The two images of a finished comparison, for a pass that reads some of their rows again:
/// each goes back to the nearest restart point its decoder kept (or opens its file again when it
/// kept none), masked like the comparison. Rows asked for in non-decreasing order cost least.
public struct ComparedImages {
    let expected: RowFetcher, observed: RowFetcher

    /// Fresh decoders of both files: rows are read from the top (nothing kept to restart from).
    public init(expected: URL, observed: URL, limits: DecodeLimits = DecodeLimits()) throws {
        self.init(expected: RowFetcher(try ImageReader.open(expected, limits: limits), ignore: []) { try ImageReader.open(expected, limits: limits) },
                  observed: RowFetcher(try ImageReader.open(observed, limits: limits), ignore: []) { try ImageReader.open(observed, limits: limits) })
    }

    init(expected: RowFetcher, observed: RowFetcher) { self.expected = expected; self.observed = observed }

    public var expectedWidth: Int { expected.stride / 4 }
    public var observedWidth: Int { observed.stride / 4 }

    /// RGBA rows `range` of the expected image, valid until the next call for that image.
    public func expectedRows(_ range: Range<Int>) throws -> UnsafePointer<UInt8> { try expected.rows(range) }
    /// RGBA rows `range` of the observed image, valid until the next call for that image.
    public func observedRows(_ range: Range<Int>) throws -> UnsafePointer<UInt8> { try observed.rows(range) }
}
