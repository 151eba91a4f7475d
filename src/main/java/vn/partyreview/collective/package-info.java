/**
 * Leadership collectives (SPEC §14): their kinds, heads and members as imported.
 * {@link vn.partyreview.collective.LeadershipCollectiveRepository} is the module's entry.
 */
package vn.partyreview.collective;
