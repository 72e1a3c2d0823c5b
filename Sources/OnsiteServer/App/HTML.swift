public import Hummingbird

/// An HTML page as a response.
struct HTML: ResponseGenerator {
    var body: String
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

/// A redirect after a form is handled (303, so the browser follows with GET).
struct SeeOther: ResponseGenerator {
    var location: String

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
