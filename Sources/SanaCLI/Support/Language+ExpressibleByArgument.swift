import ArgumentParser
import Courses

extension Language: ExpressibleByArgument {}
