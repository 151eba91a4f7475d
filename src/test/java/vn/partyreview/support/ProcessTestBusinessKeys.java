package vn.partyreview.support;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.test.mock.Mocks;
import vn.partyreview.campaign.BusinessKeys;

/** {@code ${businessKeys...}} for process tests without a database: a subject's key is its code, tagged by kind. */
public final class ProcessTestBusinessKeys {

    private ProcessTestBusinessKeys() {
    }

    public static void register() {
        BusinessKeys keys = mock(BusinessKeys.class);
        when(keys.organization(anyString())).thenAnswer(call -> "org " + call.getArgument(0));
        when(keys.member(anyString())).thenAnswer(call -> "member " + call.getArgument(0));
        when(keys.collective(anyString())).thenAnswer(call -> "collective " + call.getArgument(0));
        Mocks.register("businessKeys", keys);
    }
}
