import Foundation
import PackagePlugin

/// Embeds the package's migrations and data tables into the ArchiveResources target as Swift string
/// literals, so a release binary copied alone still has its schema, gazetteer and vocabularies.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let inputs = try embeddedFiles(in: root.appending(path: "Migrations"), suffix: ".sql")
            + embeddedFiles(in: root.appending(path: "data"), suffix: ".tsv")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        var arguments = [output.path(percentEncoded: false)]
        // The extraction code (every .swift file of the targets that read facts from text:
        // Sources/ArchiveExtract and Sources/ArchiveMatching) is not embedded, only digested: with
        // the data files it makes the rules version.
        let code = try extractionSources(in: root.appending(path: "Sources"))
        for url in code {
            arguments.append("code=" + url.path(percentEncoded: false))
        }
        for url in inputs {
            // Each input is passed as "key=path"; the key is the path relative to the package.
            let key = url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
            arguments.append(key + "=" + url.path(percentEncoded: false))
        }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) migration and data files",
                executable: try context.tool(named: "embed-data").url,
                arguments: arguments,
                inputFiles: inputs + code,
                outputFiles: [output]
            )
        ]
    }

    /// Every .swift file below `folder`'s ArchiveExtract and ArchiveMatching, in path order.
    private func extractionSources(in folder: URL) throws -> [URL] {
        let base = folder.path(percentEncoded: false)
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".swift"), ["ArchiveExtract", "ArchiveMatching"].contains(relative.split(separator: "/").first ?? "") {
                found.append(relative)
            }
        }
        return found.sorted().map { folder.appending(path: $0) }
    }

    private func embeddedFiles(in folder: URL, suffix: String) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false))
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder.appending(path: $0) }
    }
}
