// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so the main build never compiles ordo-one/benchmark.
// Run: cd Benchmarks && swift package --allow-writing-to-directory .benchmarkBaselines benchmark
let package = Package(
    name: "inci-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "inci", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "INCIBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "INCICore", package: "inci"),
                .product(name: "INCIDictionaryData", package: "inci"),
                .product(name: "INCIHTML", package: "inci"),
                .product(name: "INCICatalog", package: "inci"),
                .product(name: "INCICheck", package: "inci"),
            ],
            path: "Benchmarks/INCIBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "PageProbe",
            dependencies: [
                .product(name: "INCICore", package: "inci"),
                .product(name: "INCIDictionaryData", package: "inci"),
                .product(name: "INCIHTML", package: "inci"),
            ],
            path: "Benchmarks/PageProbe"
        ),
    ],
    swiftLanguageModes: [.v6]
)
