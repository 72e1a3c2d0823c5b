import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// The JSON API under `/api/v1`: the same operations as the pages, described by
/// `openapi.yaml` (served at `/api/openapi.yaml`). Errors are ``ErrorBody`` JSON.
struct API: Sendable {
    let services: ServerServices
    let accounts: Accounts
    let configuration: ServerConfiguration

    func register(on router: some RouterMethods<AppRequestContext>) {
        router.get("/api/openapi.yaml") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.text)))
        }
        let v1 = router.group("/api/v1")
        AccountsAPI(accounts: accounts, configuration: configuration).register(on: v1)
        QuestionsAPI(services: services).register(on: v1)
        LearningAPI(services: services).register(on: v1)
        ExercisesAPI(services: services).register(on: v1)
        InterviewsAPI(services: services).register(on: v1)
        ReviewPlanAPI(services: services).register(on: v1)
    }
}

/// Reads a JSON body, naming the field at fault when it does not fit.
func decodeJSON<T: Decodable>(_ type: T.Type, from request: Request, context: AppRequestContext) async throws -> T {
    var request = request
    let body = try await request.collectBody(upTo: context.maxUploadSize)
    guard body.readableBytes > 0 else { throw AppError.invalid("body", "send a JSON object") }
    do {
        return try JSONDecoder().decode(T.self, from: Data(buffer: body))
    } catch let DecodingError.keyNotFound(key, path) {
        let field = (path.codingPath + [key]).map(\.stringValue).joined(separator: ".")
        throw AppError.invalid(field, "\(field) is required")
    } catch let DecodingError.typeMismatch(_, path), let DecodingError.valueNotFound(_, path) {
        let field = path.codingPath.map(\.stringValue).joined(separator: ".")
        throw AppError.invalid(field, "\(field) has the wrong type: \(path.debugDescription)")
    } catch let DecodingError.dataCorrupted(path) {
        let field = path.codingPath.map(\.stringValue).joined(separator: ".")
        throw AppError.invalid(field.isEmpty ? "body" : field, "the body is not valid JSON: \(path.debugDescription)")
    }
}

/// A JSON response with a status.
struct JSONResponse<Value: Encodable & Sendable>: ResponseGenerator {
    var status: HTTPResponse.Status = .ok
    var value: Value

    init(_ status: HTTPResponse.Status = .ok, _ value: Value) {
        self.status = status
        self.value = value
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
