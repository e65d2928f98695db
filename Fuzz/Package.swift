// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets live in their own package so the main build never compiles them.
// Build one (see README.md):
//   swift build -c debug --product FuzzTokenizer --scratch-path .build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
// Without -DFUZZING the executables replay the files and folders given as arguments (no libFuzzer needed).
// Nothing here depends on INCIDictionaryData: its build-tool plugin's host tool would be compiled with
// -sanitize=fuzzer too and fail to link (libFuzzer's main wants LLVMFuzzerTestOneInput). The targets
// read Dictionaries/ from the checkout instead, the same *.txt files the plugin embeds.
let package = Package(
    name: "inci-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "inci", path: "..")
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "INCICore", package: "inci"), .product(name: "INCIBatch", package: "inci")]),
        .executableTarget(
            name: "FuzzTokenizer",
            dependencies: [
                "FuzzSupport",
                .product(name: "INCICore", package: "inci"),
            ]
        ),
        .executableTarget(
            name: "FuzzDictionaryLoader",
            dependencies: [
                "FuzzSupport",
                .product(name: "INCICore", package: "inci"),
            ]
        ),
        .executableTarget(
            name: "FuzzHTMLExtractor",
            dependencies: [
                "FuzzSupport",
                .product(name: "INCICore", package: "inci"),
                .product(name: "INCIHTML", package: "inci"),
            ]
        ),
        .executableTarget(
            name: "FuzzCatalogReader",
            dependencies: [
                "FuzzSupport",
                .product(name: "INCICore", package: "inci"),
                .product(name: "INCICatalog", package: "inci"),
                .product(name: "INCICheck", package: "inci"),
            ]
        ),
        .executableTarget(
            name: "FuzzPolicyLoader",
            dependencies: [
                "FuzzSupport",
                .product(name: "INCICore", package: "inci"),
                .product(name: "INCICheck", package: "inci"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
