-- Probationary members (đảng viên dự bị) are reviewed and graded but have no vote (Điều lệ Đảng).
alter table party_member add column probationary boolean default false not null;
alter table party_member add column full_membership_on date;
