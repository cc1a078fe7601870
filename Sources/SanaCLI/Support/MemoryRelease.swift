/// Hands memory the process freed back to the system (glibc's `malloc_trim`, which Swift's Glibc
/// module does not import): a session that then waits on a person keeps only what it still uses.
enum MemoryRelease {
    @_silgen_name("malloc_trim")
    private static func mallocTrim(_ pad: Int) -> Int32

    static func now() {
        _ = mallocTrim(0)
    }
}
