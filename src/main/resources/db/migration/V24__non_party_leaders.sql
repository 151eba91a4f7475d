-- Leaders who are not party members (issue 10, SPEC §14): a person with posts in non-party bodies only has no cell
-- and no admission date. Portable SQL: runs unchanged on H2 and PostgreSQL.
ALTER TABLE party_member ALTER COLUMN official_cell_id DROP NOT NULL;
ALTER TABLE party_member ALTER COLUMN admitted_on DROP NOT NULL;
