/**
 * Who a campaign reviews and grades, by whom and in what order: its subjects (organisations, collectives, leaders,
 * members), the groups that act on each, the leaders of each level and their titles. Whether a member is graded is
 * asked of the campaign's rule set. {@link vn.partyreview.subjects.CampaignSubjects} is the module's entry.
 */
package vn.partyreview.subjects;
