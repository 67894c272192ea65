import DepotCore

extension Strings {
    /// Why the library could not be read or saved, for the message line: the store's own sentence
    /// (`StoreError.text(in:)`) in the screen's language.
    public func describe(_ error: StoreError) -> String {
        error.text(in: language)
    }
}
