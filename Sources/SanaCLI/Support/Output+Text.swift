import Foundation

extension Output {
    /// Text written as is (it carries its own line breaks).
    static func text(_ text: String) {
        print(text, terminator: "")
    }
}
