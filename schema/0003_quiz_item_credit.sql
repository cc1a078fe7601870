-- Quizzes: per-question credit for every drawn question, answered or not (0 when unanswered),
-- set when the attempt is graded: the item report reads it without joining answers. Indexes for
-- the reports (attempts by course version) and for expiry (open attempts by deadline).
ALTER TABLE attempt_item ADD COLUMN credit REAL CHECK (credit IS NULL OR credit BETWEEN 0 AND 1);
CREATE INDEX attempt_version ON attempt(course_version_id, learner_id);
CREATE INDEX attempt_open_deadline ON attempt(deadline) WHERE submitted_at IS NULL;
