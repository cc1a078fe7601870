-- Courses: a course version's glossary (glossary.yaml as JSON, NULL when the package has none)
-- and its practice questions (practice/NN-slug.<lang>.gift: a short set per lesson, graded at
-- once with the right answer shown). Quizzes: every practice answer a learner gives. Practice
-- never counts towards the exam or a certificate: grading and issuing never read these tables.
ALTER TABLE course_version ADD COLUMN glossary TEXT CHECK (glossary IS NULL OR json_valid(glossary));

CREATE TABLE practice_question (
    id                INTEGER PRIMARY KEY,
    course_version_id INTEGER NOT NULL REFERENCES course_version(id),
    -- the lesson it practises: its position in the version (lesson N) and its slug
    lesson            INTEGER NOT NULL CHECK (lesson >= 1),
    slug              TEXT NOT NULL CHECK (length(slug) > 0),
    -- the GIFT ::id:: title, the same in every language, never an exam question's id
    qid               TEXT NOT NULL CHECK (length(qid) > 0),
    lang              TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
    type              TEXT NOT NULL CHECK (type IN ('choice', 'multi', 'truefalse', 'short', 'numeric', 'matching')),
    text              TEXT NOT NULL CHECK (length(text) > 0),
    options           TEXT NOT NULL CHECK (json_valid(options)),
    answer_key        TEXT NOT NULL CHECK (json_valid(answer_key)),
    feedback          TEXT,
    UNIQUE (course_version_id, qid, lang)
);
CREATE INDEX practice_question_lesson ON practice_question(course_version_id, lesson, lang);

-- One row per answer given (a learner may practise a question again); credit in [0, 1].
CREATE TABLE practice_answer (
    id                INTEGER PRIMARY KEY,
    learner_id        INTEGER NOT NULL REFERENCES learner(id),
    course_version_id INTEGER NOT NULL REFERENCES course_version(id),
    qid               TEXT NOT NULL CHECK (length(qid) > 0),
    lang              TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
    response          TEXT NOT NULL CHECK (json_valid(response)),
    credit            REAL NOT NULL CHECK (credit BETWEEN 0 AND 1),
    answered_at       TEXT NOT NULL
);
CREATE INDEX practice_answer_version ON practice_answer(course_version_id, learner_id);
CREATE INDEX practice_answer_learner ON practice_answer(learner_id);
