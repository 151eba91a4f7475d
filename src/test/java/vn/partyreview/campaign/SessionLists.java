package vn.partyreview.campaign;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** Stands in for the bean {@code decisionBodies} in plain-engine tests: a session over one subject. */
public class SessionLists {

    public TypedValue only(String subjectId) {
        return Variables.objectValue(new ArrayList<>(List.of(subjectId)))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
