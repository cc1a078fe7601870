extension QRCode {
    /// The symbol as an SVG image `width` wide and high (a CSS length such as `37.3mm`), with a light
    /// quiet zone of `quietZone` modules: a white square and one black path, each row's runs of dark
    /// modules as rectangles on the module grid, drawn with crisp edges so a printer or a browser at
    /// any zoom keeps every module's edge sharp.
    package func svg(width: String, quietZone: Int = 4) -> String {
        let side = size + 2 * quietZone
        var path = ""
        for row in 0..<size {
            var column = 0
            while column < size {
                guard self[row, column] else { column += 1; continue }
                let start = column
                while column < size && self[row, column] { column += 1 }
                let run = column - start
                path += "M\(start + quietZone) \(row + quietZone)h\(run)v1h-\(run)z"
            }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" width="\(width)" height="\(width)" \
            shape-rendering="crispEdges"><rect width="\(side)" height="\(side)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>
            """
    }
}
