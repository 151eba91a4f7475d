-- Decision sessions (SPEC §11). Portable SQL: runs unchanged on H2 and PostgreSQL.

-- A decision taken in a session of the competent body: the ballot session, the votes per level (JSON) and the
-- chair who confirmed it; decided_by is then the body's group.
ALTER TABLE grading_decision ADD COLUMN session_id VARCHAR(64);
ALTER TABLE grading_decision ADD COLUMN votes VARCHAR(200);
ALTER TABLE grading_decision ADD COLUMN confirmed_by VARCHAR(64);
