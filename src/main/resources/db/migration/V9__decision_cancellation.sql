-- Re-grading [P II.6]: the competent body cancels a decided result with its reasons; the cancelled decision stays,
-- with who cancelled it and when. Portable SQL: runs unchanged on H2 and PostgreSQL.
ALTER TABLE grading_decision ADD COLUMN cancel_reasons VARCHAR(4000);
ALTER TABLE grading_decision ADD COLUMN cancelled_by VARCHAR(64);
ALTER TABLE grading_decision ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
