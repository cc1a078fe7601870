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
    var db: String?

    var path: String {
        StoreLocation.resolve(explicit: db)
    }

    /// Opens the existing store; refuses a missing, foreign, outdated or newer one.
    func open() throws -> Store {
        try Store.open(at: path)
    }
}
