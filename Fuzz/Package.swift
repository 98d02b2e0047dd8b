// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets over the Archive library (the product that holds every library target). A
// package of its own so the main build never links libFuzzer; build and run through ./run (it
// passes -sanitize=fuzzer,address to every module, so the library's code is instrumented too).
let package = Package(
    name: "ArchiveFuzz",
    dependencies: [.package(name: "archivectl", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzTextPipeline",
            dependencies: [.product(name: "Archive", package: "archivectl")],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
        .executableTarget(
            name: "FuzzFilter",
            dependencies: [.product(name: "Archive", package: "archivectl")],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
    ]
)
