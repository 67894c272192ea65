import Foundation

/// Records named in one form field, separated by commas ("Karen, Lene E, S04"): each name is looked up with `find`,
/// each record kept once, in the order typed; the first name not understood is the failure.
enum NamedList {
    static func ids<Found, ID: Equatable, Failure: Error>(
        _ text: String, find: (String) -> Result<Found, Failure>, id: (Found) -> ID
    ) -> Result<[ID], Failure> {
        var ids: [ID] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            switch find(name) {
            case .success(let found): if !ids.contains(id(found)) { ids.append(id(found)) }
            case .failure(let failure): return .failure(failure)
            }
        }
        return .success(ids)
    }
}
