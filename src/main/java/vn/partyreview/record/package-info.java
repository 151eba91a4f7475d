/**
 * The year's record (SPEC §7, issue 11): the content of every form an official completes in a campaign (Mẫu 01,
 * Mẫu 02 and its back page, the residence comment, opinions, proposals, meeting records, appraisals, ...) kept in
 * the application's table {@code form_record}, one row per completed task: campaign, subject, the form's id as
 * kind, the submitted fields with the labels the form showed, who completed it and when. It is independent of
 * the engine's history, which is removed after the models' time to live. {@link vn.partyreview.record.FormRecords}
 * is the module's entry. The secret ballot's sheets are never recorded (SPEC §6).
 */
package vn.partyreview.record;
