/// A rectangle left out of the comparison, corners inclusive (odiff's `x1:y1-x2:y2`).
/// Masked pixels are blanked to transparent black in both images before comparing and
/// hashing, so they never count and never break the row alignment.
public struct IgnoreRegion: Sendable, Equatable, Codable {
    public var x1: Int, y1: Int, x2: Int, y2: Int
    public init(x1: Int, y1: Int, x2: Int, y2: Int) {
        self.x1 = min(x1, x2); self.y1 = min(y1, y2); self.x2 = max(x1, x2); self.y2 = max(y1, y2)
    }

    /// A box captured at run time (x, y, width, height), e.g. a selector's bounding box.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.init(x1: x, y1: y, x2: x + max(width, 1) - 1, y2: y + max(height, 1) - 1)
    }

    /// Parses `x1:y1-x2:y2`; nil when malformed.
    public init?(parsing text: String) {
        let corners = text.split(separator: "-", omittingEmptySubsequences: false)
        guard corners.count == 2 else { return nil }
        let numbers = corners.flatMap { $0.split(separator: ":", omittingEmptySubsequences: false) }.map { Int($0) }
        guard numbers.count == 4, let x1 = numbers[0], let y1 = numbers[1], let x2 = numbers[2], let y2 = numbers[3],
              x1 >= 0, y1 >= 0, x2 >= 0, y2 >= 0 else { return nil }
        self.init(x1: x1, y1: y1, x2: x2, y2: y2)
    }
}

extension Array where Element == IgnoreRegion {
    /// Blanks the masked parts of `count` rows starting at image row `firstRow`.
    func blank(rows: UnsafeMutablePointer<UInt8>, firstRow: Int, count: Int, width: Int) {
        for region in self where region.x1 < width {
            let lo = Swift.max(region.y1, firstRow), hi = Swift.min(region.y2, firstRow + count - 1)
            guard lo <= hi else { continue }
            let x2 = Swift.min(region.x2, width - 1)
            for y in lo...hi {
                (rows + (y - firstRow) * width * 4 + region.x1 * 4).update(repeating: 0, count: (x2 - region.x1 + 1) * 4)
            }
        }
    }
}
