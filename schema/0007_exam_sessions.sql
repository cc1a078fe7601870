-- Quizzes: one attempt, one terminal; a clock that wrong access codes never cost; flags.
-- session: a random token of the `sana quiz take` holding the attempt. A second one takes the
--   attempt over with a new token, and every write carrying an older token is refused.
-- paused_until: while code entry is locked after wrong access codes, the attempt is paused (no
--   answer is taken) until then; its deadline moved on by the lock's length, summed in paused_seconds.
ALTER TABLE attempt ADD COLUMN session TEXT;
ALTER TABLE attempt ADD COLUMN paused_until TEXT;
ALTER TABLE attempt ADD COLUMN paused_seconds INTEGER NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0);
-- A question the learner flagged for review (`:f` in the exam).
ALTER TABLE attempt_item ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1));
