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

/** A result told to the subject or to whoever manages it [P II.6]. */
@Entity
@Table(name = "result_notification")
public class ResultNotification {

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

    /** A user id (the subject) or a group id (its managers). */
    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ResultNotification() {
    }

    public ResultNotification(String campaignId, SubjectType subjectType, String subjectCode, String recipient,
                              String message, Instant createdAt) {
        this.campaignId = campaignId;
        this.subjectType = subjectType;
        this.subjectCode = subjectCode;
        this.recipient = recipient;
        this.message = message;
        this.createdAt = createdAt;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public String getRecipient() {
        return recipient;
    }
}
