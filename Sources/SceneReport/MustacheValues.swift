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
        case let dict as [String: Any]: return dict.mapValues(convert)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { convert($0.value) } ?? NSNull()
        case .struct, .class:
            var out: [String: Any] = [:]
            for child in mirror.children { if let label = child.label { out[label] = convert(child.value) } }
            return out
        case .collection:
            return mirror.children.map { convert($0.value) }
        default:
            return value
        }
    }
}
