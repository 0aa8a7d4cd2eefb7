/// Changed-pixel counts on a coarse grid (`cell` × `cell` pixels a cell): the input of
/// changed regions and of the heatmap, small enough for any page size.
public struct ChangeGrid: Sendable, Equatable {
    public let cell: Int
    public let columns: Int
    public let rows: Int
    /// Image size the grid covers.
    public let width: Int
    public let height: Int
    public var counts: [Int32]

    public init(width: Int, height: Int, cell: Int = 8) {
        self.cell = cell; self.width = width; self.height = height
        columns = (width + cell - 1) / cell; rows = (height + cell - 1) / cell
        counts = [Int32](repeating: 0, count: columns * rows)
    }

    /// Adds every pixel of the rectangle as changed.
    mutating func addRect(x: Int, y: Int, width w: Int, height h: Int) {
        guard w > 0, h > 0 else { return }
        for cy in (y / cell)...((y + h - 1) / cell) {
            let top = max(y, cy * cell), bottom = min(y + h, (cy + 1) * cell)
            for cx in (x / cell)...((x + w - 1) / cell) {
                let left = max(x, cx * cell), right = min(x + w, (cx + 1) * cell)
                counts[cy * columns + cx] += Int32((bottom - top) * (right - left))
            }
        }
    }

    public var total: Int { counts.reduce(0) { $0 + Int($1) } }
}
