package vn.partyreview.campaign;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.MonthDay;

/** The five deadlines of a campaign (SPEC §4); defaults are the district plan's [H III]. */
@Embeddable
public class CampaignDeadlines {

    static final MonthDay REGISTRATION = MonthDay.of(11, 25);
    static final MonthDay LOWER_LEVEL = MonthDay.of(12, 15);
    static final MonthDay BASIC_LEVEL = MonthDay.of(12, 20);
    static final MonthDay DOSSIER = MonthDay.of(12, 23);
    static final MonthDay DECISION = MonthDay.of(12, 25);

    /** Basic organisations register their review schedule with the district. */
    private LocalDate registrationDeadline;
    /** Organisations and members under basic committees finished. */
    private LocalDate lowerLevelDeadline;
    /** Basic committees and cells, collectives and leaders finished; bodies report. */
    private LocalDate basicLevelDeadline;
    /** Basic organisations send results and dossiers. */
    private LocalDate dossierDeadline;
    /** Organising committee's appraisal done and the standing committee decides. */
    private LocalDate decisionDeadline;

    protected CampaignDeadlines() {
    }

    public CampaignDeadlines(LocalDate registration, LocalDate lowerLevel, LocalDate basicLevel, LocalDate dossier,
                             LocalDate decision) {
        this.registrationDeadline = registration;
        this.lowerLevelDeadline = lowerLevel;
        this.basicLevelDeadline = basicLevel;
        this.dossierDeadline = dossier;
        this.decisionDeadline = decision;
    }

    public static CampaignDeadlines districtPlanDefaults(int year) {
        return new CampaignDeadlines(REGISTRATION.atYear(year), LOWER_LEVEL.atYear(year), BASIC_LEVEL.atYear(year),
                DOSSIER.atYear(year), DECISION.atYear(year));
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public LocalDate getLowerLevelDeadline() {
        return lowerLevelDeadline;
    }

    public LocalDate getBasicLevelDeadline() {
        return basicLevelDeadline;
    }

    public LocalDate getDossierDeadline() {
        return dossierDeadline;
    }

    public LocalDate getDecisionDeadline() {
        return decisionDeadline;
    }
}
