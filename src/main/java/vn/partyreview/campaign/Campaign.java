package vn.partyreview.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import vn.partyreview.organization.Organization;

/** One year's review and grading campaign (đợt kiểm điểm) over the subtree of a root organisation. */
@Entity
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "root_organization_id")
    private Organization rootOrganization;

    @Column(nullable = false)
    private String ruleSetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status;

    @Embedded
    private CampaignDeadlines deadlines;

    @Column(nullable = false)
    private Instant createdAt;

    protected Campaign() {
    }

    public Campaign(int year, Organization rootOrganization, String ruleSetId, CampaignDeadlines deadlines) {
        this.year = year;
        this.rootOrganization = rootOrganization;
        this.ruleSetId = ruleSetId;
        this.deadlines = deadlines;
        this.status = CampaignStatus.PLANNED;
        this.createdAt = Instant.now();
    }

    public void start() {
        status = CampaignStatus.RUNNING;
    }

    public void close() {
        status = CampaignStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Organization getRootOrganization() {
        return rootOrganization;
    }

    public String getRuleSetId() {
        return ruleSetId;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public CampaignDeadlines getDeadlines() {
        return deadlines;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
