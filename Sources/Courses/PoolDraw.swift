/// How many questions an exam draws from one pool.
public struct PoolDraw: Codable, Sendable, Equatable {
    public var pool: String
    public var draw: Int

    public init(pool: String, draw: Int) {
        self.pool = pool
        self.draw = draw
    }
}
