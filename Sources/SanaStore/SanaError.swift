/// An error a user can act on: its description is one sentence naming the values involved.
///
/// Every module's error enum conforms, so the CLI prints any of them as `sana: error: <description>`
/// and exits 1, while anything else is reported as an internal error.
package protocol SanaError: Error, CustomStringConvertible {}
