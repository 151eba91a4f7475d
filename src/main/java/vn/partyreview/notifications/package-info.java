/**
 * The notices a subject's holders read in the application (results, meeting schedules), with their own page.
 * {@link vn.partyreview.notifications.ResultNotificationRepository} is the module's entry.
 */
package vn.partyreview.notifications;
