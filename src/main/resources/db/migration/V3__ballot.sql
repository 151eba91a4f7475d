-- Secret ballot (SPEC §6). The ballot box keeps participation and counts only: no table has a row per ballot,
-- and neither participation nor counts carry a time, a sequence or a generated id that could order the casts.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
CREATE TABLE ballot_session (
    id                  VARCHAR(64)              NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)              NOT NULL,
    title               VARCHAR(500)             NOT NULL,
    organization_code   VARCHAR(64)              NOT NULL,
    chair_group         VARCHAR(128)             NOT NULL,
    counting_rule       VARCHAR(64)              NOT NULL,
    quorum              VARCHAR(16)              NOT NULL,
    status              VARCHAR(16)              NOT NULL,
    summoned_count      INTEGER                  NOT NULL,
    denominator         INTEGER                  NOT NULL,
    present_count       INTEGER                  NOT NULL,
    minimum_attendance  INTEGER                  NOT NULL,
    invalid_ballots     INTEGER DEFAULT 0        NOT NULL,
    deadline            TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by           VARCHAR(64),
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_ballot_session_status CHECK (status IN ('OPEN', 'CLOSED', 'NOT_HELD'))
);

CREATE TABLE ballot_subject (
    session_id   VARCHAR(64)  NOT NULL,
    subject_id   VARCHAR(64)  NOT NULL,
    subject_name VARCHAR(500) NOT NULL,
    sort_order   INTEGER      NOT NULL,
    CONSTRAINT pk_ballot_subject PRIMARY KEY (session_id, subject_id),
    CONSTRAINT fk_ballot_subject_session FOREIGN KEY (session_id) REFERENCES ballot_session (id)
);

-- The roll frozen at opening: who was summoned and their standing, which fixes the denominator.
CREATE TABLE ballot_roll (
    session_id VARCHAR(64) NOT NULL,
    voter_id   VARCHAR(64) NOT NULL,
    attendance VARCHAR(40) NOT NULL,
    CONSTRAINT pk_ballot_roll PRIMARY KEY (session_id, voter_id),
    CONSTRAINT fk_ballot_roll_session FOREIGN KEY (session_id) REFERENCES ballot_session (id)
);

-- One row per subject and level, all created at opening with zero votes and only ever incremented in place.
CREATE TABLE ballot_count (
    session_id  VARCHAR(64) NOT NULL,
    subject_id  VARCHAR(64) NOT NULL,
    grade_level VARCHAR(8)  NOT NULL,
    votes       INTEGER     NOT NULL,
    CONSTRAINT pk_ballot_count PRIMARY KEY (session_id, subject_id, grade_level),
    CONSTRAINT fk_ballot_count_subject FOREIGN KEY (session_id, subject_id)
        REFERENCES ballot_subject (session_id, subject_id),
    CONSTRAINT ck_ballot_count_level CHECK (grade_level IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'))
);

-- Who has voted. The primary key is what stops a second ballot, also from two nodes at the same moment.
CREATE TABLE ballot_participation (
    session_id VARCHAR(64) NOT NULL,
    voter_id   VARCHAR(64) NOT NULL,
    CONSTRAINT pk_ballot_participation PRIMARY KEY (session_id, voter_id),
    CONSTRAINT fk_ballot_participation_roll FOREIGN KEY (session_id, voter_id)
        REFERENCES ballot_roll (session_id, voter_id)
);
