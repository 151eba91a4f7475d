/**
 * Facts the grading standards use (discipline, degradation, leave, monthly civil-servant ratings, targets met,
 * comments of other cells), recorded per campaign and subject by the role that knows them, with who and when.
 * {@link vn.partyreview.facts.SubjectFacts} is the module's entry: record a fact, read a subject's current facts
 * and their history. Which facts feed the grading API is decided by {@link vn.partyreview.facts.FactNames}.
 */
package vn.partyreview.facts;
