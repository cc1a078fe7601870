import SanaCLI

@main
struct Entrypoint {
    static func main() {
        SanaMain.run()
    }
}
