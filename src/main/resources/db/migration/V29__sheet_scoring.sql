-- The ward plan's Biểu 1-5 as an organisation self-scored them in a QĐ 132 campaign (issue 13): the items as they
-- read then, the points given and the totals. Portable SQL (H2 and PostgreSQL).
ALTER TABLE campaign_subject ADD COLUMN sheet_scoring_json VARCHAR(32000);
