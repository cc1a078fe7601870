import ArgumentParser
import Quizzes

extension ProgressRow.Status: ExpressibleByArgument {}
