package vn.partyreview.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.partyreview.campaign.SubjectRecord;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/**
 * Step 1's vote [P II.1.5 B1]: one secret ballot session of the organisation's committee (or of the whole cell where
 * there is no chi ủy) on the organisation's own level, as the ballot box counted it.
 */
@Entity
@Table(name = "organization_self_ballot")
class OrganizationSelfBallot extends SubjectRecord {

    @Column(name = "session_id", nullable = false, unique = true)
    private String sessionId;

    @Column(nullable = false)
    private boolean held;

    /** Votes per level, JSON; empty when the session was not held. */
    @Column(name = "votes", nullable = false, length = 200)
    private String votesJson;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "ballot_level")
    private Level level;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OrganizationSelfBallot() {
    }

    OrganizationSelfBallot(String campaignId, String orgCode, String sessionId, boolean held, String votesJson,
                           Level level, Instant recordedAt) {
        super(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode);
        this.sessionId = sessionId;
        this.held = held;
        this.votesJson = votesJson;
        this.level = level;
        this.recordedAt = recordedAt;
    }

    String getSessionId() {
        return sessionId;
    }

    boolean isHeld() {
        return held;
    }

    String getVotesJson() {
        return votesJson;
    }

    /** Null when not held or when no level had a majority. */
    Level getLevel() {
        return level;
    }
}
