/// The release of archivectl. What it extracts also depends on its embedded rules
/// (EmbeddedResources.rulesVersion), which `--version` prints beside it.
enum ArchiveVersion {
    static let version = "0.20.0"
}
