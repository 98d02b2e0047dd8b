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
        // System C libraries behind module maps; Debian packages named as providers.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "COpenCC", pkgConfig: "opencc", providers: [.apt(["libopencc-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // ICU's regex C API (Debian's libicu-dev) under version-free names: the renamed symbols
        // (uregex_find_72) come through macros Swift cannot import, so a C file wraps them.
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]),

        // Turns Migrations/*.sql and data/*.tsv into Swift source so the binary needs no files beside it.
        .executableTarget(name: "embed-data", path: "Sources/embed-data"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["embed-data"]),

        .target(
            name: "Archive",
            dependencies: ["CSQLite", "CCrypto", "COpenCC", "CLibXML2", "CICU"],
            plugins: ["EmbedData"]
        ),
        .executableTarget(
            name: "archivectl",
            dependencies: [
                "Archive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What both test targets share: paths to the seeds and ../shared, the query fixture archive.
        .target(name: "TestSupport", dependencies: ["Archive"], path: "Tests/TestSupport"),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive", "TestSupport"]),
        .testTarget(name: "archivectlTests", dependencies: ["Archive", "archivectl", "TestSupport"]),
    ]
)
