import Foundation
import SceneLocate

/// Answers the runner's `resolve` requests with SceneLocate (healing and plain-language steps).
public enum StandardResolver {
    public static let handler: ResolveHandler = { line in
        let answer: [String: Any]
        do {
            let request = try JSONDecoder().decode(ResolveRequest.self, from: line)
            let response = Resolver().resolve(request)
            return try JSONEncoder().encode(response)
        } catch {
            answer = ["ok": false, "error": "scene could not read the resolve request: \(error)"]
        }
        return (try? JSONSerialization.data(withJSONObject: answer)) ?? Data()
    }
}
