/// The inputs of a run, in order, their paths kept end to end in one buffer and each made an
/// InputSource when asked for. A run holds every path from start to end; as separate strings in
/// an array that grew by doubling, 100,000 paths of 70 characters took 20 MB of resident memory,
/// and a run's memory grew with its size. Here they take their bytes and one offset each.
public struct InputList: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable, Equatable {
    private var bytes: [UInt8] = []
    /// Where each path ends in `bytes`. Standard input is stored as an empty path, which no file has.
    private var ends: [Int] = []

    public init() {}

    public init<S: Sequence>(_ sources: S) where S.Element == InputSource {
        for source in sources { append(source) }
    }

    public init(arrayLiteral sources: InputSource...) {
        self.init(sources)
    }

    public mutating func append(_ source: InputSource) {
        switch source {
        case .standardInput: break
        case .file(let path):
            precondition(!path.isEmpty, "a file input has a path")
            bytes.append(contentsOf: path.utf8)
        case .undecodedFile(let path):
            precondition(!path.isEmpty, "a file input has a path")
            bytes.append(contentsOf: path)
        }
        ends.append(bytes.count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    public subscript(position: Int) -> InputSource {
        let start = position == 0 ? 0 : ends[position - 1]
        let end = ends[position]
        guard start < end else { return .standardInput }
        return .file(bytes: bytes[start..<end])
    }
}
