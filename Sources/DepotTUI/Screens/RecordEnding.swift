import DepotCore

/// A record that is never deleted once used but ends: a partner that stops taking deposits, a librarian who
/// leaves. The record stays, with the day it ended.
protocol EndableRecord: Identifiable {
    var name: String { get }
    var endedOn: Day? { get set }
}

extension Partner: EndableRecord {}
extension StaffMember: EndableRecord {}

enum RecordEnding {
    /// `d` on a list of such records: asks first, then records today as the day `record` ended.
    static func confirm<Record: EndableRecord>(
        _ record: Record, in records: WritableKeyPath<LibraryData, [Record]>, file: StoreFile, question: TextKey,
        _ context: AppContext
    ) -> ScreenCommand {
        let strings = context.strings
        if record.endedOn != nil { return .message(strings.format(.alreadyEnded, record.name)) }
        let today = context.today
        let id = record.id
        let change = Change(summary: strings.format(.ended, record.name), files: [file]) { data in
            if let index = data[keyPath: records].firstIndex(where: { $0.id == id }) {
                data[keyPath: records][index].endedOn = today
            }
        }
        return .confirm(Confirmation(question: strings.format(question, record.name), change: change))
    }
}
