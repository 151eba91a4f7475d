package vn.partyreview.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The review schedule an organisation or cell registered with its superior, and whom the superior sends to attend. */
@Entity
@Table(name = "schedule_registration")
public class ScheduleRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String campaignId;

    @Column(nullable = false)
    private String orgCode;

    @Column(nullable = false)
    private LocalDate reviewMeetingDate;

    @Column(nullable = false)
    private LocalDate gradingMeetingDate;

    private String note;

    @Column(nullable = false)
    private String registeredBy;

    @Column(nullable = false)
    private Instant registeredAt;

    private String attendeeUserId;

    private String attendeeName;

    private String assignedBy;

    private Instant assignedAt;

    protected ScheduleRegistration() {
    }

    ScheduleRegistration(String campaignId, String orgCode) {
        this.campaignId = campaignId;
        this.orgCode = orgCode;
    }

    /** A registration sent again replaces the dates: the attendee, if already assigned, stays. */
    void register(LocalDate reviewMeeting, LocalDate gradingMeeting, String note, String by, Instant at) {
        this.reviewMeetingDate = reviewMeeting;
        this.gradingMeetingDate = gradingMeeting;
        this.note = note;
        this.registeredBy = by;
        this.registeredAt = at;
    }

    void assign(String attendeeUserId, String attendeeName, String by, Instant at) {
        this.attendeeUserId = attendeeUserId;
        this.attendeeName = attendeeName;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public String getOrgCode() {
        return orgCode;
    }

    public LocalDate getReviewMeetingDate() {
        return reviewMeetingDate;
    }

    public LocalDate getGradingMeetingDate() {
        return gradingMeetingDate;
    }

    public String getNote() {
        return note;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getAttendeeUserId() {
        return attendeeUserId;
    }

    public String getAttendeeName() {
        return attendeeName;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
