// swift-tools-version: 6.1
import PackageDescription

let grdb: Target.Dependency = .product(name: "GRDB", package: "GRDB.swift")

let package = Package(
    name: "sana",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sana", targets: ["sana"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CSanaZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "CSQLiteTuning", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(
            name: "SanaStore",
            dependencies: [
                "CSQLiteTuning", "COpenSSL", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "Enrollment", dependencies: ["SanaStore", grdb]),
        .target(name: "Courses", dependencies: ["SanaStore", grdb, .product(name: "Yams", package: "Yams")]),
        .target(name: "Quizzes", dependencies: ["SanaStore", "Courses", "Enrollment", grdb]),
        .target(name: "Certificates", dependencies: ["SanaStore", "Enrollment", "Courses", "Quizzes", "COpenSSL", "CSanaZlib", grdb]),
        .target(name: "Roster", dependencies: ["SanaStore", "Enrollment", grdb, .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "SanaCLI",
            dependencies: [
                "SanaStore", "Enrollment", "Courses", "Quizzes", "Certificates", "Roster",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "sana", dependencies: ["SanaCLI"]),
        .target(
            name: "SanaTestSupport",
            dependencies: ["SanaStore", "Enrollment", .product(name: "GRDBSQLite", package: "GRDB.swift")],
            path: "Tests/SanaTestSupport"
        ),
        .testTarget(name: "SanaStoreTests", dependencies: ["SanaStore", "SanaTestSupport", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .testTarget(name: "EnrollmentTests", dependencies: ["Enrollment", "SanaTestSupport"]),
        .testTarget(
            name: "RosterTests",
            dependencies: ["Roster", "Enrollment", "SanaTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "CoursesTests", dependencies: ["Courses", "SanaStore", "SanaTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "CertificatesTests", dependencies: ["Certificates", "Courses", "SanaStore", "SanaTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "QuizzesTests",
            dependencies: ["Quizzes", "Courses", "Enrollment", "Certificates", "SanaStore", "SanaTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "SanaCLITests", dependencies: ["SanaCLI", "SanaTestSupport", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
