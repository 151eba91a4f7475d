/**
 * The results and progress pages under {@code /reports/} (SPEC §13), server-rendered in Vietnamese with Thymeleaf:
 * the campaigns a caller follows, each organisation's progress (stage reached in the engine, late stages from the
 * lateness records), level distributions as Chart.js charts, a subject's results over the years, subjects holding
 * equivalent positions side by side, an organisation's published results for its members and links to the
 * dossier's documents. Every row is shown only to the leading bodies and supervisors of its organisation or above
 * ({@code campaign/CampaignReaders}); a member sees her own history and her cell's published results. Ballot sheets
 * and votes never appear. {@link vn.partyreview.reports.ReportsController} is the module's entry.
 */
package vn.partyreview.reports;
