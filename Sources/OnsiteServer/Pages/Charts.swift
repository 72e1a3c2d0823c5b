import OnsiteTemplates

/// Inline SVG charts: labelled horizontal bars and a trend line, styled by the stylesheet.
enum Charts {
    /// One bar per row, 0–1, with its label and percentage; readable without colour.
    static func bars(
        _ rows: [(label: String, value: Double)], label: String = "Readiness per area", width: Int = 640
    ) -> String {
        let rowHeight = 26
        let labelWidth = 220
        let barSpace = width - labelWidth - 60
        let height = rows.count * rowHeight + 8
        var svg =
            "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" "
            + "aria-label=\"\(HTMLEscaping.escape(label))\">"
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 4
            let value = min(1, max(0, row.value))
            let length = Int((Double(barSpace) * value).rounded())
            let tone = value >= 0.7 ? "ok" : value >= 0.4 ? "warn" : "bad"
            svg += "<text x=\"0\" y=\"\(y + 16)\">\(HTMLEscaping.escape(row.label))</text>"
            svg +=
                "<rect class=\"axis\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barSpace)\" height=\"16\" fill=\"none\"/>"
            svg += "<rect class=\"bar \(tone)\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"16\"/>"
            svg += "<text x=\"\(labelWidth + barSpace + 8)\" y=\"\(y + 16)\">\(Int((value * 100).rounded()))%</text>"
        }
        return svg + "</svg>"
    }

    /// A line through `values` (0–1), oldest first.
    static func trend(_ values: [Double], width: Int = 640, height: Int = 120, label: String) -> String {
        guard values.count >= 2 else { return "" }
        let step = Double(width - 20) / Double(values.count - 1)
        let points = values.enumerated().map { index, value in
            let x = 10 + Double(index) * step
            let y = Double(height - 10) - min(1, max(0, value)) * Double(height - 20)
            return "\(Int(x.rounded())),\(Int(y.rounded()))"
        }
        return
            "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" aria-label=\"\(HTMLEscaping.escape(label))\">"
            + "<line class=\"axis\" x1=\"10\" y1=\"\(height - 10)\" x2=\"\(width - 10)\" y2=\"\(height - 10)\"/>"
            + "<polyline class=\"line\" points=\"\(points.joined(separator: " "))\"/></svg>"
    }
}
