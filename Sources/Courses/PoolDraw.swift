/// How many questions an exam draws from one pool.
package struct PoolDraw: Codable, Sendable, Equatable {
    package var pool: String
    package var draw: Int

    package init(pool: String, draw: Int) {
        self.pool = pool
        self.draw = draw
    }
}
