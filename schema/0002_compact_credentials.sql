-- Certificates keep their credential compactly. A bulk issuing run signs thousands of credentials
-- that differ only in a few values, so the run's credential template (the JWS's protected header
-- and the payload's JSON with numbered holes) is stored once per course version and language, and
-- each certificate keeps only the values that fill the holes (JSON-escaped, as they appear in the
-- payload) and its signature. `sana cert show/lookup` rebuild the exact text from the two, byte for
-- byte: a certificate row is about 450 bytes instead of 2.5 KB. A credential that could not be
-- issued from a template (and every certificate issued before this migration) keeps its full text.
--
-- certificate becomes a rowid table: its random-keyed indexes (code, status_index) then hold an
-- 8-byte rowid per entry instead of the 45-character id, so issuing dirties far fewer pages.
-- revocation is rebuilt with it (same columns and constraints): its foreign key names certificate.

CREATE TABLE credential_template (
    id         INTEGER PRIMARY KEY,
    -- the JWS's first part (base64url of the protected header), as signed
    header     TEXT NOT NULL CHECK (length(header) > 0),
    -- the payload's JSON, each hole written DEL DEL <field number> DEL
    payload    TEXT NOT NULL CHECK (length(payload) > 0),
    -- SHA-256 of header '.' payload: a template is stored once
    sha256     TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    created_at TEXT NOT NULL
);

-- Without ALTER TABLE ... RENAME (which opens the connection's temp database, and a connection
-- with an open temp database refuses a later PRAGMA temp_store inside a transaction): the rows are
-- set aside, both tables dropped and created anew, and the rows put back.
CREATE TABLE certificate_0001 AS SELECT * FROM certificate;
CREATE TABLE revocation_0001 AS SELECT * FROM revocation;
DROP TABLE revocation;
DROP TABLE certificate;

CREATE TABLE certificate (
    id                TEXT PRIMARY KEY NOT NULL CHECK (id LIKE 'urn:uuid:%'),
    code              TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    learner_id        INTEGER NOT NULL REFERENCES learner(id),
    course_version_id INTEGER NOT NULL REFERENCES course_version(id),
    attempt_id        INTEGER NOT NULL REFERENCES attempt(id),
    issued_at         TEXT NOT NULL,
    kid               TEXT NOT NULL REFERENCES signing_key(kid),
    status_index      INTEGER NOT NULL UNIQUE CHECK (status_index >= 0),
    -- the credential's full text, or NULL when it is kept as template + parts
    credential        TEXT CHECK (credential IS NULL OR length(credential) > 0),
    template_id       INTEGER REFERENCES credential_template(id),
    -- the hole values and the 64-byte signature (see CredentialParts)
    credential_parts  BLOB,
    CHECK ((credential IS NOT NULL AND template_id IS NULL AND credential_parts IS NULL)
        OR (credential IS NULL AND template_id IS NOT NULL AND length(credential_parts) > 64)),
    UNIQUE (learner_id, course_version_id)
);

CREATE TABLE revocation (
    certificate_id TEXT PRIMARY KEY NOT NULL REFERENCES certificate(id),
    reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    actor          TEXT NOT NULL CHECK (length(actor) > 0),
    at             TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO certificate (id, code, learner_id, course_version_id, attempt_id, issued_at, kid, status_index, credential)
SELECT id, code, learner_id, course_version_id, attempt_id, issued_at, kid, status_index, credential
FROM certificate_0001 ORDER BY id;
INSERT INTO revocation (certificate_id, reason, actor, at)
SELECT certificate_id, reason, actor, at FROM revocation_0001;
DROP TABLE revocation_0001;
DROP TABLE certificate_0001;
