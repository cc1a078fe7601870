import ArgumentParser
import SanaStore

/// `--db PATH`, shared by every command that touches the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store's path (default: $SANA_DB, else $XDG_DATA_HOME/sana/sana.db, else ~/.local/share/sana/sana.db).",
            valueName: "path"
        )
    )
    var db: UserPath?

    var path: String {
        db?.absolute ?? StoreLocation.resolve(explicit: nil)
    }

    /// Opens the existing store; refuses a missing, foreign, outdated or newer one.
    func open() throws -> Store {
        try Store.open(at: path)
    }

    /// Opens the store for a long-lived interactive session (the exam): a small page cache per
    /// connection, as a thousand of them share one machine.
    func openForSession() throws -> Store {
        try Store.open(at: path, cacheKiB: 256)
    }

    /// Opens the store for a command that only reads: nothing is written, not even SQLite's
    /// bookkeeping, so it works on a full disk, a read-only file or a read-only mount.
    func openReadOnly() throws -> Store {
        try Store.open(at: path, readOnly: true)
    }
}
