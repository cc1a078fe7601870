-- Quizzes: exam administration (`sana quiz reset|accommodate|reopen`).
-- voided_at, voided_reason: an attempt an admin gave back (`sana quiz reset`). It stays for the
--   record but no longer counts: not towards the attempts allowed, the score, the pass or a certificate.
-- reopened_at: the last time an admin re-opened the attempt after it was submitted (`sana quiz reopen`).
ALTER TABLE attempt ADD COLUMN voided_at TEXT;
ALTER TABLE attempt ADD COLUMN voided_reason TEXT CHECK (voided_reason IS NULL OR length(trim(voided_reason)) > 0);
ALTER TABLE attempt ADD COLUMN reopened_at TEXT;

-- Quizzes: a learner's accommodations at a course's exam (extra time, extra attempts), applied by
-- the exam's policy on top of the course's time limit and attempts. Removed with the learner.
CREATE TABLE accommodation (
    learner_id     INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    course_id      TEXT NOT NULL REFERENCES course(id),
    extra_minutes  INTEGER NOT NULL DEFAULT 0 CHECK (extra_minutes BETWEEN 0 AND 1440),
    extra_attempts INTEGER NOT NULL DEFAULT 0 CHECK (extra_attempts BETWEEN 0 AND 100),
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (learner_id, course_id)
) WITHOUT ROWID;

-- Enrollment: the university's own identifier of a student (record-book number), carried into
-- grade exports so a university system can match them; optional, not unique across universities.
ALTER TABLE learner ADD COLUMN student_number TEXT CHECK (student_number IS NULL OR length(student_number) BETWEEN 1 AND 64);
