import Foundation

/// Turns a view model into dictionaries and arrays before rendering.
///
/// swift-mustache reads plain structs through `Mirror` on every lookup, which costs
/// tens of milliseconds per page, and it treats a nil property as "not found" and looks
/// the name up in the enclosing context, so a step without `error` would show the
/// page's error. One conversion pass fixes both: lookups become dictionary hits, and
/// nil becomes `NSNull`, which ends the lookup and renders as nothing.
enum MustacheValues {
    static func convert(_ value: Any) -> Any {
        switch value {
        case is String, is Int, is Bool, is Double: return value
        case let optional as any OptionalValue: return optional.wrappedAny.map(convert) ?? NSNull()
        case let array as any ArrayValue: return array.anyElements.map(convert)
        case let dict as [String: Any]: return dict.mapValues(convert)
        default: break
        }
        // Structs: one Mirror pass per value (not per lookup).
        var out: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            if let label = child.label { out[label] = convert(child.value) }
        }
        return out
    }
}

/// Optional and Array seen through `Any` without a Mirror per value.
protocol OptionalValue { var wrappedAny: Any? { get } }
extension Optional: OptionalValue { var wrappedAny: Any? { self } }
protocol ArrayValue { var anyElements: [Any] { get } }
extension Array: ArrayValue { var anyElements: [Any] { map { $0 } } }
