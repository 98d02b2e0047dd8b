/// Tab-separated tables with a header line, as the data files are written.
public enum TSV {
    /// Each data row as a dictionary from header name to field; blank lines and `#` lines are skipped.
    public static func records(_ text: String) -> [[String: String]] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        guard !lines.isEmpty else { return [] }
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return lines.compactMap { line in
            if line.hasPrefix("#") { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            var record: [String: String] = [:]
            for (index, name) in header.enumerated() {
                record[name] = index < fields.count ? String(fields[index]) : ""
            }
            return record
        }
    }
}
