import Foundation

/// Who is acting, for the audit trail: the operating-system user running sana.
package enum OSUser {
    package static var name: String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "uid \(getuid())"
    }
}
