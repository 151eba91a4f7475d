package vn.partyreview.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.partyreview.campaign.SubjectRecord;
import vn.partyreview.grading.rules.SubjectType;

/** A result told to the subject or to whoever manages it [P II.6]. */
@Entity
@Table(name = "result_notification")
public class ResultNotification extends SubjectRecord {

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
        super(campaignId, subjectType, subjectCode);
        this.recipient = recipient;
        this.message = message;
        this.createdAt = createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
