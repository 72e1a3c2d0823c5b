import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OnsiteCore
import OnsiteTestSupport
import Testing
import Yams

/// The OpenAPI document matches the server: it validates, and every operation it documents is
/// called here and answers a documented status with the documented required fields.
@Suite("Web app: OpenAPI document")
struct OpenAPITests {
    static func document(_ client: any TestClientProtocol) async throws -> (text: String, root: [String: Any]) {
        let response = try await client.execute(uri: "/api/openapi.yaml", method: .get)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType]?.hasPrefix("application/yaml") == true)
        let text = String(buffer: response.body)
        return (text, try #require(try Yams.load(yaml: text) as? [String: Any]))
    }

    @Test("the served document is valid OpenAPI 3.1 (openapi-spec-validator)")
    func validates() async throws {
        let fixture = try ServerFixture()
        let text = try await fixture.test { client in try await Self.document(client).text }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("openapi.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRun.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", "-c",
                "import sys, yaml; from openapi_spec_validator import validate; validate(yaml.safe_load(open(sys.argv[1]))); print('valid')",
                file.path,
            ],
            environment: ["PYTHONPATH": Checkout.root.appendingPathComponent(".tools/openapi").path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("valid"))
        #expect(text.hasPrefix("openapi: 3.1") || text.contains("\nopenapi: 3.1"))
    }

    /// A call of each documented operation on a multi-user server, with valid input.
    struct Call: Sendable {
        var method: HTTPRequest.Method
        var uri: String
        var body: String?
        var expected: HTTPResponse.Status
    }

    static let password = "correct horse battery"
    static let calls: [String: Call] = [
        "signUp": Call(
            method: .post, uri: "/api/v1/accounts", body: #"{"email":"api@example.com","password":"\#(password)"}"#,
            expected: .created),
        "signIn": Call(
            method: .post, uri: "/api/v1/sessions", body: #"{"email":"api@example.com","password":"\#(password)"}"#,
            expected: .created),
        "listQuestions": Call(method: .get, uri: "/api/v1/questions?q=decorators&level=senior", expected: .ok),
        "getQuestion": Call(method: .get, uri: "/api/v1/questions/python.gil", expected: .ok),
        "answerQuestion": Call(
            method: .post, uri: "/api/v1/questions/python.gil/answers",
            body:
                #"{"text":"The GIL lets only one thread run Python bytecode at a time, so threads help IO-bound work."}"#,
            expected: .created),
        "listAnswers": Call(method: .get, uri: "/api/v1/questions/python.gil/answers", expected: .ok),
        "gradeAnswer": Call(
            method: .post, uri: "/api/v1/grade",
            body: #"{"questionID":"python.gil","text":"It is a lock around the interpreter."}"#, expected: .ok),
        "getStats": Call(method: .get, uri: "/api/v1/stats", expected: .ok),
        "listDueReviews": Call(method: .get, uri: "/api/v1/reviews/due", expected: .ok),
        "reviewCard": Call(
            method: .post, uri: "/api/v1/reviews",
            body: #"{"cardID":"{card}","answer":"Only one thread runs Python bytecode at a time.","rating":"good"}"#,
            expected: .created),
        "setPlan": Call(
            method: .put, uri: "/api/v1/plan",
            body: #"{"interviewDate":"\#(CalendarDay.local(at: Date()).adding(days: 30))","hoursPerWeek":6}"#,
            expected: .ok),
        "getPlan": Call(method: .get, uri: "/api/v1/plan", expected: .ok),
        "listExercises": Call(method: .get, uri: "/api/v1/exercises", expected: .ok),
        "getExercise": Call(method: .get, uri: "/api/v1/exercises/algorithms.top-ips", expected: .ok),
        "runExerciseTests": Call(
            method: .post, uri: "/api/v1/exercises/algorithms.top-ips/runs",
            body: #"{"code":"def top_ips(lines, n):\n    return []\n"}"#, expected: .ok),
        "submitExercise": Call(
            method: .post, uri: "/api/v1/exercises/algorithms.top-ips/submissions",
            body: #"{"code":"def top_ips(lines, n):\n    return []\n"}"#, expected: .created),
        "listSubmissions": Call(method: .get, uri: "/api/v1/exercises/algorithms.top-ips/submissions", expected: .ok),
        "startInterview": Call(
            method: .post, uri: "/api/v1/interviews", body: #"{"format":"drill","area":"python","minutes":20}"#,
            expected: .created),
        "listInterviews": Call(method: .get, uri: "/api/v1/interviews", expected: .ok),
        "getInterview": Call(method: .get, uri: "/api/v1/interviews/{interview}", expected: .ok),
        "answerInterview": Call(
            method: .post, uri: "/api/v1/interviews/{interview}/answers",
            body: #"{"text":"I would explain the trade-offs, measure first, and keep the code readable."}"#,
            expected: .ok),
        "finishInterview": Call(method: .post, uri: "/api/v1/interviews/{interview}/finish", expected: .ok),
        "getInterviewReport": Call(method: .get, uri: "/api/v1/interviews/{interview}/report", expected: .ok),
        "signOut": Call(method: .delete, uri: "/api/v1/sessions/current", expected: .noContent),
    ]
    /// signUp first (it makes the account), signOut last (it ends the token).
    static let order = [
        "signUp", "signIn", "listQuestions", "getQuestion", "answerQuestion", "listAnswers", "gradeAnswer",
        "getStats", "listDueReviews", "reviewCard", "setPlan", "getPlan", "listExercises", "getExercise",
        "runExerciseTests", "submitExercise", "listSubmissions",
        "startInterview", "listInterviews", "getInterview", "answerInterview", "finishInterview", "getInterviewReport",
        "signOut",
    ]

    @Test("every documented operation is called, answers its documented status, and has the required fields")
    func everyOperation() async throws {
        let fixture = try ServerFixture(multiUser: true, runsCode: true)
        try await fixture.test { client in
            let root = try await Self.document(client).root
            let paths = try #require(root["paths"] as? [String: Any])
            let schemas = (root["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
            var documented: [String: (path: String, method: String, operation: [String: Any])] = [:]
            for (path, item) in paths {
                for (method, operation) in try #require(item as? [String: Any]) {
                    guard let operation = operation as? [String: Any], let id = operation["operationId"] as? String
                    else { continue }
                    documented[id] = (path, method, operation)
                }
            }
            #expect(Set(documented.keys) == Set(Self.calls.keys), "documented and tested operations differ")

            var token = ""
            var interviewID = ""
            var cardID = ""
            for id in Self.order {
                var call = try #require(Self.calls[id])
                call.uri = call.uri.replacingOccurrences(of: "{interview}", with: interviewID)
                call.body = call.body?.replacingOccurrences(of: "{card}", with: cardID)
                let (path, method, operation) = try #require(documented[id])
                #expect(method.uppercased() == call.method.rawValue, "\(id)")
                #expect(Self.matches(template: path, uri: call.uri), "\(id): \(call.uri) is not \(path)")
                var headers: HTTPFields = [:]
                if !token.isEmpty { headers[.authorization] = "Bearer \(token)" }
                if call.body != nil { headers[.contentType] = "application/json" }
                let response = try await client.execute(
                    uri: call.uri, method: call.method, headers: headers, body: call.body.map { ByteBuffer(string: $0) }
                )
                #expect(response.status == call.expected, "\(id): \(String(buffer: response.body))")
                let responses = try #require(operation["responses"] as? [String: Any])
                let documentedResponse = try #require(
                    responses[String(response.status.code)] as? [String: Any],
                    "\(id): \(response.status.code) is undocumented")
                if let schema =
                    ((documentedResponse["content"] as? [String: Any])?["application/json"]
                    as? [String: Any])?["schema"] as? [String: Any]
                {
                    let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body))
                    let problems = Self.problems(body, against: schema, schemas: schemas, at: id)
                    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
                }
                if id == "listDueReviews",
                    let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                {
                    let cards = try #require(body["cards"] as? [[String: Any]], "answering python.gil made cards")
                    cardID = try #require(cards.first?["id"] as? String)
                }
                if id == "startInterview",
                    let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                {
                    interviewID = try #require(body["id"] as? String)
                }
                if id == "signUp" || id == "signIn",
                    let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                {
                    token = body["token"] as? String ?? ""
                }
            }
        }
    }

    @Test("the schema check notices a missing required field, a wrong type and a broken $ref target")
    func checkerCanFail() {
        let schemas: [String: Any] = [
            "Thing": ["type": "object", "required": ["id", "tags"], "properties": ["id": ["type": "integer"]]]
        ]
        let schema: [String: Any] = ["$ref": "#/components/schemas/Thing"]
        #expect(Self.problems(["id": 1, "tags": []], against: schema, schemas: schemas, at: "t").isEmpty)
        #expect(Self.problems(["id": 1], against: schema, schemas: schemas, at: "t") == ["t: tags is missing"])
        #expect(Self.problems(["id": "1", "tags": []], against: schema, schemas: schemas, at: "t").count == 1)
    }

    /// Whether `uri` (without its query) fits a path template such as `/api/v1/questions/{id}`.
    static func matches(template: String, uri: String) -> Bool {
        let path = uri.split(separator: "?")[0].split(separator: "/")
        let parts = template.split(separator: "/")
        return path.count == parts.count
            && zip(path, parts).allSatisfy { $1.hasPrefix("{") || $0 == $1 }
    }

    /// Where `value` breaks `schema`: required properties missing, or a JSON type that differs;
    /// `$ref`, `allOf`, `oneOf` and array items followed.
    static func problems(
        _ value: Any, against schema: [String: Any], schemas: [String: Any], at path: String
    ) -> [String] {
        if let reference = schema["$ref"] as? String, let name = reference.split(separator: "/").last,
            let target = schemas[String(name)] as? [String: Any]
        {
            return problems(value, against: target, schemas: schemas, at: path)
        }
        if let all = schema["allOf"] as? [[String: Any]] {
            return all.flatMap { problems(value, against: $0, schemas: schemas, at: path) }
        }
        if let any = (schema["oneOf"] ?? schema["anyOf"]) as? [[String: Any]] {
            let results = any.map { problems(value, against: $0, schemas: schemas, at: path) }
            return results.contains { $0.isEmpty } ? [] : ["\(path): fits none of the alternatives"]
        }
        let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
        if !types.isEmpty, !types.contains(where: { Self.isJSON(value, ofType: $0) }) {
            return ["\(path): \(type(of: value)) is not \(types)"]
        }
        var found: [String] = []
        if let object = value as? [String: Any] {
            for required in schema["required"] as? [String] ?? [] where object[required] == nil {
                found.append("\(path): \(required) is missing")
            }
            for (name, property) in schema["properties"] as? [String: Any] ?? [:] {
                guard let child = object[name], let property = property as? [String: Any] else { continue }
                found += problems(child, against: property, schemas: schemas, at: "\(path).\(name)")
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.prefix(5).enumerated() {
                found += problems(item, against: items, schemas: schemas, at: "\(path)[\(index)]")
            }
        }
        return found
    }

    static func isJSON(_ value: Any, ofType type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "boolean": value is Bool
        case "integer": (value as? NSNumber).map { Double(truncating: $0) == Double(Int64(truncating: $0)) } ?? false
        case "number": value is NSNumber
        case "null": value is NSNull
        default: true
        }
    }
}
