package vn.partyreview.campaign;

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
import vn.partyreview.grading.rules.SubjectType;

/** A missed deadline, recorded on the subject; the work goes on (SPEC §4). */
@Entity
@Table(name = "subject_lateness")
public class SubjectLateness {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private String campaignId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_type", nullable = false)
    private SubjectType subjectType;

    @Column(name = "subject_code", nullable = false)
    private String subjectCode;

    @Column(nullable = false)
    private String stage;

    @Column(name = "supervisor_group", nullable = false)
    private String supervisorGroup;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SubjectLateness() {
    }

    public SubjectLateness(String campaignId, SubjectType subjectType, String subjectCode, String stage,
                           String supervisorGroup, Instant recordedAt) {
        this.campaignId = campaignId;
        this.subjectType = subjectType;
        this.subjectCode = subjectCode;
        this.stage = stage;
        this.supervisorGroup = supervisorGroup;
        this.recordedAt = recordedAt;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public String getStage() {
        return stage;
    }
}
