-- Where each subject stands in the results (SPEC §12). Portable SQL: runs unchanged on H2 and PostgreSQL.

-- The cell's secret ballot that proposed a member's level: its minutes and votes are read from the ballot box.
ALTER TABLE campaign_subject ADD COLUMN cell_ballot_session_id VARCHAR(64);
-- When an organisation's office sent its results and dossier to the committee above.
ALTER TABLE campaign_subject ADD COLUMN dossier_sent_at TIMESTAMP WITH TIME ZONE;
