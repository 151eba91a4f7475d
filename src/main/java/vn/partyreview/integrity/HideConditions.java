package vn.partyreview.integrity;

import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Evaluates a field's {@code conditional.hide} ({@code "=not(civilServant)"}) with the FEEL engine Camunda ships,
 * as form-js does in the browser: the field is hidden only when the expression yields {@code true}; an expression
 * that fails to evaluate leaves it shown.
 */
final class HideConditions {

    private final FeelEngine feel;

    HideConditions() {
        this(new ScalaFeelEngineFactory().createInstance());
    }

    HideConditions(FeelEngine feel) {
        this.feel = feel;
    }

    boolean hides(String condition, Map<String, Object> data) {
        if (condition == null || !condition.startsWith("=")) {
            return false;
        }
        try {
            Object result = feel.evaluateSimpleExpression(condition.substring(1),
                    Variables.fromMap(data).asVariableContext());
            return Boolean.TRUE.equals(result);
        } catch (RuntimeException unevaluable) {
            return false;
        }
    }
}
