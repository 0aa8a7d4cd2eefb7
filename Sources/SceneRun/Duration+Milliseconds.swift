extension Duration {
    /// This duration in milliseconds, fractions kept (for timings in records and logs).
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}
