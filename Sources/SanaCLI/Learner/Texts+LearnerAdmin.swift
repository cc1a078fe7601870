import Enrollment

extension Texts {
    /// An enrollment's status in words.
    func status(_ status: CourseEnrollment.Status) -> String {
        switch status {
        case .active: return self(LearnerAdminMessage.enrollmentActive)
        case .completed: return self(LearnerAdminMessage.enrollmentCompleted)
        case .withdrawn: return self(LearnerAdminMessage.enrollmentWithdrawn)
        }
    }

    /// A learner's account status (`active`, `suspended`) in words.
    func accountStatus(_ status: String) -> String {
        status == "suspended" ? self(LearnerAdminMessage.accountSuspended) : self(LearnerAdminMessage.accountActive)
    }

    /// A field an edit changes, in words.
    func field(_ field: LearnerEdit.Field) -> String {
        switch field {
        case .lastName: return self(LearnerAdminMessage.fieldLastName)
        case .firstName: return self(LearnerAdminMessage.fieldFirstName)
        case .middleName: return self(LearnerAdminMessage.fieldMiddleName)
        case .email: return self(LearnerAdminMessage.fieldEmail)
        case .institution: return self(LearnerAdminMessage.fieldInstitution)
        case .faculty: return self(LearnerAdminMessage.fieldFaculty)
        case .group: return self(LearnerAdminMessage.fieldGroup)
        case .language: return self(LearnerAdminMessage.fieldLanguage)
        case .cohort: return self(LearnerAdminMessage.fieldCohort)
        case .studentNumber: return self(LearnerAdminMessage.fieldStudentNumber)
        }
    }

    /// One enrollment as `learner show` writes it: the real time of a completion or a
    /// withdrawal (not the enrolment's), in the store's zone with the zone named.
    func enrollment(_ enrollment: LearnerProfile.Enrollment) -> String {
        let enrolled = dateTime(enrollment.enrolledAt)
        var values = ["course": enrollment.course, "enrolled": enrolled]
        let line: String
        switch enrollment.status {
        case .active:
            line = self(LearnerAdminMessage.showActive, values)
        case .completed:
            values["time"] = dateTime(enrollment.completedAt ?? enrollment.enrolledAt)
            line = self(LearnerAdminMessage.showCompleted, values)
        case .withdrawn:
            values["time"] = dateTime(enrollment.withdrawnAt ?? enrollment.enrolledAt)
            line = self(LearnerAdminMessage.showWithdrawn, values)
        }
        return line + (enrollment.cohort.map { ", " + self(LearnerAdminMessage.cohortSuffix, ["cohort": Output.visible($0)]) } ?? "")
    }
}
