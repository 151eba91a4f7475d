package vn.partyreview.identity;

import java.util.Map;
import java.util.Optional;

/**
 * The organisation a process started at the top works on, when its start variables name it only through the
 * records (a re-grading names a campaign's subject): its instance then lives in that organisation's tenant. The
 * module owning the process declares one as a bean.
 */
public interface ProcessOrganization {

    String processKey();

    /** Empty when the start variables name nothing in the records. */
    Optional<String> organizationOf(Map<String, Object> startVariables);
}
