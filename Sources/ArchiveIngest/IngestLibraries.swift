import ArchiveText
import CCrypto
import CICU
import CLibXML2
import COpenCC

/// The system libraries ingest needs, opened on first use rather than at start-up (see
/// Sources/CDynamicLibrary): a query never loads them. Ingest checks for them before it reads
/// anything, so a missing one stops it with the library's name instead of failing file by file.
enum IngestLibraries {
    /// Why ingest cannot run here, or nil. OpenCC is not required: without it traditional text
    /// is archived unconverted, as when its dictionaries are missing.
    static func missing() -> MissingLibrary? {
        for error in [ccrypto_load_error(), cicu_load_error(), cxml_load_error()] {
            if let error { return MissingLibrary(message: String(cString: error)) }
        }
        return nil
    }

    /// Why traditional Chinese cannot be converted here (OpenCC or its t2s dictionary missing),
    /// or nil. Ingest still runs; the user is told the text stays as written.
    static func conversionProblem() -> String? {
        if let error = copencc_load_error() { return String(cString: error) }
        if !ChineseConverter.toSimplified.isAvailable {
            return "OpenCC cannot open its \(ChineseConverter.Direction.toSimplified.rawValue) dictionary "
                + "(Debian's libopencc-data)"
        }
        return nil
    }
}

/// A system library ingest needs cannot be loaded.
public struct MissingLibrary: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
