/**
 * The organisation tree, the bodies of each level and the tenant of each organisation.
 * {@link vn.partyreview.organization.OrganizationRepository} is the module's entry.
 */
package vn.partyreview.organization;
