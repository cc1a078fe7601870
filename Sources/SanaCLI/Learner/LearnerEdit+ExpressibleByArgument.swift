import ArgumentParser
import Enrollment

extension LearnerEdit.Field: ExpressibleByArgument {}
