/**
 * Camunda users and groups, authorizations, security filters and tenants by subtree (SPEC I4).
 * {@link vn.partyreview.identity.GroupRole} is the module's entry.
 */
package vn.partyreview.identity;
