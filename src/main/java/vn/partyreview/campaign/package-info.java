/**
 * One year's campaign over the subtree of a root organisation: opening it (who may, whether the subtree is ready,
 * its rule set), its deadlines in working days, its schedule and its closing. {@link vn.partyreview.campaign.CampaignService}
 * is the module's entry.
 */
package vn.partyreview.campaign;
