import Dispatch
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A small HTTP/1.1 load generator: `connections` keep-alive connections, each sending the next
/// request as soon as the last response is complete, for a fixed time. Latency is measured per
/// request, from writing it to reading the end of its response.
///
/// Each connection keeps the cookies it is sent and sends them back, as a browser tab does, so
/// a page is measured as a returning visitor sees it rather than as a first visit each time.
struct HTTPLoad: Sendable {
    struct Request: Sendable {
        var method: HTTPMethod
        var path: String
        var body: String?
    }

    struct Result: Sendable {
        var requests: Int
        var failures: Int
        var seconds: Double
        var latenciesMs: [Double]
    }

    let host: String
    let port: Int
    let connections: Int
    let group: any EventLoopGroup

    func run(_ request: Request, seconds: Double) async throws -> Result {
        let recorder = Recorder()
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        let started = DispatchTime.now().uptimeNanoseconds
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            for _ in 0..<connections {
                tasks.addTask {
                    let done = group.next().makePromise(of: Void.self)
                    let channel = try await ClientBootstrap(group: group)
                        .channelOption(.socketOption(.tcp_nodelay), value: 1)
                        .channelInitializer { channel in
                            channel.pipeline.addHTTPClientHandlers().flatMap {
                                channel.pipeline.addHandler(
                                    Driver(
                                        request: request, host: host, deadline: deadline, recorder: recorder, done: done
                                    ))
                            }
                        }
                        .connect(host: host, port: port).get()
                    try await done.futureResult.get()
                    try? await channel.close()
                }
            }
            try await tasks.waitForAll()
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let (latencies, failures) = recorder.take()
        return Result(requests: latencies.count, failures: failures, seconds: elapsed, latenciesMs: latencies)
    }

    /// Collects latencies from every connection's event loop.
    final class Recorder: Sendable {
        private let state = NIOLockedValueBox((latencies: [Double](), failures: 0))

        func record(_ milliseconds: Double, failed: Bool) {
            state.withLockedValue {
                if failed { $0.failures += 1 } else { $0.latencies.append(milliseconds) }
            }
        }

        func take() -> ([Double], Int) { state.withLockedValue { ($0.latencies, $0.failures) } }
    }

    /// Sends a request, waits for the whole response, records it, and sends the next until the deadline.
    final class Driver: ChannelInboundHandler, @unchecked Sendable {
        // Used only on its channel's event loop, as every NIO handler is.
        typealias InboundIn = HTTPClientResponsePart
        typealias OutboundOut = HTTPClientRequestPart

        let request: Request
        let host: String
        let deadline: UInt64
        let recorder: Recorder
        let done: EventLoopPromise<Void>
        var sentAt: UInt64 = 0
        var status: HTTPResponseStatus = .ok
        /// The cookies the server set, by name, and the `Cookie` header that sends them back.
        var cookies: [String: String] = [:]
        var cookieHeader: String?

        init(request: Request, host: String, deadline: UInt64, recorder: Recorder, done: EventLoopPromise<Void>) {
            self.request = request
            self.host = host
            self.deadline = deadline
            self.recorder = recorder
            self.done = done
        }

        func channelActive(context: ChannelHandlerContext) {
            send(context: context)
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                status = head.status
                keepCookies(head.headers["set-cookie"])
            case .body:
                break
            case .end:
                let now = DispatchTime.now().uptimeNanoseconds
                recorder.record(Double(now - sentAt) / 1e6, failed: status.code >= 400)
                if now < deadline { send(context: context) } else { done.succeed(()) }
            }
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            done.fail(error)
            context.close(promise: nil)
        }

        func channelInactive(context: ChannelHandlerContext) {
            done.succeed(())
        }

        /// Keeps the `name=value` of each `Set-Cookie`; its attributes do not matter here.
        private func keepCookies(_ headers: [String]) {
            guard !headers.isEmpty else { return }
            for header in headers {
                let pair = header.prefix { $0 != ";" }.split(separator: "=", maxSplits: 1)
                guard pair.count == 2 else { continue }
                cookies[String(pair[0]).trimmingCharacters(in: .whitespaces)] = String(pair[1])
            }
            cookieHeader = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }

        private func send(context: ChannelHandlerContext) {
            var head = HTTPRequestHead(version: .http1_1, method: request.method, uri: request.path)
            head.headers.add(name: "Host", value: host)
            if let cookieHeader { head.headers.add(name: "Cookie", value: cookieHeader) }
            var buffer: ByteBuffer?
            if let body = request.body {
                buffer = context.channel.allocator.buffer(string: body)
                head.headers.add(name: "Content-Type", value: "application/json")
                head.headers.add(name: "Content-Length", value: String(body.utf8.count))
            }
            sentAt = DispatchTime.now().uptimeNanoseconds
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            if let buffer { context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil) }
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}
