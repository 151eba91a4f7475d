package vn.partyreview.campaign;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.ROOT_ORG_CODE;

import vn.partyreview.process.ProcessContract;

/** The contract of {@code processes/campaign.bpmn}: one campaign over a root organisation's tree. */
public final class CampaignProcess {

    public static final String PROCESS_KEY = "campaign";
    /** Start form: the year graded. */
    public static final String YEAR = "year";
    /** The start form: year, root organisation and the deadlines ({@link Deadline}), blank ones defaulted. */
    public static final String START_FORM = "campaign-start";
    /** The campaign's rule set, shown in Cockpit; decisions read it from the campaign record. */
    public static final String RULE_SET = "ruleSet";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(YEAR, ROOT_ORG_CODE)
            .inputs(Deadline.ALL.stream().map(Deadline::field).toArray(String[]::new))
            .owned(CAMPAIGN_ID, RULE_SET)
            .build();

    private CampaignProcess() {
    }
}
