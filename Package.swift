// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "archivectl",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "archivectl", targets: ["archivectl"]),
        .library(name: "Archive", targets: ["Archive"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // SQLite behind a module map (Debian's libsqlite3-dev), linked: every command uses it.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // ICU's regex C API (libicu-dev), libxml2's HTML parser (libxml2-dev), OpenCC (libopencc-dev)
        // and libcrypto's SHA-256 (libssl-dev) are only needed by ingest. Each C file wraps what we
        // call and opens its library on first use (CDynamicLibrary): linked, they cost every command
        // about 3 ms of start-up. The wrappers also give ICU's renamed symbols (uregex_find_72)
        // version-free names Swift can call.
        .target(name: "CDynamicLibrary", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CICU", dependencies: ["CDynamicLibrary"]),
        // libxml2's headers include each other from their own folder (what pkg-config's cflags
        // give); a systemLibrary with pkgConfig would bring its -lxml2 back with them.
        .target(name: "CLibXML2", dependencies: ["CDynamicLibrary"],
                cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])]),
        .target(name: "COpenCC", dependencies: ["CDynamicLibrary"]),
        .target(name: "CCrypto", dependencies: ["CDynamicLibrary"]),

        // Turns Migrations/*.sql and data/*.tsv into Swift source so the binary needs no files beside it.
        .executableTarget(name: "embed-data", path: "Sources/embed-data"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["embed-data"]),

        // The library, one target per stage of the pipeline; each imports only the stages before
        // it (docs/ARCHITECTURE.md), so an import against the flow does not build.
        .target(name: "ArchiveResources", plugins: ["EmbedData"]),
        .target(name: "ArchiveThreads"),
        .target(name: "ArchiveMatching"),
        .target(name: "ArchiveText",
                dependencies: ["ArchiveMatching", "ArchiveResources", "ArchiveThreads", "COpenCC", "CLibXML2"]),
        .target(name: "ArchiveModel"),
        .target(name: "ArchiveExtract",
                dependencies: ["ArchiveText", "ArchiveMatching", "ArchiveModel", "ArchiveResources", "ArchiveThreads", "CICU"]),
        .target(name: "ArchiveStore",
                dependencies: ["ArchiveModel", "ArchiveText", "ArchiveResources", "CSQLite"]),
        .target(name: "ArchiveOutput", dependencies: ["ArchiveStore", "ArchiveModel"]),
        .target(name: "ArchiveQuery",
                dependencies: ["ArchiveStore", "ArchiveOutput", "ArchiveModel", "ArchiveResources", "ArchiveText", "ArchiveThreads", "CSQLite"]),
        .target(name: "ArchiveIngest",
                dependencies: ["ArchiveExtract", "ArchiveResources", "ArchiveStore", "ArchiveText", "ArchiveModel", "ArchiveThreads",
                               "CCrypto", "CICU", "CLibXML2", "COpenCC"]),
        // Work on an archive that exists: re-extraction with newer rules, corrections, removal.
        .target(name: "ArchiveMaintenance",
                dependencies: ["ArchiveExtract", "ArchiveIngest", "ArchiveModel", "ArchiveQuery", "ArchiveResources",
                               "ArchiveStore", "ArchiveText", "ArchiveThreads"]),
        // Every target's public API under one name, for the tool, Fuzz/ and the tests.
        .target(name: "Archive",
                dependencies: ["ArchiveExtract", "ArchiveIngest", "ArchiveMaintenance", "ArchiveModel", "ArchiveOutput", "ArchiveQuery",
                               "ArchiveResources", "ArchiveStore", "ArchiveText"]),
        .executableTarget(
            name: "archivectl",
            dependencies: [
                "Archive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The C++ runtime linked in (Linker/libstdc++.so): a query's process starts in about
            // 3.0 ms instead of 3.6. The libraries ingest opens later bring their own libstdc++.so.6;
            // the copy linked in is not exported (the toolchain links with --exclude-libs ALL).
            linkerSettings: [.unsafeFlags(["-L" + Context.packageDirectory + "/Linker"], .when(configuration: .release))]
        ),
        // What both test targets share: paths to the seeds and ../shared, the query fixture archive.
        .target(name: "TestSupport", dependencies: ["Archive"], path: "Tests/TestSupport"),
        .testTarget(name: "ArchiveTests",
                    dependencies: ["Archive", "ArchiveExtract", "ArchiveMaintenance", "ArchiveMatching", "ArchiveOutput", "ArchiveQuery", "ArchiveResources", "ArchiveText", "ArchiveThreads", "TestSupport"]),
        .testTarget(name: "archivectlTests", dependencies: ["Archive", "archivectl", "TestSupport"]),
    ]
)
