import Foundation

/// Brings a file written by an older Depot up to date, one version step at a time.
///
/// Migrations work on the plain JSON tree, so they do not depend on today's record types. They run only for old
/// files, once: the next save writes the current version.
public struct Migration: Sendable {
    /// The file's content key: `"partners"`, `"items"`, `"library"`...
    public var contentKey: String
    /// The version this step reads; it produces `fromVersion + 1`.
    public var fromVersion: Int
    public var describe: String
    public var transform: @Sendable (_ file: inout [String: Any]) throws -> Void

    public init(
        contentKey: String, fromVersion: Int, describe: String,
        transform: @escaping @Sendable (_ file: inout [String: Any]) throws -> Void
    ) {
        self.contentKey = contentKey
        self.fromVersion = fromVersion
        self.describe = describe
        self.transform = transform
    }
}

/// The schema versions this Depot writes, and the migrations from older ones.
public struct SchemaCatalogue: Sendable {
    /// The version written for each content key; keys not listed are at version 1.
    public var currentVersions: [String: Int]
    public var migrations: [Migration]

    public init(currentVersions: [String: Int] = [:], migrations: [Migration] = []) {
        self.currentVersions = currentVersions
        self.migrations = migrations
    }

    /// Depot's own: every file is at its first version, so there is nothing to migrate yet. A later layout change
    /// raises one version here and adds the step to `migrations`.
    public static let standard = SchemaCatalogue()

    public func currentVersion(of contentKey: String) -> Int { currentVersions[contentKey] ?? 1 }

    /// Rewrites the JSON of an older file to the current version, or explains why it cannot.
    func migrate(_ bytes: [UInt8], contentKey: String, from version: Int, file: String) throws -> [UInt8] {
        let target = currentVersion(of: contentKey)
        guard var tree = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw StoreError.damaged(file: file, line: nil, column: nil, message: "the top level is not an object")
        }
        var current = version
        while current < target {
            guard let step = migrations.first(where: { $0.contentKey == contentKey && $0.fromVersion == current })
            else {
                throw StoreError.damaged(
                    file: file, line: nil, column: nil,
                    message: "schema version \(current) is too old to read (no migration to version \(current + 1))")
            }
            try step.transform(&tree)
            current += 1
            tree["schemaVersion"] = current
        }
        return Array(try JSONSerialization.data(withJSONObject: tree))
    }
}
