import ArchiveMatching

/// The units an indicator value is written in. A bare 亿 after Arabic digits is 亿元 (`财政收入5.2亿`);
/// after a Chinese numeral it is a round figure of speech (`百亿园区`), not a value.
enum Unit: String, Equatable, Sendable {
    case percent = "%"
    case percentagePoint = "pp"
    case trillionYuan = "万亿元"
    case hundredMillionYuan = "亿元"
    case bareHundredMillion = "亿"
    case tenThousandYuan = "万元"
    case yuan = "元"
    case hundredMillionDollars = "亿美元"
    case tenThousandDollars = "万美元"
    case tenThousandTonnes = "万吨"
    case tonnes = "吨"
    case hundredMillionJin = "亿斤"
    case tenThousandJin = "万斤"

    /// The unit as exported: bare 亿 means 亿元.
    var exported: String { self == .bareHundredMillion ? Unit.hundredMillionYuan.rawValue : rawValue }

    static let table = PhraseTable<Unit>([
        ("%", .percent), ("％", .percent), ("个百分点", .percentagePoint), ("百分点", .percentagePoint),
        ("万亿元", .trillionYuan), ("亿元", .hundredMillionYuan), ("亿美元", .hundredMillionDollars),
        ("万美元", .tenThousandDollars), ("万元", .tenThousandYuan), ("元", .yuan), ("亿", .bareHundredMillion),
        ("万吨", .tenThousandTonnes), ("吨", .tonnes), ("亿斤", .hundredMillionJin), ("万斤", .tenThousandJin),
    ])
}
