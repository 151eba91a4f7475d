package vn.partyreview.campaign;

import java.time.LocalDate;

/** One campaign as {@code GET /api/campaigns} lists it (SPEC §12). */
public record CampaignSummary(long id, int year, String rootOrgCode, String rootOrgName, String ruleSet,
                              CampaignStatus status, Deadlines deadlines) {

    /** The campaign's six deadlines (SPEC §4), ISO dates; {@code reports}: the non-party bodies' results. */
    public record Deadlines(LocalDate registration, LocalDate lowerLevel, LocalDate reports, LocalDate basicLevel,
                            LocalDate dossier, LocalDate decision) {
    }

    static CampaignSummary of(Campaign campaign) {
        CampaignDeadlines deadlines = campaign.getDeadlines();
        return new CampaignSummary(campaign.getId(), campaign.getYear(), campaign.getRootOrganization().getCode(),
                campaign.getRootOrganization().getName(), campaign.getRuleSetId(), campaign.getStatus(),
                new Deadlines(deadlines.getRegistrationDeadline(), deadlines.getLowerLevelDeadline(),
                        deadlines.getReportsDeadline(), deadlines.getBasicLevelDeadline(), deadlines.getDossierDeadline(),
                        deadlines.getDecisionDeadline()));
    }
}
