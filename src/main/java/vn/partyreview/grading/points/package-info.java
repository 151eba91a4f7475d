/**
 * Scoring sheets as data (issue 13, SPEC §15): the items of QĐ 366's appendices and of the ward plan's Biểu 1–5, set
 * per committee and imported like the organisation tree, which sheet applies to a subject, and a self-scoring judged
 * on its sheet with the totals computed here. Other modules use this package as the named interface "points".
 */
@NamedInterface("points")
package vn.partyreview.grading.points;

import org.springframework.modulith.NamedInterface;
