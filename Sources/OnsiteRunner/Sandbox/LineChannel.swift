import Foundation

/// Blocking, line-oriented I/O on a worker's pipes.
///
/// `@unchecked Sendable`: a channel belongs to one ``Worker``, which uses it for one request at
/// a time and only from a dispatch queue; the buffer is never touched concurrently.
final class LineChannel: @unchecked Sendable {
    private let input: FileHandle
    private let output: FileHandle
    private var buffer = Data()

    init(writingTo input: FileHandle, readingFrom output: FileHandle) {
        self.input = input
        self.output = output
    }

    /// Writes `line` and a newline; false when the worker has gone.
    func write(_ line: Data) -> Bool {
        do {
            try input.write(contentsOf: line + Data([0x0A]))
            return true
        } catch {
            return false
        }
    }

    /// The next line, or `nil` at end of file.
    ///
    /// Answers can be megabytes long (a large returned value), so each chunk is searched once,
    /// with `memchr`, rather than the whole buffer after every read.
    func readLine() -> Data? {
        var searched = 0
        while true {
            if let offset = Self.newline(in: buffer, from: searched) {
                let line = buffer.prefix(offset)
                buffer = Data(buffer.dropFirst(offset + 1))
                return Data(line)
            }
            searched = buffer.count
            let chunk = output.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }

    private static func newline(in data: Data, from start: Int) -> Int? {
        guard start < data.count else { return nil }
        return data.withUnsafeBytes { bytes -> Int? in
            guard let base = bytes.baseAddress else { return nil }
            guard let found = memchr(base + start, 0x0A, data.count - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }
}
