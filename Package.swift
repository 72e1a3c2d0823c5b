// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "onsite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "onsite", targets: ["onsite"]),
        .library(name: "OnsiteCore", targets: ["OnsiteCore"]),
        .library(name: "OnsiteContent", targets: ["OnsiteContent"]),
        .library(name: "OnsiteRunner", targets: ["OnsiteRunner"]),
        .library(name: "OnsiteStore", targets: ["OnsiteStore"]),
        .library(name: "OnsiteServer", targets: ["OnsiteServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        // The web app. Without swift-configuration (the ConfigurationSupport trait): onsite reads
        // its own flags and ONSITE_* variables.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
    ],
    targets: [
        // Domain values and pure logic. No files, processes, sockets or databases.
        // RealModule (exp, pow, log) for the FSRS scheduler: pure Swift over libm.
        .target(
            name: "OnsiteCore",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: swiftSettings
        ),
        // Reads and validates the content folder into OnsiteCore values.
        .target(
            name: "OnsiteContent",
            dependencies: [
                "OnsiteCore",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        // Runs untrusted Python: sandbox, warm worker pool, verdicts.
        .target(
            name: "OnsiteRunner",
            dependencies: ["OnsiteCore"],
            swiftSettings: swiftSettings
        ),
        // Durable storage of interviews and answers: SQLite through GRDB, one migrator.
        .target(
            name: "OnsiteStore",
            dependencies: [
                "OnsiteCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Sources/OnsiteStore",
            swiftSettings: swiftSettings
        ),
        // cmark-gfm from Debian's packages: Markdown to HTML, raw HTML dropped.
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Renders the web app's Mustache templates from Encodable views, without reflection.
        .target(
            name: "OnsiteTemplates",
            swiftSettings: swiftSettings
        ),
        // The web app: HTML pages, the JSON API and accounts, over the same services as the CLI.
        .target(
            name: "OnsiteServer",
            dependencies: [
                "OnsiteCore",
                "OnsiteContent",
                "OnsiteRunner",
                "OnsiteStore",
                "CCmarkGFM",
                "OnsiteTemplates",
                .product(name: "Hummingbird", package: "hummingbird"),
                // NIOThreadPool, for grading off the threads that serve requests.
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Templates"), .copy("Assets")],
            swiftSettings: swiftSettings
        ),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "onsite",
            dependencies: [
                "OnsiteCore",
                "OnsiteContent",
                "OnsiteRunner",
                "OnsiteStore",
                "OnsiteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // The load generator of `onsite bench http`.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OnsiteTestSupport",
            dependencies: ["OnsiteCore", "OnsiteRunner"],
            path: "Tests/OnsiteTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OnsiteCoreTests",
            dependencies: ["OnsiteCore", "OnsiteTestSupport"],
            exclude: ["Review/Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OnsiteContentTests",
            dependencies: ["OnsiteContent", "OnsiteTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OnsiteRunnerTests",
            dependencies: ["OnsiteRunner", "OnsiteContent", "OnsiteTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OnsiteStoreTests",
            dependencies: [
                "OnsiteStore",
                "OnsiteTestSupport",
                // Only to forge databases the store must refuse (another program's, a newer onsite's).
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OnsiteServerTests",
            dependencies: [
                "OnsiteServer",
                "OnsiteTemplates",
                "OnsiteTestSupport",
                "OnsiteContent",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                // To read the OpenAPI document the tests check the server against.
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OnsiteCLITests",
            dependencies: ["OnsiteTestSupport", "OnsiteContent", "OnsiteCore"],
            swiftSettings: swiftSettings
        ),
    ]
)
