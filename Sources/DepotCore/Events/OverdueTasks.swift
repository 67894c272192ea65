/// A task still open after its due day, with where it belongs.
public struct OverdueTask: Hashable, Sendable {
    /// Where a task is kept.
    public enum Place: Hashable, Sendable {
        case event(Event.ID)
        case team(PartnershipTeam.ID)
    }

    public var task: EventTask
    public var place: Place
    /// The event's title or the team's name.
    public var placeName: String
    public var daysOverdue: Int
}

/// Every open task past its due day on `today`, in the teams and the events, the longest overdue first.
public func overdueTasks(_ data: LibraryData, _ today: Day) -> [OverdueTask] {
    var found: [OverdueTask] = []
    for team in data.teams {
        for task in team.tasks where task.isOverdue(on: today) {
            found.append(
                OverdueTask(
                    task: task, place: .team(team.id), placeName: team.name,
                    daysOverdue: task.dueOn.days(until: today)))
        }
    }
    for event in data.events {
        for task in event.tasks where task.isOverdue(on: today) {
            found.append(
                OverdueTask(
                    task: task, place: .event(event.id), placeName: event.title,
                    daysOverdue: task.dueOn.days(until: today)))
        }
    }
    return found.sorted {
        ($0.task.dueOn, $0.placeName, $0.task.title) < ($1.task.dueOn, $1.placeName, $1.task.title)
    }
}

/// How many days ahead a reminder looks for open tasks (the Overview, `depot remind`, `depot events`).
public let taskReminderDays = 7

/// Every open task past its due day or due within `days` days of `today` (today and the next `days`), in the teams
/// and the events, the longest overdue first: a task due on `today` has `daysOverdue` 0, one due in three days -3.
public func tasksToRemind(_ data: LibraryData, _ today: Day, within days: Int = taskReminderDays) -> [OverdueTask] {
    var found: [OverdueTask] = []
    func add(_ tasks: [EventTask], _ place: OverdueTask.Place, _ name: String) {
        for task in tasks where task.isOverdue(on: today) || task.isDueSoon(on: today, within: days) {
            found.append(
                OverdueTask(task: task, place: place, placeName: name, daysOverdue: task.dueOn.days(until: today)))
        }
    }
    for team in data.teams { add(team.tasks, .team(team.id), team.name) }
    for event in data.events { add(event.tasks, .event(event.id), event.title) }
    return found.sorted {
        ($0.task.dueOn, $0.placeName, $0.task.title) < ($1.task.dueOn, $1.placeName, $1.task.title)
    }
}
