package vn.partyreview.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * Lists for multi-instance collections, stored as JSON: Java serialisation of variables is off since 7.20, and JSON
 * stays readable in Cockpit.
 */
public final class ProcessLists {

    private ProcessLists() {
    }

    public static ObjectValue of(List<String> values) {
        return Variables.objectValue(new ArrayList<>(values))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .create();
    }
}
