/**
 * The guard in front of the engine APIs (SPEC §10 I1, I2, I5): form-bound submissions validated against their form,
 * no other writes for non-administrators. {@link vn.partyreview.integrity.SubmissionRule} is the module's entry.
 */
package vn.partyreview.integrity;
