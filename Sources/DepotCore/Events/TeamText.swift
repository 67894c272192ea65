/// The words of the team's working lists (tasks with their history, notes, reminders, meetings), the outcome report
/// and the results page for the library's website.
public enum TeamText: String, TextCatalogue {
    case editNoSuchEvent, editNoSuchTeam, editNoSuchTask, editNoTasks, editEmptyText, editNotACompetition
    case editRegistrationClosed, editNoSuchRound, editStaffLeft, editNoSuchStaff
    case stepAdded, stepDone, stepReopened, stepChanged, stepDeleted, stepLine, stepUnknown
    case dueToday, dueIn, overdueBy, remindTasks
    case showTasks, showRemovedTasks, showLog, showNoTasks, showNoNotes, showOpen, showDoneOn, showDepot
    case taskDeletedLine, noteTextMissing, noteTextTwice, fileUnreadable, fileNotText, noteAuthorMissing
    case meetingAt, meetingWhen, meetingVenue, meetingTeam, meetingAgenda, meetingAttendees, meetingMinutes
    case meetingNoAgenda, meetingNoAttendees, meetingNoMinutes, editNotAMeeting, editAttendeeTwice
    case meetingAdded, meetingSaved, minutesNothing
    case webHeading, webIntro, webPlace, webReader, webClass, webSchool, webNote, webAdvances, webWinner
    case webPlaceNumber, webShared, webNoResults, webFooter, webOnlyOption

    public static let placeholders: [TeamText: [String]] = [
        .editNoSuchEvent: ["id"], .editNoSuchTeam: ["id"], .editNoSuchTask: ["place", "number", "count"],
        .editNoTasks: ["place"], .editNotACompetition: ["title"], .editRegistrationClosed: ["round"],
        .editNoSuchRound: ["number"], .editStaffLeft: ["name", "id", "day"], .editNoSuchStaff: ["id"],
        .stepLine: ["day", "action", "who"], .dueIn: ["count"], .overdueBy: ["count"],
        .remindTasks: ["days", "day"], .showDoneOn: ["day"], .taskDeletedLine: ["title", "day"],
        .noteTextMissing: ["option"], .noteTextTwice: ["option"], .fileUnreadable: ["path"], .fileNotText: ["path"],
        .meetingAt: ["time"], .editNotAMeeting: ["title"], .editAttendeeTwice: ["name"],
        .meetingAdded: ["id", "title", "day", "points", "attendees"], .meetingSaved: ["id", "title"],
        .webHeading: ["title"], .webPlaceNumber: ["place"], .webShared: ["place"], .webFooter: ["library", "day"],
        .webOnlyOption: ["option"],
    ]
}

extension EventEditError: LocalizedText {
    public func text(in language: Language) -> String {
        let book = TextBook(language)
        switch self {
        case .noSuchEvent(let id): return book.format(TeamText.editNoSuchEvent, id)
        case .noSuchTeam(let id): return book.format(TeamText.editNoSuchTeam, id)
        case .noSuchTask(let place, let number, let count):
            return count == 0
                ? book.format(TeamText.editNoTasks, place) : book.format(TeamText.editNoSuchTask, place, number, count)
        case .emptyText: return book[TeamText.editEmptyText]
        case .notACompetition(let title): return book.format(TeamText.editNotACompetition, title)
        case .registrationClosed(let round): return book.format(TeamText.editRegistrationClosed, round)
        case .noSuchRound(let number): return book.format(TeamText.editNoSuchRound, number)
        case .staffLeft(let name, let id, let ended): return book.format(TeamText.editStaffLeft, name, id, ended)
        case .noSuchStaff(let id): return book.format(TeamText.editNoSuchStaff, id)
        case .notAMeeting(let title): return book.format(TeamText.editNotAMeeting, title)
        case .attendeeTwice(let name): return book.format(TeamText.editAttendeeTwice, name)
        }
    }
}

extension EventTask.Step {
    /// "2026-11-23 løst af Karen Iversen".
    public func text(
        _ book: TextBook, staff: [StaffMember], day: (Day) -> String = { $0.description }
    ) -> String {
        let action: TeamText
        switch self.action {
        case .added: action = .stepAdded
        case .done: action = .stepDone
        case .reopened: action = .stepReopened
        case .changed: action = .stepChanged
        case .deleted: action = .stepDeleted
        }
        let who = by.map { id in staff.first { $0.id == id }?.name ?? id.rawValue } ?? book[TeamText.stepUnknown]
        return book.format(TeamText.stepLine, day(on), book[action], who)
    }
}

extension OverdueTask {
    /// "3 dage over fristen", "frist i dag", "frist om 2 dage".
    public func whenText(_ book: TextBook) -> String {
        if daysOverdue > 0 { return book.format(TeamText.overdueBy, count: daysOverdue, daysOverdue) }
        if daysOverdue == 0 { return book[TeamText.dueToday] }
        return book.format(TeamText.dueIn, count: -daysOverdue, -daysOverdue)
    }
}

/// The tasks (numbered, with their history), the deleted tasks and the notes of an event or a team, as plain text
/// for the terminal: what `depot events show` prints under the event's own lines.
public enum WorkPlaceText {
    public static func lines(_ place: WorkPlace, in data: LibraryData, today: Day, language: Language) -> [String] {
        let book = TextBook(language)
        let staffName = { (id: StaffMember.ID) in data.staff.first { $0.id == id }?.name ?? id.rawValue }
        var out: [String] = []
        let tasks = data.tasks(at: place) ?? []
        out.append(book[TeamText.showTasks] + ":")
        if tasks.isEmpty { out.append("  " + book[TeamText.showNoTasks]) }
        func taskLines(_ task: EventTask, number: String, removed: Bool = false) {
            var state = task.doneOn.map { book.format(TeamText.showDoneOn, $0) } ?? book[TeamText.showOpen]
            if !task.isDone, !removed {
                let reminder = OverdueTask(
                    task: task, place: place, placeName: "", daysOverdue: task.dueOn.days(until: today))
                if task.isOverdue(on: today) || task.isDueSoon(on: today, within: taskReminderDays) {
                    state += ", " + reminder.whenText(book)
                }
            }
            out.append(
                "  \(number)[\(task.isDone ? "x" : " ")] \(task.title) – \(staffName(task.ownerID)), \(task.dueOn), \(state)"
            )
            for step in task.history { out.append("       " + step.text(book, staff: data.staff)) }
        }
        for (index, task) in tasks.enumerated() { taskLines(task, number: "\(index + 1). ") }
        let removed = data.removedTasks(at: place) ?? []
        if !removed.isEmpty {
            out.append("")
            out.append(book[TeamText.showRemovedTasks] + ":")
            for task in removed { taskLines(task, number: "", removed: true) }
        }
        out.append("")
        out.append(book[TeamText.showLog] + ":")
        let log = data.log(at: place) ?? []
        if log.isEmpty { out.append("  " + book[TeamText.showNoNotes]) }
        for note in log {
            let author = note.authorID.map(staffName) ?? book[TeamText.showDepot]
            let lines = note.text.split(separator: "\n", omittingEmptySubsequences: false)
            out.append("  \(note.on) \(author): \(lines.first ?? "")")
            for line in lines.dropFirst() { out.append(line.isEmpty ? "" : "    " + line) }
        }
        return out
    }
}
