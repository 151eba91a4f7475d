package vn.partyreview.quarterly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.partyreview.grading.rules.Level;

/** One submission of Mẫu 05: a member's quarter as she assessed it, who submitted it and when. */
@Entity
@Table(name = "quarterly_self_assessment")
class QuarterlyAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_code", nullable = false)
    private String memberCode;

    @Column(name = "assessment_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int quarter;

    @Column(nullable = false, length = 4000)
    private String tasks;

    @Column(nullable = false, length = 4000)
    private String results;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_level", nullable = false)
    private Level selfLevel;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected QuarterlyAssessment() {
    }

    QuarterlyAssessment(String memberCode, int year, int quarter, String tasks, String results, Level selfLevel,
                        String submittedBy, Instant submittedAt) {
        this.memberCode = memberCode;
        this.year = year;
        this.quarter = quarter;
        this.tasks = tasks;
        this.results = results;
        this.selfLevel = selfLevel;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    QuarterlyAssessments.Quarter view() {
        return new QuarterlyAssessments.Quarter(memberCode, year, quarter, tasks, results, selfLevel,
                selfLevel.label(), submittedBy, submittedAt);
    }

    Long getId() {
        return id;
    }

    int getQuarter() {
        return quarter;
    }
}
