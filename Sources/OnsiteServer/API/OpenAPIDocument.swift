import Foundation

/// The OpenAPI 3.1 description of the JSON API, bundled as `Assets/openapi.yaml`.
enum OpenAPIDocument {
    static let text: String = {
        guard
            let url = Bundle.module.url(forResource: "Assets/openapi.yaml", withExtension: nil)
                ?? Bundle.module.resourceURL?.appendingPathComponent("Assets/openapi.yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "openapi: 3.1.0\n" }
        return text
    }()
}
