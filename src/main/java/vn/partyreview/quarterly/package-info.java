/**
 * HD 43-HD/BTCTW Mẫu 05: a member's self-assessment of each quarter (tasks, results, self-rated level), submitted
 * outside the annual campaign and listed on the year's Mẫu 2A/2B/2C (QĐ 366-QĐ/TW Đ15: quarterly results feed the
 * annual one). Table {@code quarterly_self_assessment} (migration V27), append-only.
 * {@link vn.partyreview.quarterly.QuarterlyAssessments} is the module's entry.
 */
package vn.partyreview.quarterly;
