// The library as one import for the command-line tool, the fuzz targets and the tests: every
// target's public API. Library code imports the targets it is allowed to (docs/ARCHITECTURE.md).
@_exported import ArchiveExtract
@_exported import ArchiveIngest
@_exported import ArchiveMaintenance
@_exported import ArchiveModel
@_exported import ArchiveOutput
@_exported import ArchiveQuery
@_exported import ArchiveResources
@_exported import ArchiveStore
@_exported import ArchiveText
