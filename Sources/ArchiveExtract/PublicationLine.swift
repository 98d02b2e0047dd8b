import ArchiveMatching
import ArchiveModel
import ArchiveResources
import ArchiveText
/// The publication stamp a page may carry anywhere (a full date with its clock time:
/// `2024年01月11日17:20 | 来源:…`, `17.02.2016 12:05`): the report's date when no header states one.
enum PublicationLine {
    static func date(in text: ReportText, lexicon: MeetingLexicon = .builtIn) -> CalendarDate? {
        if let m = lexicon.firstMatch("publication-line-ymd", in: text.string, scalars: text.scalars, utf16: text.utf16),
           let date = CalendarDate(groups: Array(m.groups.dropFirst())) {
            return date
        }
        if let m = lexicon.firstMatch("publication-line-dmy", in: text.string, scalars: text.scalars, utf16: text.utf16) {
            return CalendarDate(groups: [m.groups[3], m.groups[2], m.groups[1]])
        }
        return nil
    }
}
