// swift-tools-version: 6.1
import PackageDescription

let grdb: Target.Dependency = .product(name: "GRDB", package: "GRDB.swift")

let package = Package(
    name: "sana",
    platforms: [.macOS(.v15)],
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
        // The threads' meeting points: bounded queue, resequencer, background task, parallel map.
        .target(name: "SanaConcurrency"),
        // The one importer of OpenSSL: SHA-256, secure random bytes and UUIDs, scrypt, Ed25519.
        .target(name: "SanaCrypto", dependencies: ["COpenSSL"]),
        .target(
            name: "SanaStore",
            dependencies: [
                "CSQLiteTuning", "SanaCrypto", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // CSV as spreadsheets write and read it: the streaming reader, the writer with its formula guard.
        .target(name: "SanaCSV", dependencies: ["SanaStore"]),
        // Base64URL, Base58, gzip, a JSON value and the bitstring, as credentials and status lists use them.
        .target(name: "SanaEncoding", dependencies: ["CSanaZlib"]),
        // QR codes (ISO/IEC 18004) for the certificate's printout and verification page.
        .target(name: "SanaQR"),
        .target(name: "Enrollment", dependencies: ["SanaStore", "SanaConcurrency", "SanaCrypto", grdb]),
        .target(name: "Courses", dependencies: ["SanaStore", "SanaCrypto", grdb, .product(name: "Yams", package: "Yams")]),
        .target(name: "Quizzes", dependencies: ["SanaStore", "SanaConcurrency", "Courses", "Enrollment", grdb]),
        .target(name: "Certificates", dependencies: ["SanaStore", "SanaConcurrency", "Enrollment", "Courses", "Quizzes", "SanaCrypto", "SanaEncoding", "SanaQR", grdb]),
        .target(name: "Roster", dependencies: ["SanaStore", "SanaConcurrency", "SanaCrypto", "SanaCSV", "Enrollment", grdb, .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "SanaCLI",
            dependencies: [
                "SanaStore", "SanaCSV", "Enrollment", "Courses", "Quizzes", "Certificates", "Roster",
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
        .testTarget(name: "SanaCryptoTests", dependencies: ["SanaCrypto"]),
        .testTarget(name: "SanaCSVTests", dependencies: ["SanaCSV"]),
        .testTarget(name: "SanaConcurrencyTests", dependencies: ["SanaConcurrency"]),
        .testTarget(name: "SanaQRTests", dependencies: ["SanaQR"]),
        .testTarget(name: "EnrollmentTests", dependencies: ["Enrollment", "SanaTestSupport"]),
        .testTarget(
            name: "RosterTests",
            dependencies: ["Roster", "Enrollment", "SanaTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "CoursesTests", dependencies: ["Courses", "SanaStore", "SanaTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "CertificatesTests", dependencies: ["Certificates", "SanaEncoding", "SanaQR", "Courses", "SanaConcurrency", "SanaCrypto", "SanaStore", "SanaTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "QuizzesTests",
            dependencies: ["Quizzes", "Courses", "Enrollment", "SanaCrypto", "SanaStore", "SanaTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "SanaCLITests", dependencies: ["SanaCLI", "SanaTestSupport", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
