package vn.partyreview.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit's subjects ready for the decision of its group's body, and the process waiting for the answer. */
@Entity
@Table(name = "decision_request")
class DecisionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private DecisionGroupState group;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    /** JSON list of the subjects' ids. */
    @Column(name = "subject_ids", nullable = false, length = 20000)
    private String subjectIds;

    @Column(name = "waiting_process_id", nullable = false)
    private String waitingProcessId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "session_process_id")
    private String sessionProcessId;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected DecisionRequest() {
    }

    DecisionRequest(DecisionGroupState group, String unitCode, String subjectIds, String waitingProcessId,
                    Instant requestedAt) {
        this.group = group;
        this.unitCode = unitCode;
        this.subjectIds = subjectIds;
        this.waitingProcessId = waitingProcessId;
        this.requestedAt = requestedAt;
    }

    DecisionGroupState group() {
        return group;
    }

    String unitCode() {
        return unitCode;
    }

    String subjectIds() {
        return subjectIds;
    }

    String waitingProcessId() {
        return waitingProcessId;
    }

    void convened(String sessionProcessId) {
        this.sessionProcessId = sessionProcessId;
    }

    void answered(Instant at) {
        this.answeredAt = at;
    }
}
