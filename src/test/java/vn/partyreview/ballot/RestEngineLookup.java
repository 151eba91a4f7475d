package vn.partyreview.ballot;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * Works around a clash on the test classpath (it also fails TaskVisibilityTest on the base commit): the REST API
 * looks engines up through {@link ProcessEngines}, whose first use builds a second engine "default" from the process
 * unit tests' {@code camunda.cfg.xml} and registers it over the application's engine, so every HTTP Basic login
 * fails. Initialising the registry first and registering the application's engine again keeps REST on the right one.
 */
final class RestEngineLookup {

    private RestEngineLookup() {
    }

    static synchronized void useApplicationEngine(ProcessEngine engine) {
        ProcessEngines.init(); // a no-op once done
        ProcessEngines.registerProcessEngine(engine);
    }

}
