/**
 * The review along the tree (SPEC §14): the models from {@code partyOrganization} down to {@code partyMember}, their
 * contracts and delegates, Mẫu 01/02 and their points, meetings and their schedule, opinions and reported results.
 * {@link vn.partyreview.review.ReviewRecords} is the module's entry.
 */
package vn.partyreview.review;
