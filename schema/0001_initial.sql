-- sana's data model. Timestamps are UTC text 'YYYY-MM-DD HH:MM:SS.SSS' (GRDB's Date format),
-- so they sort and compare as text. A shipped migration is never edited: add the next file.
-- On the tables a roster import fills (learner, enrollment), CHECKs spell out alternatives with
-- OR: SQLite evaluates `x IN (...)` in a CHECK through a temporary table on every insert.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0),
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL CHECK (length(actor) > 0),
    action  TEXT NOT NULL CHECK (length(action) > 0),
    subject TEXT,
    detail  TEXT
);
CREATE INDEX audit_log_at ON audit_log(at);

-- Enrollment -----------------------------------------------------------------

CREATE TABLE institution (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    -- case-folded, whitespace-folded name: what lookups and uniqueness use
    name_key TEXT NOT NULL UNIQUE CHECK (length(name_key) > 0),
    created_at TEXT NOT NULL
);

CREATE TABLE import_batch (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    file_sha256  TEXT NOT NULL CHECK (length(file_sha256) = 64),
    format       TEXT NOT NULL CHECK (format IN ('csv', 'oneroster')),
    actor        TEXT NOT NULL CHECK (length(actor) > 0),
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    rows_read    INTEGER NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
    created      INTEGER NOT NULL DEFAULT 0 CHECK (created >= 0),
    updated      INTEGER NOT NULL DEFAULT 0 CHECK (updated >= 0),
    unchanged    INTEGER NOT NULL DEFAULT 0 CHECK (unchanged >= 0),
    enrolled     INTEGER NOT NULL DEFAULT 0 CHECK (enrolled >= 0),
    withdrawn    INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn >= 0),
    rejected     INTEGER NOT NULL DEFAULT 0 CHECK (rejected >= 0),
    warnings     INTEGER NOT NULL DEFAULT 0 CHECK (warnings >= 0),
    reverted_at  TEXT,
    reverted_by  TEXT
);

CREATE TABLE learner (
    id             INTEGER PRIMARY KEY,
    -- text, exactly 12 digits: leading zeros survive
    iin            TEXT NOT NULL UNIQUE CHECK (length(iin) = 12 AND iin NOT GLOB '*[^0-9]*'),
    last_name      TEXT NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
    first_name     TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    middle_name    TEXT CHECK (middle_name IS NULL OR length(middle_name) BETWEEN 1 AND 100),
    email          TEXT CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
    institution_id INTEGER REFERENCES institution(id),
    faculty        TEXT CHECK (faculty IS NULL OR length(faculty) <= 200),
    study_group    TEXT CHECK (study_group IS NULL OR length(study_group) <= 100),
    locale         TEXT NOT NULL DEFAULT 'kk' CHECK (locale = 'kk' OR locale = 'ru' OR locale = 'en'),
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status = 'active' OR status = 'suspended'),
    -- pseudonymous id for credentials, random (v4), never derived from the IIN; not indexed:
    -- lookups go by IIN, and a random index would slow every roster import
    subject_uuid   TEXT NOT NULL CHECK (length(subject_uuid) = 36),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    -- the import batch that last wrote this row; NULL when written otherwise
    batch_id       INTEGER REFERENCES import_batch(id)
);
CREATE INDEX learner_institution ON learner(institution_id);

CREATE TABLE cohort (
    id             INTEGER PRIMARY KEY,
    institution_id INTEGER NOT NULL REFERENCES institution(id),
    name           TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    created_at     TEXT NOT NULL,
    UNIQUE (institution_id, name)
);

CREATE TABLE access_code (
    learner_id    INTEGER PRIMARY KEY NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    -- slow salted hash only ("scheme$params$salt$hash"); the code itself is never stored
    code_hash     TEXT NOT NULL CHECK (length(code_hash) > 0),
    issued_at     TEXT NOT NULL,
    failed_count  INTEGER NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
    locked_until  TEXT
);

-- Courses --------------------------------------------------------------------

CREATE TABLE course (
    id         TEXT PRIMARY KEY NOT NULL CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    created_at TEXT NOT NULL
);

CREATE TABLE course_version (
    id             INTEGER PRIMARY KEY,
    course_id      TEXT NOT NULL REFERENCES course(id),
    version        INTEGER NOT NULL CHECK (version >= 1),
    content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
    -- course.yaml as JSON: titles, languages, lesson order, exam definition
    definition     TEXT NOT NULL CHECK (json_valid(definition)),
    loaded_at      TEXT NOT NULL,
    UNIQUE (course_id, version),
    UNIQUE (course_id, content_sha256)
);

CREATE TABLE lesson (
    id                INTEGER PRIMARY KEY,
    course_version_id INTEGER NOT NULL REFERENCES course_version(id),
    position          INTEGER NOT NULL CHECK (position >= 1),
    slug              TEXT NOT NULL CHECK (length(slug) > 0),
    lang              TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
    title             TEXT NOT NULL CHECK (length(title) > 0),
    body              TEXT NOT NULL,
    UNIQUE (course_version_id, position, lang)
);

CREATE TABLE lesson_progress (
    learner_id        INTEGER NOT NULL REFERENCES learner(id),
    course_version_id INTEGER NOT NULL REFERENCES course_version(id),
    position          INTEGER NOT NULL CHECK (position >= 1),
    first_viewed_at   TEXT NOT NULL,
    PRIMARY KEY (learner_id, course_version_id, position)
) WITHOUT ROWID;

CREATE TABLE question (
    id                INTEGER PRIMARY KEY,
    course_version_id INTEGER NOT NULL REFERENCES course_version(id),
    pool              TEXT NOT NULL CHECK (length(pool) > 0),
    -- the GIFT ::id:: title, the same in every language
    qid               TEXT NOT NULL CHECK (length(qid) > 0),
    lang              TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
    type              TEXT NOT NULL CHECK (type IN ('choice', 'multi', 'truefalse', 'short', 'numeric', 'matching')),
    text              TEXT NOT NULL CHECK (length(text) > 0),
    -- options, answer key and feedback as JSON
    options           TEXT NOT NULL CHECK (json_valid(options)),
    answer_key        TEXT NOT NULL CHECK (json_valid(answer_key)),
    feedback          TEXT,
    UNIQUE (course_version_id, qid, lang)
);
CREATE INDEX question_pool ON question(course_version_id, pool);

CREATE TABLE enrollment (
    id           INTEGER PRIMARY KEY,
    learner_id   INTEGER NOT NULL REFERENCES learner(id),
    course_id    TEXT NOT NULL REFERENCES course(id),
    cohort_id    INTEGER REFERENCES cohort(id),
    status       TEXT NOT NULL DEFAULT 'active' CHECK (status = 'active' OR status = 'completed' OR status = 'withdrawn'),
    enrolled_at  TEXT NOT NULL,
    completed_at TEXT,
    withdrawn_at TEXT,
    updated_at   TEXT NOT NULL,
    batch_id     INTEGER REFERENCES import_batch(id),
    UNIQUE (learner_id, course_id),
    CHECK (status <> 'completed' OR completed_at IS NOT NULL),
    CHECK (status <> 'withdrawn' OR withdrawn_at IS NOT NULL)
);
CREATE INDEX enrollment_course ON enrollment(course_id, status);

-- One row per learner or enrollment an import batch changed, with the values before,
-- so that `sana roster revert` can undo exactly that batch.
CREATE TABLE import_change (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES import_batch(id),
    kind          TEXT NOT NULL CHECK (kind IN ('learner_created', 'learner_updated', 'enrollment_created', 'enrollment_updated')),
    learner_id    INTEGER NOT NULL,
    enrollment_id INTEGER,
    -- the row as it was before, as JSON; NULL for created rows
    before        TEXT CHECK (before IS NULL OR json_valid(before)),
    CHECK ((kind LIKE '%_created') = (before IS NULL)),
    CHECK ((kind LIKE 'enrollment_%') = (enrollment_id IS NOT NULL))
);
CREATE INDEX import_change_batch ON import_change(batch_id);

-- Quizzes --------------------------------------------------------------------

CREATE TABLE attempt (
    id                INTEGER PRIMARY KEY,
    learner_id        INTEGER NOT NULL REFERENCES learner(id),
    course_version_id INTEGER NOT NULL REFERENCES course_version(id),
    quiz              TEXT NOT NULL DEFAULT 'exam',
    lang              TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
    seed              INTEGER NOT NULL,
    started_at        TEXT NOT NULL,
    deadline          TEXT NOT NULL,
    submitted_at      TEXT,
    -- how it ended: by the learner, or automatically past its deadline
    submitted_by      TEXT CHECK (submitted_by IS NULL OR submitted_by IN ('learner', 'expiry')),
    score             REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    passed            INTEGER CHECK (passed IS NULL OR passed IN (0, 1)),
    CHECK ((submitted_at IS NULL) = (submitted_by IS NULL)),
    CHECK ((submitted_at IS NULL) = (score IS NULL))
);
CREATE INDEX attempt_learner ON attempt(learner_id, course_version_id);
-- at most one open attempt per learner and course version
CREATE UNIQUE INDEX attempt_open ON attempt(learner_id, course_version_id, quiz) WHERE submitted_at IS NULL;

-- The questions an attempt drew, in order, with the option order shown.
CREATE TABLE attempt_item (
    attempt_id   INTEGER NOT NULL REFERENCES attempt(id),
    position     INTEGER NOT NULL CHECK (position >= 1),
    qid          TEXT NOT NULL,
    option_order TEXT NOT NULL CHECK (json_valid(option_order)),
    PRIMARY KEY (attempt_id, position),
    UNIQUE (attempt_id, qid)
) WITHOUT ROWID;

CREATE TABLE answer (
    attempt_id  INTEGER NOT NULL REFERENCES attempt(id),
    qid         TEXT NOT NULL,
    response    TEXT NOT NULL CHECK (json_valid(response)),
    answered_at TEXT NOT NULL,
    -- credit in [0, 1], set when the attempt is graded
    credit      REAL CHECK (credit IS NULL OR credit BETWEEN 0 AND 1),
    PRIMARY KEY (attempt_id, qid),
    FOREIGN KEY (attempt_id, qid) REFERENCES attempt_item(attempt_id, qid)
) WITHOUT ROWID;

-- Certificates ---------------------------------------------------------------

CREATE TABLE signing_key (
    kid        TEXT PRIMARY KEY NOT NULL CHECK (length(kid) > 0),
    public_key BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
    not_before TEXT NOT NULL,
    not_after  TEXT,
    created_at TEXT NOT NULL,
    CHECK (not_after IS NULL OR not_after >= not_before)
) WITHOUT ROWID;

CREATE TABLE certificate (
    id                TEXT PRIMARY KEY NOT NULL CHECK (id LIKE 'urn:uuid:%'),
    code              TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    learner_id        INTEGER NOT NULL REFERENCES learner(id),
    course_version_id INTEGER NOT NULL REFERENCES course_version(id),
    attempt_id        INTEGER NOT NULL REFERENCES attempt(id),
    issued_at         TEXT NOT NULL,
    kid               TEXT NOT NULL REFERENCES signing_key(kid),
    status_index      INTEGER NOT NULL UNIQUE CHECK (status_index >= 0),
    credential        TEXT NOT NULL CHECK (length(credential) > 0),
    UNIQUE (learner_id, course_version_id)
) WITHOUT ROWID;

CREATE TABLE revocation (
    certificate_id TEXT PRIMARY KEY NOT NULL REFERENCES certificate(id),
    reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    actor          TEXT NOT NULL CHECK (length(actor) > 0),
    at             TEXT NOT NULL
) WITHOUT ROWID;
