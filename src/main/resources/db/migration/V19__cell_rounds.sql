-- A late member does not hold her cell (issue 9); members prepare while the cell's report is drafted (issue 10).
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

-- On a cell's row: when its collective review meeting was held (its members' review meetings come after it), and
-- how many ballot rounds over its members were opened (the first when all are ready or at the cell's deadline).
ALTER TABLE campaign_subject ADD COLUMN collective_review_held_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE campaign_subject ADD COLUMN member_rounds INTEGER;

-- On a member's row: the cell's ballot round that put her on its sheet.
ALTER TABLE campaign_subject ADD COLUMN cell_round INTEGER;
