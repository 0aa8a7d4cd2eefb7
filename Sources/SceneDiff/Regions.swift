import SceneBundle

/// Changed regions: 8-connected components of changed grid cells, as pixel boxes,
/// then merged while any two boxes overlap or lie within `gap` pixels of each other.
enum Regions {
    static func find(in grid: ChangeGrid, gap: Int = 16, limit: Int = 100) -> [Region] {
        var boxes: [Region] = []
        var visited = [Bool](repeating: false, count: grid.counts.count)
        var stack: [Int] = []
        for start in grid.counts.indices where grid.counts[start] > 0 && !visited[start] {
            var minX = Int.max, minY = Int.max, maxX = 0, maxY = 0, pixels = 0
            visited[start] = true; stack.append(start)
            while let i = stack.popLast() {
                let cx = i % grid.columns, cy = i / grid.columns
                minX = min(minX, cx); maxX = max(maxX, cx); minY = min(minY, cy); maxY = max(maxY, cy)
                pixels += Int(grid.counts[i])
                for ny in max(0, cy - 1)...min(grid.rows - 1, cy + 1) {
                    for nx in max(0, cx - 1)...min(grid.columns - 1, cx + 1) {
                        let n = ny * grid.columns + nx
                        if grid.counts[n] > 0 && !visited[n] { visited[n] = true; stack.append(n) }
                    }
                }
            }
            let x = minX * grid.cell, y = minY * grid.cell
            boxes.append(Region(x: x, y: y, width: min(grid.width, (maxX + 1) * grid.cell) - x,
                                height: min(grid.height, (maxY + 1) * grid.cell) - y, pixels: pixels))
        }
        let merged = merge(boxes, gap: gap)
        return Array(merged.sorted { $0.pixels > $1.pixels }.prefix(limit)).sorted { ($0.y, $0.x) < ($1.y, $1.x) }
    }

    private static func merge(_ input: [Region], gap: Int) -> [Region] {
        var boxes = input
        var changed = true
        while changed {
            changed = false
            var i = 0
            while i < boxes.count {
                var j = i + 1
                while j < boxes.count {
                    if near(boxes[i], boxes[j], gap) {
                        boxes[i] = union(boxes[i], boxes[j]); boxes.remove(at: j); changed = true
                    } else { j += 1 }
                }
                i += 1
            }
        }
        return boxes
    }

    private static func near(_ a: Region, _ b: Region, _ gap: Int) -> Bool {
        a.x <= b.x + b.width + gap && b.x <= a.x + a.width + gap && a.y <= b.y + b.height + gap && b.y <= a.y + a.height + gap
    }

    private static func union(_ a: Region, _ b: Region) -> Region {
        let x = min(a.x, b.x), y = min(a.y, b.y)
        return Region(x: x, y: y, width: max(a.x + a.width, b.x + b.width) - x,
                      height: max(a.y + a.height, b.y + b.height) - y, pixels: a.pixels + b.pixels)
    }
}
