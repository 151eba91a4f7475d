package vn.partyreview.campaign;

public enum CampaignStatus {
    PLANNED,
    RUNNING,
    CLOSED
}
