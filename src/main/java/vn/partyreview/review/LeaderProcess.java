package vn.partyreview.review;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.LEADER_CODE;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import vn.partyreview.process.ProcessContract;

/**
 * The contract of {@code processes/leader.bpmn}: one leader of a level, reviewed already ({@code leaderReview}), decided
 * after the unit he heads by the body that manages his title; when that body is above the root, outside the system,
 * his result is sent up instead ({@code assignments.leaderDecidedInSystem}).
 */
public final class LeaderProcess {

    public static final String PROCESS_KEY = "leader";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, LEADER_CODE)
            .build();

    private LeaderProcess() {
    }
}
