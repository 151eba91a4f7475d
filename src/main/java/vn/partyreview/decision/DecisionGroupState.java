package vn.partyreview.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A group of subjects decided by one body in a campaign: its row is locked while requests are added and sessions
 * convened, so two units asking at once cannot both miss each other.
 */
@Entity
@Table(name = "decision_group")
class DecisionGroupState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private String campaignId;

    @Column(name = "quota_group", nullable = false)
    private String quotaGroup;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "organization_code", nullable = false)
    private String organizationCode;

    /** The session process under way, if any: newcomers wait for the next one. */
    @Column(name = "running_session")
    private String runningSession;

    @Column(name = "sessions_held", nullable = false)
    private int sessionsHeld;

    protected DecisionGroupState() {
    }

    DecisionGroupState(String campaignId, String quotaGroup, String subjectType, String organizationCode) {
        this.campaignId = campaignId;
        this.quotaGroup = quotaGroup;
        this.subjectType = subjectType;
        this.organizationCode = organizationCode;
    }

    Long id() {
        return id;
    }

    String campaignId() {
        return campaignId;
    }

    String quotaGroup() {
        return quotaGroup;
    }

    String subjectType() {
        return subjectType;
    }

    String organizationCode() {
        return organizationCode;
    }

    boolean inSession() {
        return runningSession != null;
    }

    /** Once the group has met, whoever comes late is decided as soon as possible, not with the whole group. */
    boolean hasMet() {
        return sessionsHeld > 0 || runningSession != null;
    }

    void sessionStarted(String sessionProcessId) {
        runningSession = sessionProcessId;
    }

    void sessionEnded() {
        runningSession = null;
        sessionsHeld++;
    }
}
