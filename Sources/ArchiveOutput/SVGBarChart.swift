import FoundationEssentials

/// A grouped bar chart as a standalone SVG file: one group of bars per row (region, year …), one
/// bar per series (indicator …), each bar labelled with its value as written. Labels are text in a
/// font list that starts with CJK fonts, so Chinese renders wherever one of them is installed.
public struct SVGBarChart: Sendable {
    public var title: String
    public var groups: [String]
    public var series: [String]
    /// values[group][series]; nil draws no bar.
    public var values: [[Double?]]
    /// labels[group][series], shown above the bar (e.g. ">=5100亿元").
    public var labels: [[String]]
    /// units[group][series]: bars of one unit share a scale, so 8.5% is not flattened by 5100亿元
    /// beside it (the labels carry the values). Empty: one scale for all.
    public var units: [[String]]

    public static let fontFamily =
        "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Hiragino Sans GB', sans-serif"

    public init(title: String, groups: [String], series: [String], values: [[Double?]], labels: [[String]],
                units: [[String]] = []) {
        self.title = title
        self.groups = groups
        self.series = series
        self.values = values
        self.labels = labels
        self.units = units
    }

    package func unit(_ group: Int, _ series: Int) -> String {
        group < units.count && series < units[group].count ? units[group][series] : ""
    }

    static let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]

    /// Estimated width of a text in pixels at a font size: a wide (CJK) character is about one em,
    /// any other about 0.6 em.
    static func textWidth(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? size : size * 0.6) }
    }

    public func render() -> String {
        let barWidth = 26.0, barGap = 4.0, groupGap = 28.0
        let plotHeight = 260.0
        let groupWidth = Double(max(series.count, 1)) * (barWidth + barGap) - barGap
        let widestGroup = groups.map { Self.textWidth($0, size: 13) }.max() ?? 0
        let turnGroups = widestGroup > groupWidth + groupGap - 4
        // A turned label reaches left of its group by about cos 40° of its width.
        let left = turnGroups ? max(60, widestGroup * 0.77 + 10 - groupWidth / 2) : 60.0
        let width = max(480.0, left + Double(groups.count) * (groupWidth + groupGap) + 20)
        let legendStep = max(160, (series.map { Self.textWidth($0, size: 13) }.max() ?? 0) + 34)
        let legendColumns = max(1, Int((width - left) / legendStep))
        let legendHeight = 24.0 * Double((series.count + legendColumns - 1) / legendColumns)
        // Labels wider than their slot are turned (values upright along the bar, groups at 40°), so
        // no two overlap; the bands above and below the plot grow to hold them.
        let valueLabels = labels.flatMap { $0 }
        let widestValue = valueLabels.map { Self.textWidth($0, size: 10) }.max() ?? 0
        let turnValues = widestValue > barWidth + barGap
        let top = 60.0 + (turnValues ? widestValue : 0)
        let labelBand = turnGroups ? 40 + widestGroup * 0.65 : 70.0
        let height = top + plotHeight + labelBand + legendHeight + 20
        // The largest magnitude per unit; the baseline sits at the bottom, or mid-height when
        // some value is negative.
        var largest: [String: Double] = [:]
        var anyNegative = false
        for (g, row) in values.enumerated() {
            for (s, value) in row.enumerated() {
                guard let value else { continue }
                largest[unit(g, s)] = max(largest[unit(g, s)] ?? 0, abs(value))
                if value < 0 { anyNegative = true }
            }
        }
        let baseline = anyNegative ? top + plotHeight / 2 : top + plotHeight
        let reach = anyNegative ? plotHeight / 2 : plotHeight
        func y(_ v: Double, _ unit: String) -> Double {
            let scale = largest[unit].flatMap { $0 == 0 ? nil : $0 } ?? 1
            return baseline - reach * v / scale
        }

        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="\(Self.fontFamily)">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(Int(width / 2))" y="30" font-size="18" text-anchor="middle">\(Self.escape(title))</text>
            \(Set(largest.keys).count > 1 ? "<text x=\"\(Int(width / 2))\" y=\"48\" font-size=\"11\" fill=\"#666\" text-anchor=\"middle\">bars scaled per unit; labels give the values</text>" : "")
            <line x1="\(left - 10)" y1="\(Self.f(baseline))" x2="\(Self.f(width - 10))" y2="\(Self.f(baseline))" stroke="#333"/>

            """
        for (g, group) in groups.enumerated() {
            let x0 = left + Double(g) * (groupWidth + groupGap)
            for (s, _) in series.enumerated() {
                guard g < values.count, s < values[g].count, let value = values[g][s] else { continue }
                let x = x0 + Double(s) * (barWidth + barGap)
                let yValue = y(value, unit(g, s))
                let yTop = min(yValue, baseline), barHeight = abs(yValue - baseline)
                let label = g < labels.count && s < labels[g].count ? labels[g][s] : CellText.number(value)
                out += "<rect x=\"\(Self.f(x))\" y=\"\(Self.f(yTop))\" width=\"\(Self.f(barWidth))\" height=\"\(Self.f(max(barHeight, 1)))\" fill=\"\(Self.palette[s % Self.palette.count])\"><title>\(Self.escape(group)) \(Self.escape(series[s])): \(Self.escape(label))</title></rect>\n"
                if turnValues {
                    let (lx, ly) = (Self.f(x + barWidth / 2 + 3), Self.f(yTop - 4))
                    out += "<text x=\"\(lx)\" y=\"\(ly)\" font-size=\"10\" transform=\"rotate(-90 \(lx) \(ly))\">\(Self.escape(label))</text>\n"
                } else {
                    out += "<text x=\"\(Self.f(x + barWidth / 2))\" y=\"\(Self.f(yTop - 4))\" font-size=\"10\" text-anchor=\"middle\">\(Self.escape(label))</text>\n"
                }
            }
            let cx = x0 + groupWidth / 2
            if turnGroups {
                let (gx, gy) = (Self.f(cx), Self.f(top + plotHeight + 18))
                out += "<text x=\"\(gx)\" y=\"\(gy)\" font-size=\"13\" text-anchor=\"end\" transform=\"rotate(-40 \(gx) \(gy))\">\(Self.escape(group))</text>\n"
            } else {
                out += "<text x=\"\(Self.f(cx))\" y=\"\(Self.f(top + plotHeight + 22))\" font-size=\"13\" text-anchor=\"middle\">\(Self.escape(group))</text>\n"
            }
        }
        let legendTop = top + plotHeight + labelBand
        for (s, name) in series.enumerated() {
            let x = left + Double(s % legendColumns) * legendStep, yLine = legendTop + Double(s / legendColumns) * 24
            out += "<rect x=\"\(Self.f(x))\" y=\"\(Self.f(yLine))\" width=\"14\" height=\"14\" fill=\"\(Self.palette[s % Self.palette.count])\"/>\n"
            out += "<text x=\"\(Self.f(x + 20))\" y=\"\(Self.f(yLine + 12))\" font-size=\"13\">\(Self.escape(name))</text>\n"
        }
        out += "</svg>\n"
        return out
    }

    package static func f(_ v: Double) -> String { FixedPoint.text(v, decimals: 1) }

    static func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;")
            .replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
    }
}
