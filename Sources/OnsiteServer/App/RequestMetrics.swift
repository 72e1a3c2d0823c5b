import Dispatch
import Hummingbird
import Prometheus

/// Counts requests and times them per route, for Prometheus at `/metrics`.
///
/// The registry is the server's own, not the process-wide `MetricsSystem`, so several servers
/// (in tests) never share or double-register metrics.
struct RequestMetrics: RouterMiddleware {
    typealias Context = AppRequestContext

    let registry: PrometheusCollectorRegistry

    // Immutable values holding only strings; the type merely lacks a Sendable annotation.
    nonisolated(unsafe) static let requests = MetricNameDescriptor(
        namespace: "onsite", metricName: "http_requests", unitName: "total",
        helpText: "HTTP requests answered, by method, route and status.")
    nonisolated(unsafe) static let duration = MetricNameDescriptor(
        namespace: "onsite", metricName: "http_request_duration", unitName: "seconds",
        helpText: "Time to answer a request, by route.")
    static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5),
    ]

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        let status: HTTPResponse.Status
        let result: Result<Response, any Error>
        do {
            let response = try await next(request, context)
            status = response.status
            result = .success(response)
        } catch {
            status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            result = .failure(error)
        }
        let route = context.endpointPath ?? "unmatched"
        registry.makeCounter(
            descriptor: Self.requests,
            labels: [("method", request.method.rawValue), ("route", route), ("status", String(status.code))]
        ).increment()
        registry.makeDurationHistogram(descriptor: Self.duration, labels: [("route", route)], buckets: Self.buckets)
            .recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - start))
        return try result.get()
    }
}
