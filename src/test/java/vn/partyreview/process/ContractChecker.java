package vn.partyreview.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.xml.impl.ModelInstanceImpl;
import org.camunda.bpm.model.xml.impl.util.ModelUtil;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks BPMN models and Camunda forms against their {@link ProcessContract}s and lists every violation (empty when
 * all hold): an expression, mapping, collection or condition naming an undeclared variable; a form submitting a key
 * its task does not declare; a form value that could overwrite an input, process-owned or identity variable, in its
 * own model or in any model it flows into through a mapping; {@code variables="all"}.
 */
final class ContractChecker {

    /** Names the engine itself binds in expressions. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task");
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private final Map<String, ProcessContract> contracts = new HashMap<>();
    private final Map<String, JsonNode> formsById;
    private final Set<String> beans;
    private final List<String> violations = new ArrayList<>();
    /** Per process key: variables whose value a user may have written. */
    private final Map<String, Set<String>> userWritten = new HashMap<>();

    ContractChecker(Collection<ProcessContract> contracts, Collection<JsonNode> forms, Set<String> beans) {
        contracts.forEach(contract -> this.contracts.put(contract.processKey(), contract));
        this.formsById = new HashMap<>();
        forms.forEach(form -> formsById.put(form.path("id").asText(), form));
        this.beans = beans;
    }

    List<String> check(Collection<BpmnModelInstance> models) {
        List<Process> processes = models.stream()
                .flatMap(model -> model.getModelElementsByType(Process.class).stream()).toList();
        for (Process process : processes) {
            ProcessContract contract = contracts.get(process.getId());
            if (contract == null) {
                violations.add(process.getId() + ": no contract declares this model");
                continue;
            }
            checkExpressions(process, contract);
            checkUserTasks(process, contract);
            checkCallActivities(process, contract);
            checkLocalVariables(process, contract);
        }
        checkUserWrittenValues(processes);
        return violations;
    }

    private void checkExpressions(Process process, ProcessContract contract) {
        everyExpression(process, (where, expression) -> identifiers(expression).stream()
                .filter(name -> !contract.declares(name) && !beans.contains(name) && !ENGINE_NAMES.contains(name))
                .forEach(name -> violations.add(process.getId() + "." + where + ": \"" + name
                        + "\" is neither declared by the contract nor a bean")));
    }

    private void checkUserTasks(Process process, ProcessContract contract) {
        Set<String> taskIds = new HashSet<>();
        for (UserTask task : all(process, UserTask.class)) {
            taskIds.add(task.getId());
            Set<String> declared = contract.formFields().get(task.getId());
            if (declared == null) {
                violations.add(process.getId() + "." + task.getId() + ": user task not declared by the contract");
                continue;
            }
            declared.stream().filter(contract::isProtected).forEach(field -> violations.add(process.getId() + "."
                    + task.getId() + ": form field \"" + field + "\" could overwrite a variable the process owns"));
            userWritten.computeIfAbsent(process.getId(), key -> new HashSet<>()).addAll(declared);
            checkForm(process, contract, task.getId(), task.getCamundaFormRef(), declared);
        }
        contract.formFields().keySet().stream().filter(id -> !taskIds.contains(id)).forEach(id ->
                violations.add(process.getId() + ": the contract names user task " + id + " the model lacks"));
        for (StartEvent start : all(process, StartEvent.class)) {
            if (start.getCamundaFormRef() != null) {
                checkForm(process, contract, start.getId(), start.getCamundaFormRef(), contract.inputs());
            }
        }
    }

    private void checkForm(Process process, ProcessContract contract, String elementId, String formRef,
                           Set<String> submittable) {
        if (formRef == null) {
            return;
        }
        JsonNode form = formsById.get(formRef);
        if (form == null) {
            violations.add(process.getId() + "." + elementId + ": form " + formRef + " not found");
            return;
        }
        String where = process.getId() + "." + elementId + " (form " + formRef + ")";
        eachComponent(form, component -> {
            String key = component.path("key").asText(null);
            if (key != null && !display(component) && !submittable.contains(key)) {
                violations.add(where + ": key \"" + key + "\" is not a declared form field of this task");
            }
            if (key != null && display(component) && !contract.declares(key)) {
                violations.add(where + ": shows \"" + key + "\" which the contract does not declare");
            }
            String listPath = DYNAMIC_LIST.equals(component.path("type").asText()) ? component.path("path").asText(null)
                    : null;
            if (listPath != null && !contract.declares(listPath)) {
                violations.add(where + ": list \"" + listPath + "\" is not declared");
            }
            String valuesKey = component.path("valuesKey").asText(null);
            if (valuesKey != null && !contract.declares(valuesKey)) {
                violations.add(where + ": valuesKey \"" + valuesKey + "\" is not declared");
            }
        });
    }

    private void checkCallActivities(Process process, ProcessContract caller) {
        for (CallActivity call : all(process, CallActivity.class)) {
            String where = process.getId() + "." + call.getId();
            ProcessContract callee = contracts.get(call.getCalledElement());
            if (callee == null) {
                violations.add(where + ": calls " + call.getCalledElement() + " which has no contract");
                continue;
            }
            for (CamundaIn in : all(call, CamundaIn.class)) {
                if (in.getCamundaVariables() != null) {
                    violations.add(where + ": camunda:in variables=\"" + in.getCamundaVariables()
                            + "\" passes variables no contract names");
                    continue;
                }
                if (in.getCamundaSource() != null && !caller.declares(in.getCamundaSource())) {
                    violations.add(where + ": maps undeclared \"" + in.getCamundaSource() + "\"");
                }
                if (in.getCamundaTarget() != null && !callee.inputs().contains(in.getCamundaTarget())
                        && !callee.shown().contains(in.getCamundaTarget())
                        && !ProcessContract.IDENTITY.contains(in.getCamundaTarget())) {
                    violations.add(where + ": \"" + in.getCamundaTarget() + "\" is not an input of "
                            + callee.processKey());
                }
            }
            for (CamundaOut out : all(call, CamundaOut.class)) {
                if (out.getCamundaVariables() != null) {
                    violations.add(where + ": camunda:out variables=\"" + out.getCamundaVariables()
                            + "\" passes variables no contract names");
                    continue;
                }
                if (out.getCamundaSource() != null && !callee.outputs().contains(out.getCamundaSource())) {
                    violations.add(where + ": \"" + out.getCamundaSource() + "\" is not an output of "
                            + callee.processKey());
                }
                if (out.getCamundaTarget() != null && !caller.declares(out.getCamundaTarget())) {
                    violations.add(where + ": maps out to undeclared \"" + out.getCamundaTarget() + "\"");
                }
            }
        }
    }

    /** Element variables of multi-instance activities and input/output parameters are variables too. */
    private void checkLocalVariables(Process process, ProcessContract contract) {
        List<String> names = new ArrayList<>();
        all(process, MultiInstanceLoopCharacteristics.class).forEach(loop -> {
            names.add(loop.getCamundaElementVariable());
            String collection = loop.getCamundaCollection();
            if (collection != null && !collection.contains("{")) {
                names.add(collection);
            }
        });
        all(process, CamundaInputParameter.class).forEach(parameter -> names.add(parameter.getCamundaName()));
        all(process, CamundaOutputParameter.class).forEach(parameter -> names.add(parameter.getCamundaName()));
        names.stream().filter(name -> name != null && !contract.declares(name)).forEach(name ->
                violations.add(process.getId() + ": local variable \"" + name + "\" is not declared"));
    }

    /**
     * Follows every value a user may have written through the mappings (in: caller to callee, out: callee to
     * caller) until nothing changes; none may land on an input, process-owned or identity variable.
     */
    private void checkUserWrittenValues(List<Process> processes) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Process process : processes) {
                Set<String> callerWritten = userWritten.computeIfAbsent(process.getId(), key -> new HashSet<>());
                for (CallActivity call : all(process, CallActivity.class)) {
                    Set<String> calleeWritten = userWritten.computeIfAbsent(call.getCalledElement(),
                            key -> new HashSet<>());
                    for (CamundaIn in : all(call, CamundaIn.class)) {
                        if (carries(in.getCamundaSource(), in.getCamundaSourceExpression(), callerWritten)
                                && in.getCamundaTarget() != null) {
                            changed |= calleeWritten.add(in.getCamundaTarget());
                        }
                    }
                    for (CamundaOut out : all(call, CamundaOut.class)) {
                        if (carries(out.getCamundaSource(), out.getCamundaSourceExpression(), calleeWritten)
                                && out.getCamundaTarget() != null) {
                            changed |= callerWritten.add(out.getCamundaTarget());
                        }
                    }
                }
            }
        }
        userWritten.forEach((processKey, written) -> {
            ProcessContract contract = contracts.get(processKey);
            if (contract != null) {
                written.stream().filter(contract::isProtected).sorted().forEach(name -> {
                    String violation = processKey + ": \"" + name + "\" may carry a user's value but the process "
                            + "owns it (or takes it as input)";
                    if (!violations.contains(violation)) {
                        violations.add(violation);
                    }
                });
            }
        });
    }

    private static boolean carries(String source, String sourceExpression, Set<String> written) {
        return (source != null && written.contains(source))
                || (sourceExpression != null && identifiers(sourceExpression).stream().anyMatch(written::contains));
    }

    private static final String DYNAMIC_LIST = "dynamiclist";

    private static boolean display(JsonNode component) {
        return component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
    }

    /** Components and their children, but not the rows of a dynamic list: their keys name a row's fields. */
    private static void eachComponent(JsonNode container, Consumer<JsonNode> action) {
        for (JsonNode component : container.path("components")) {
            action.accept(component);
            if (!DYNAMIC_LIST.equals(component.path("type").asText())) {
                eachComponent(component, action);
            }
        }
    }

    /** Every attribute and text of the process (diagram excluded) that holds an expression. */
    private static void everyExpression(Process process, ExpressionVisitor visitor) {
        Element root = processElement(process);
        visit(root, visitor);
    }

    private static void visit(Element element, ExpressionVisitor visitor) {
        String where = element.hasAttribute("id") ? element.getAttribute("id") : element.getLocalName();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (isExpression(attribute.getValue())) {
                visitor.visit(where + "@" + attribute.getLocalName(), attribute.getValue());
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element childElement) {
                visit(childElement, visitor);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (isExpression(child.getNodeValue())) {
                    visitor.visit(where, child.getNodeValue().strip());
                }
            }
        }
    }

    private static Element processElement(Process process) {
        String xml = Bpmn.convertToString((BpmnModelInstance) process.getModelInstance());
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList found = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getElementsByTagNameNS(BPMN_NS, "process");
            for (int i = 0; i < found.getLength(); i++) {
                Element element = (Element) found.item(i);
                if (element.getAttribute("id").equals(process.getId())) {
                    return element;
                }
            }
            throw new IllegalStateException("Process " + process.getId() + " not found in its own model");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The top-level names an expression reads (beans or variables), not the properties or methods called on them. */
    static Set<String> identifiers(String expression) {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (IdentifierNode node : new Builder(Builder.Feature.METHOD_INVOCATIONS).build(expression).getIdentifierNodes()) {
                names.add(node.getName());
            }
        } catch (TreeBuilderException e) {
            throw new IllegalArgumentException("Not an expression: " + expression, e);
        }
        return names;
    }

    /** Every element of the given type inside {@code scope}, at any depth (subprocesses, extension elements). */
    private static <T extends ModelElementInstance> List<T> all(ModelElementInstance scope, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (DomElement child : scope.getDomElement().getChildElements()) {
            ModelElementInstance instance = ModelUtil.getModelElement(child,
                    (ModelInstanceImpl) scope.getModelInstance());
            if (type.isInstance(instance)) {
                found.add(type.cast(instance));
            }
            found.addAll(all(instance, type));
        }
        return found;
    }

    @FunctionalInterface
    private interface ExpressionVisitor {
        void visit(String where, String expression);
    }
}
