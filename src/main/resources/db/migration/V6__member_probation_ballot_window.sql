-- Probationary members (đảng viên dự bị) are reviewed and graded but have no vote (Điều lệ Đảng).
alter table party_member add column probationary boolean default false not null;
alter table party_member add column full_membership_on date;

-- A ballot opened after the caller's deadline still gets a voting window: the caller's deadline is kept next to the
-- effective one, so the minutes show the session was opened late and by how much voting was extended.
alter table ballot_session add column requested_deadline timestamp with time zone;

-- The levels a voter may choose per subject (a decision session offers none above the subject's ceiling): names
-- separated by commas; null means every level.
alter table ballot_subject add column allowed_levels varchar(64);
