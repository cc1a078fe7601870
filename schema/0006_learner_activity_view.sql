-- What a learner has done in a course, across the modules that record it: the question a roster
-- revert asks ("has anyone worked with this learner since the batch?") without reaching into other
-- modules' tables. course_id is NULL for what belongs to no course (an access code).
CREATE VIEW learner_activity (learner_id, course_id, kind) AS
    SELECT a.learner_id, v.course_id, 'attempt' FROM attempt a JOIN course_version v ON v.id = a.course_version_id
    UNION ALL
    SELECT p.learner_id, v.course_id, 'lesson' FROM lesson_progress p JOIN course_version v ON v.id = p.course_version_id
    UNION ALL
    SELECT p.learner_id, v.course_id, 'practice' FROM practice_answer p JOIN course_version v ON v.id = p.course_version_id
    UNION ALL
    SELECT c.learner_id, v.course_id, 'certificate' FROM certificate c JOIN course_version v ON v.id = c.course_version_id
    UNION ALL
    SELECT c.learner_id, NULL, 'access code' FROM access_code c;
