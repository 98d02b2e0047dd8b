/// One result row: column names and values, read by index or by name.
public struct Row: Sendable {
    public let columns: [String]
    public let values: [DatabaseValue]

    public subscript(index: Int) -> DatabaseValue { values[index] }

    public subscript(name: String) -> DatabaseValue {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }

    public func string(_ name: String) -> String? { self[name].stringValue }
    public func int(_ name: String) -> Int? { self[name].int64Value.map(Int.init) }
    public func double(_ name: String) -> Double? { self[name].doubleValue }
}
