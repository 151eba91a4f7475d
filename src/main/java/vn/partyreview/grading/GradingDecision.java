package vn.partyreview.grading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/** A decided level; a cancelled decision stays for the audit trail [P II.6]. */
@Entity
@Table(name = "grading_decision")
public class GradingDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, length = 64)
    private String campaignId;

    // VARCHAR rather than Hibernate's native enum type, so the same migration fits H2 and PostgreSQL
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_type", nullable = false, length = 32)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, length = 64)
    private String subjectId;

    @Column(name = "quota_group", length = 128)
    private String quotaGroup;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "decided_level", nullable = false, length = 8)
    private Level level;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "reasons", length = 4000)
    private String reasons;

    @Column(name = "session_id", length = 64)
    private String sessionId;

    @Column(name = "votes", length = 200)
    private String votesJson;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    @Column(name = "cancel_reasons", length = 4000)
    private String cancelReasons;

    @Column(name = "cancelled_by", length = 64)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected GradingDecision() {
    }

    public GradingDecision(DecisionRecord decision) {
        this.campaignId = decision.campaignId();
        this.subjectType = decision.subjectType();
        this.subjectId = decision.subjectId();
        this.quotaGroup = decision.quotaGroup();
        this.level = decision.level();
        this.decidedBy = decision.decidedBy();
        this.decidedAt = decision.decidedAt();
        this.reasons = decision.reasons();
        this.sessionId = decision.sessionId();
        this.votesJson = decision.votesJson();
        this.confirmedBy = decision.confirmedBy();
    }

    public void cancel() {
        cancelled = true;
    }

    /** Cancelled by the competent body to decide again [P II.6]: its reasons, who cancelled and when. */
    public void cancel(String reasons, String by, Instant at) {
        cancel();
        this.cancelReasons = reasons;
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getQuotaGroup() {
        return quotaGroup;
    }

    public Level getLevel() {
        return level;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReasons() {
        return reasons;
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getVotesJson() {
        return votesJson;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getCancelReasons() {
        return cancelReasons;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
