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
    func readLine() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                return Data(line)
            }
            let chunk = output.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }
}
