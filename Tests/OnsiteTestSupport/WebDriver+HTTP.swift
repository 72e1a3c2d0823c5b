import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Blocking HTTP/1.1 to chromedriver over a loopback TCP socket: synchronous, with a deadline on every
/// call, and free of URLSession's run loops and of proxy settings.
struct LoopbackHTTP: Sendable {
    let port: UInt16

    /// Sends one request and returns the status and body; throws if no full answer arrives within `timeout`.
    func send(
        _ method: String, _ path: String, body: Data?, timeout: TimeInterval, command: String
    ) throws(WebDriverError) -> (status: Int, body: Data) {
        let deadline = Date().addingTimeInterval(timeout)
        func failure(_ what: String) -> WebDriverError {
            WebDriverError(command: command, detail: "\(what) (chromedriver on 127.0.0.1:\(port))")
        }
        let socket = try openSocket()
        defer { close(socket) }
        var address = loopbackAddress(port: port)
        let connected = withSocketAddress(&address) { connect(socket, $0, $1) }
        guard connected == 0 else { throw failure("cannot connect: \(lastErrno())") }

        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if let body { head += "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n" }
        let request = Data((head + "\r\n").utf8) + (body ?? Data())
        var offset = 0
        while offset < request.count {
            guard wait(socket, for: Int16(POLLOUT), until: deadline) else { throw failure("send timed out") }
            let sent = request.withUnsafeBytes { raw in
                sendWithoutSignal(socket, raw.baseAddress! + offset, raw.count - offset)
            }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { throw failure("send failed: \(lastErrno())") }
            offset += sent
        }

        var response = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let answer = Self.parse(response, complete: false) { return answer }
            guard wait(socket, for: Int16(POLLIN), until: deadline) else {
                throw failure("no complete answer within \(timeout) s")
            }
            let count = recv(socket, &buffer, buffer.count, 0)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw failure("receive failed: \(lastErrno())") }
            if count == 0 { break }
            response.append(contentsOf: buffer[0..<count])
        }
        guard let answer = Self.parse(response, complete: true) else {
            throw failure("malformed answer: \(String(decoding: response.prefix(200), as: UTF8.self))")
        }
        return answer
    }

    /// The status and body once `data` holds them all; `complete` means the server closed the connection.
    /// chromedriver always sends `Content-Length`; a body without one runs to the end of the connection.
    private static func parse(_ data: Data, complete: Bool) -> (status: Int, body: Data)? {
        guard let end = data.firstRange(of: Data("\r\n\r\n".utf8)) else { return nil }
        let lines = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusWords = lines.first?.split(separator: " ") ?? []
        guard statusWords.count >= 2, let status = Int(statusWords[1]) else { return nil }
        let body = data[end.upperBound...]
        let lengthLine = lines.dropFirst().first { $0.lowercased().hasPrefix("content-length:") }
        if let lengthLine, let length = Int(lengthLine.dropFirst(15).trimmingCharacters(in: .whitespaces)) {
            return body.count >= length ? (status, Data(body.prefix(length))) : nil
        }
        return complete ? (status, Data(body)) : nil
    }
}

/// A loopback port that was free a moment ago: the kernel's choice when binding to port 0.
func freeLoopbackPort() throws(WebDriverError) -> UInt16 {
    let socket = try openSocket()
    defer { close(socket) }
    var address = loopbackAddress(port: 0)
    guard withSocketAddress(&address, { bind(socket, $0, $1) }) == 0 else {
        throw WebDriverError(command: "find a free port", detail: "bind failed: \(lastErrno())")
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let named = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
    }
    guard named == 0 else {
        throw WebDriverError(command: "find a free port", detail: "getsockname failed: \(lastErrno())")
    }
    return UInt16(bigEndian: address.sin_port)
}

private func openSocket() throws(WebDriverError) -> Int32 {
    #if canImport(Glibc)
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
    let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
    if socket >= 0 {
        var on: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
    }
    #endif
    guard socket >= 0 else { throw WebDriverError(command: "open a socket", detail: lastErrno()) }
    return socket
}

/// `send` that reports a closed connection as an error instead of raising SIGPIPE (which would end the tests).
private func sendWithoutSignal(_ socket: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    send(socket, bytes, count, Int32(MSG_NOSIGNAL))
    #else
    send(socket, bytes, count, 0)
    #endif
}

private func loopbackAddress(port: UInt16) -> sockaddr_in {
    var address = sockaddr_in()
    #if canImport(Darwin)
    address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
    #endif
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    return address
}

private func withSocketAddress(
    _ address: inout sockaddr_in, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32
) -> Int32 {
    withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
}

/// Waits until `socket` is ready for `events`; false once `deadline` passes first.
private func wait(_ socket: Int32, for events: Int16, until deadline: Date) -> Bool {
    while true {
        let milliseconds = Int32(max(0, min(deadline.timeIntervalSinceNow * 1000, 60_000)).rounded(.up))
        var descriptor = pollfd(fd: socket, events: events, revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        if ready > 0 { return true }
        if ready < 0 && errno == EINTR { continue }
        if ready < 0 || deadline.timeIntervalSinceNow <= 0 { return false }
    }
}

private func lastErrno() -> String { String(cString: strerror(errno)) }
