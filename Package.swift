// swift-tools-version: 6.1
import PackageDescription

// Module map (data flows one way: text → tokens → matched ingredients → scores → report):
// - INCICore: tokenizer, dictionary model, matcher. Pure: no file or network I/O, no libxml2.
// - INCIDictionaryData: the files of Dictionaries/, embedded at build time by the EmbedDictionary plugin.
// - INCIReport: output formats (text, JSON, HTML) for analyses; the escaping HTML writer of every HTML report.
// - INCIKit: the one-call entry point for library users (`INCI.analyze`), with the embedded dictionary.
// - INCICatalog: reading catalogs (CSV, JSONL, JSON arrays) as records with their file and line.
// - INCICheck: `inci check` — catalog rules, policy (.inci.yml), baseline, and one formatter per file.
// - INCIJSON: our JSON parser (JSONValue), for pages' embedded data and JSON catalogs alike; package-only.
// - CLibXML2: the system libxml2 (the only C). INCIHTML: finds ingredient lists and product cards in
//   saved pages; the only importer of CLibXML2.
// - INCIBatch: what every batch command shares — one input walker, one file reader with typed errors, one
//   ordered job pool.
// - inci: the command-line tool; it only parses arguments, reads inputs and wires the modules.
let package = Package(
    name: "inci",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "inci", targets: ["inci"]),
        .library(name: "INCIKit", targets: ["INCIKit"]),
        .library(name: "INCICore", targets: ["INCICore"]),
        .library(name: "INCIDictionaryData", targets: ["INCIDictionaryData"]),
        .library(name: "INCIReport", targets: ["INCIReport"]),
        .library(name: "INCIHTML", targets: ["INCIHTML"]),
        .library(name: "INCICatalog", targets: ["INCICatalog"]),
        .library(name: "INCICheck", targets: ["INCICheck"]),
        .library(name: "INCIBatch", targets: ["INCIBatch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "INCICore"),
        .target(
            name: "INCIDictionaryData",
            dependencies: ["INCICore"],
            plugins: [.plugin(name: "EmbedDictionary")]
        ),
        .target(name: "INCIReport", dependencies: ["INCICore", "INCIJSON"]),
        .target(name: "INCIKit", dependencies: ["INCICore", "INCIDictionaryData", "INCIReport", "INCIJSON"]),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "INCIJSON"),
        .target(name: "INCIHTML", dependencies: ["INCICore", "INCIJSON", "CLibXML2"]),
        .target(
            name: "INCIBatch",
            dependencies: [
                "INCICore", "INCIReport", "INCIJSON", "INCICatalog", "INCICheck", "INCIHTML",
                .product(name: "Yams", package: "Yams"),
            ]),
        .target(
            name: "INCICatalog",
            dependencies: ["INCICore", "INCIJSON", .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(
            name: "INCICheck",
            dependencies: [
                "INCICore", "INCICatalog", "INCIJSON", "INCIReport", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "inci",
            dependencies: [
                "INCICore", "INCIDictionaryData", "INCIReport", "INCIJSON", "INCIHTML", "INCICatalog", "INCICheck",
                "INCIBatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "EmbedDictionaryTool", dependencies: ["INCICore", "INCIBatch"]),
        .plugin(
            name: "EmbedDictionary",
            capability: .buildTool(),
            dependencies: ["EmbedDictionaryTool"]
        ),
        .target(
            name: "INCITestSupport",
            dependencies: ["INCIBatch", "INCICore", .product(name: "CSV", package: "CSV.swift")],
            path: "Tests/INCITestSupport"
        ),
        .testTarget(
            name: "INCICoreTests",
            dependencies: ["INCICore", "INCIDictionaryData", "INCIBatch", "INCITestSupport"]
        ),
        .testTarget(
            name: "INCICLITests",
            dependencies: ["inci", "INCICore", "INCICatalog", "INCICheck", "INCIDictionaryData", "INCITestSupport"]
        ),
        .testTarget(
            name: "INCIHTMLTests",
            dependencies: ["INCIHTML", "INCIJSON", "INCICore", "INCIDictionaryData", "INCITestSupport"]
        ),
        .testTarget(name: "INCIBatchTests", dependencies: ["INCIBatch", "INCIHTML", "INCICore", "INCIDictionaryData"]),
        .testTarget(
            name: "INCICheckTests",
            dependencies: ["INCICheck", "INCICore", "INCIDictionaryData", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "INCIKitTests", dependencies: ["INCIKit"]),
        .testTarget(
            name: "INCIReportTests", dependencies: ["INCIReport", "INCICore", "INCIDictionaryData", "INCITestSupport"]),
        .testTarget(name: "INCIJSONTests", dependencies: ["INCIJSON"]),
        .testTarget(
            name: "RealDataTests",
            dependencies: ["INCICore", "INCIDictionaryData", "INCICatalog", "INCITestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
