/**
 * What a campaign decided and how it went: results per subject, self-grading votes, lateness, rewards and the
 * notifications of results. {@link vn.partyreview.results.CampaignResults} is the module's entry.
 */
package vn.partyreview.results;
