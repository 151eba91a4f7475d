package vn.partyreview.campaign;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The six deadlines of a campaign (SPEC §4), entered when it is opened; defaults are the district plan's [H III], the
 * ward plan's 04/12, 05/12 and 10/12 [P C.1] can be entered instead.
 */
@Embeddable
public class CampaignDeadlines {

    static final MonthDay REGISTRATION = MonthDay.of(11, 25);
    static final MonthDay LOWER_LEVEL = MonthDay.of(12, 15);
    static final MonthDay REPORTS = MonthDay.of(12, 20);
    static final MonthDay BASIC_LEVEL = MonthDay.of(12, 20);
    static final MonthDay DOSSIER = MonthDay.of(12, 23);
    static final MonthDay DECISION = MonthDay.of(12, 25);
    /** HD 43-HD/BTCTW: finished before 31/12; the steps before keep the district plan's order and spacing. */
    static final MonthDay HD43_BASIC_LEVEL = MonthDay.of(12, 22);
    static final MonthDay HD43_DOSSIER = MonthDay.of(12, 26);
    static final MonthDay HD43_DECISION = MonthDay.of(12, 30);

    /** Basic organisations and cells register their review schedule with their superior. */
    private LocalDate registrationDeadline;
    /** Organisations and members under basic committees finished. */
    private LocalDate lowerLevelDeadline;
    /** UBND, MTTQ and the mass organisations report their own results. */
    private LocalDate reportsDeadline;
    /** Basic committees and cells, collectives and leaders finished. */
    private LocalDate basicLevelDeadline;
    /** Basic organisations send results and dossiers. */
    private LocalDate dossierDeadline;
    /** Organising committee's appraisal done and the standing committee decides. */
    private LocalDate decisionDeadline;

    protected CampaignDeadlines() {
    }

    public CampaignDeadlines(LocalDate registration, LocalDate lowerLevel, LocalDate reports, LocalDate basicLevel,
                             LocalDate dossier, LocalDate decision) {
        this.registrationDeadline = registration;
        this.lowerLevelDeadline = lowerLevel;
        this.reportsDeadline = reports;
        this.basicLevelDeadline = basicLevel;
        this.dossierDeadline = dossier;
        this.decisionDeadline = decision;
    }

    public static CampaignDeadlines districtPlanDefaults(int year) {
        return new CampaignDeadlines(REGISTRATION.atYear(year), LOWER_LEVEL.atYear(year), REPORTS.atYear(year),
                BASIC_LEVEL.atYear(year), DOSSIER.atYear(year), DECISION.atYear(year));
    }

    /** The defaults of a QĐ 366 campaign (HD 43-HD/BTCTW): the decision on 30/12, before the year ends. */
    public static CampaignDeadlines hd43Defaults(int year) {
        return new CampaignDeadlines(REGISTRATION.atYear(year), LOWER_LEVEL.atYear(year), REPORTS.atYear(year),
                HD43_BASIC_LEVEL.atYear(year), HD43_DOSSIER.atYear(year), HD43_DECISION.atYear(year));
    }

    /** The deadlines by the start form's field, in the order they fall due. */
    Map<String, LocalDate> byField() {
        Map<String, LocalDate> fields = new LinkedHashMap<>();
        Deadline.ALL.forEach(deadline -> fields.put(deadline.field(), deadline.of(this)));
        return fields;
    }

    /** Each deadline entered, the fallback's where left blank. */
    static CampaignDeadlines entered(Map<String, LocalDate> entered, CampaignDeadlines fallback) {
        Function<Deadline, LocalDate> pick = deadline -> entered.get(deadline.field()) != null
                ? entered.get(deadline.field()) : deadline.of(fallback);
        return new CampaignDeadlines(pick.apply(Deadline.REGISTRATION), pick.apply(Deadline.LOWER_LEVEL),
                pick.apply(Deadline.REPORTS), pick.apply(Deadline.BASIC_LEVEL), pick.apply(Deadline.DOSSIER),
                pick.apply(Deadline.DECISION));
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public LocalDate getLowerLevelDeadline() {
        return lowerLevelDeadline;
    }

    public LocalDate getReportsDeadline() {
        return reportsDeadline;
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
