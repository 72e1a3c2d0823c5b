import Foundation
import Hummingbird

/// The stylesheet and script, read once from the bundle and served with a long cache lifetime.
enum Assets {
    static let files: [String: (type: String, bytes: [UInt8])] = {
        var files: [String: (String, [UInt8])] = [:]
        for (name, type) in [
            ("onsite.css", "text/css; charset=utf-8"), ("onsite.js", "text/javascript; charset=utf-8"),
        ] {
            if let url = Bundle.module.url(forResource: "Assets/\(name)", withExtension: nil)
                ?? Bundle.module.resourceURL?.appendingPathComponent("Assets/\(name)"),
                let data = try? Data(contentsOf: url)
            {
                files[name] = (type, [UInt8](data))
            }
        }
        return files
    }()

    static func register(on router: some RouterMethods<AppRequestContext>) {
        router.get("/assets/:name") { _, context in
            guard let name = context.parameters.get("name"), let file = files[name] else {
                throw AppError.notFound("the asset")
            }
            return Response(
                status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
        }
    }
}
