import Foundation
import SanaStore

/// A fresh store built from the real schema/ files, in its own temporary folder.
public final class TestStore: @unchecked Sendable {
    public let folder = TemporaryFolder()
    public let store: Store

    public init() throws {
        store = try Store.initialize(at: folder.file("sana.db")).store
    }

    public var path: String { store.path }
}
