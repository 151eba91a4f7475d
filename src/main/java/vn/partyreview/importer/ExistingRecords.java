package vn.partyreview.importer;

import java.util.Map;
import java.util.Set;
import vn.partyreview.member.PartyMember;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.PartyBody;

/**
 * What the database already holds of the codes and user ids a file mentions: for the checks, and for the writer to
 * link new records to existing ones in the same transaction.
 */
record ExistingRecords(Map<String, Organization> organizations, Map<String, PartyBody> bodies,
                       Map<String, PartyMember> members, Set<String> userIds, Set<String> collectiveCodes) {
}
