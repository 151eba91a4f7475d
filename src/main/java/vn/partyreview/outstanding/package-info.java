/**
 * The outstanding mark of QĐ 366-QĐ/TW Đ11 from Tasklist: the competent body starts
 * {@code processes/outstanding-mark.bpmn} (contract {@link vn.partyreview.outstanding.OutstandingMarkProcess}) to
 * mark a basic organisation outstanding, so that up to 25% of its members may be decided HTXSNV. The rules and the
 * recorded fact are {@link vn.partyreview.decision.OutstandingOrganizations}', shared with the REST call.
 * {@link vn.partyreview.outstanding.OutstandingMarks} is the module's entry.
 */
package vn.partyreview.outstanding;
