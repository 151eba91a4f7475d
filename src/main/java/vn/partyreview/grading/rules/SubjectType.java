package vn.partyreview.grading.rules;

public enum SubjectType {
    MEMBER,
    PARTY_ORGANIZATION,
    LEADERSHIP_COLLECTIVE,
    LEADER
}
