extension Step {
    /// Whether the step's value is a secret that no output may hold: marked `secret: true`, or
    /// text typed into a field its locator names as a password. (A password field with an
    /// unrevealing locator is still redacted from the trace, which shows the field's type; mark
    /// the step `secret` to keep its value out of plan.json too.)
    public var isSecret: Bool {
        if secret == true { return true }
        guard kind == .fill || kind == .type, let locator else { return false }
        let text = locator.javaScript.lowercased()
        return text.contains("password") || text.contains("passwd")
    }
}
