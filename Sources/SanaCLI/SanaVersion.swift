/// The version `sana --version` prints.
enum SanaVersion {
    static let current = "0.1.0"
}
