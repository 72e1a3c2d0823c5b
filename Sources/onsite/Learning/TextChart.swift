import Foundation

/// Bars and trend lines drawn with text, for `onsite stats`.
enum TextChart {
    /// A horizontal bar for a value from 0 to 1, `width` cells wide, in eighths of a cell.
    static func bar(_ value: Double, width: Int = 24) -> String {
        let clamped = min(1, max(0, value.isFinite ? value : 0))
        let eighths = Int((clamped * Double(width) * 8).rounded())
        let full = eighths / 8
        let partial = eighths % 8
        var text = String(repeating: "█", count: full)
        if partial > 0 { text.append(Self.partials[partial]) }
        return text.padding(toLength: width, withPad: "·", startingAt: 0)
    }

    /// A one-line trend of values from 0 to 1, one character per value.
    static func sparkline(_ values: [Double]) -> String {
        String(
            values.map { value in
                let clamped = min(1, max(0, value.isFinite ? value : 0))
                return Self.levels[min(Self.levels.count - 1, Int(clamped * Double(Self.levels.count - 1) + 0.5))]
            })
    }

    private static let partials: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
}
