/// Depot's version: the one place it is written. `depot --version` prints it, the man page in `docs/` carries it,
/// and a release changes it here only.
public enum DepotVersion {
    /// Major.minor.patch; the major number goes up when a library folder or an output changes in a way that older
    /// readers of it would misread.
    public static let current = "1.0.0"
}
