import DepotCore

/// Runs a desk operation of the core on a copy of the library and turns the result into a change to save, or the
/// operation's refusal into a message in the librarian's language.
enum DeskCommands {
    static func change(
        _ summary: String, reveal: Jump? = nil, _ context: AppContext,
        _ operation: @escaping (inout LibraryData) throws(DeskError) -> DeskChange
    ) -> Result<Change, DeskError> {
        var result = context.data
        do {
            let touched = try operation(&result)
            let updated = result
            var change = Change(summary: summary, files: touched.touched, reveal: reveal) { data in data = updated }
            change.replay = { data in try operation(&data).touched }
            return .success(change)
        } catch {
            return .failure(error)
        }
    }

    /// The same as a screen command: apply the change, or say why not.
    static func command(
        _ summary: String, reveal: Jump? = nil, _ context: AppContext,
        _ operation: @escaping (inout LibraryData) throws(DeskError) -> DeskChange
    ) -> ScreenCommand {
        switch change(summary, reveal: reveal, context, operation) {
        case .success(let change): return .apply(change)
        case .failure(let error): return .message(error.localizedDescription(context.strings.language))
        }
    }
}
