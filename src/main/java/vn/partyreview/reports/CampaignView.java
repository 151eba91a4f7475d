package vn.partyreview.reports;

import vn.partyreview.campaign.Campaign;

/** A campaign as the pages name it: "Năm 2026 — Đảng bộ phường Giang Biên", its state and dossier deadline. */
record CampaignView(long id, int year, String rootCode, String rootName, String status, String dossierDeadline,
                    String decisionDeadline) {

    static CampaignView of(Campaign campaign, Labels labels) {
        return new CampaignView(campaign.getId(), campaign.getYear(), campaign.getRootOrganization().getCode(),
                campaign.getRootOrganization().getName(), labels.campaignStatus(campaign.getStatus()),
                labels.date(campaign.getDeadlines().getDossierDeadline()),
                labels.date(campaign.getDeadlines().getDecisionDeadline()));
    }

    public String title() {
        return "Năm " + year + " — " + rootName;
    }
}
