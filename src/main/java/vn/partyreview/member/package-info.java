/**
 * Party members and the posts they hold, as imported.
 * {@link vn.partyreview.member.PartyMemberRepository} is the module's entry.
 */
package vn.partyreview.member;
