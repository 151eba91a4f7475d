/**
 * The documents of an organisation's dossier (SPEC §13, plan [P C.2.7]): Mẫu 01, Mẫu 02 with its back page, the
 * residence comment, the results summary, the list of members who did not complete their tasks ({@code KHTNV}) and
 * the leaders' summary, under QĐ 132 each organisation's self-scoring Biểu, each as DOCX (Apache POI) and PDF
 * (openhtmltopdf on Apache PDFBox, DejaVu Serif embedded), the results workbook (XLSX) and the whole dossier as one
 * ZIP. Campaigns under QĐ 366 get HD 43's forms instead ({@link vn.partyreview.documents.Hd43Templates}): Mẫu 01
 * with part B, Mẫu 2A/2B/2C (kind {@code MAU_02}), Mẫu 03, Mẫu 04, Mẫu 05, the points item by item on the sheet the
 * subject scored. Each is laid out from one
 * {@link vn.partyreview.documents.OfficialDocument} after the official template and filled from the year's record
 * ({@code record}), the self-scorings ({@code grading}) and the results ({@code campaign}).
 * {@link vn.partyreview.documents.DossierDocuments} is the module's entry. The dossier a committee's office sends up
 * ({@code Task_SendDossier}) is made then and stored as sent (table {@code dossier_sending}); the superior's office
 * receives it in {@code Task_ReceiveDossier}.
 */
package vn.partyreview.documents;
