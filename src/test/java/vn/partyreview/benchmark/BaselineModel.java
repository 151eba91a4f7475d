package vn.partyreview.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.CallActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.ParallelGatewayBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bare model of the same shape as the campaigns just run, read from their history: every (process, depth) of the
 * campaigns' instance trees (the decision sessions hang under the root) becomes one generated process with, per
 * instance on average, as many async continuations (empty events), the same user tasks in sequence (a task
 * completed n times per instance becomes a parallel multi-instance of n), then its called processes as parallel
 * multi-instance call activities of the same cardinality. No listener, expression, form or variable.
 */
final class BaselineModel {

    static final String GROUP = "bl-officials";

    /** One generated process: continuations, user tasks (id to cardinality), called nodes (node to cardinality). */
    private record Shape(int instances, int jobs, Map<String, Integer> tasks, Map<String, Integer> calls) {
    }

    private final Map<String, Shape> shapes;
    private final String root;

    private BaselineModel(Map<String, Shape> shapes, String root) {
        this.shapes = shapes;
        this.root = root;
    }

    /** The shape of every process instance in the database: the campaigns' trees and their decision sessions. */
    static BaselineModel of(JdbcTemplate jdbc, String campaignKey) {
        Map<String, String> superOf = new HashMap<>();
        Map<String, String> keyOf = new HashMap<>();
        jdbc.query("select id_, super_process_instance_id_, proc_def_key_ from act_hi_procinst", row -> {
            superOf.put(row.getString(1), row.getString(2));
            keyOf.put(row.getString(1), row.getString(3));
        });
        String campaignRoot = campaignKey + "-0";
        Map<String, String> nodeOf = new HashMap<>();
        keyOf.keySet().forEach(id -> nodeOf.put(id, node(id, superOf, keyOf)));

        Map<String, Integer> instances = new TreeMap<>();
        Map<String, Integer> jobs = new HashMap<>();
        Map<String, Map<String, Integer>> tasks = new HashMap<>();
        Map<String, Map<String, Integer>> calls = new HashMap<>();
        nodeOf.forEach((id, node) -> {
            instances.merge(node, 1, Integer::sum);
            String parent = superOf.get(id) != null ? nodeOf.get(superOf.get(id))
                    : node.equals(campaignRoot) ? null : campaignRoot;
            if (parent != null) {
                calls.computeIfAbsent(parent, n -> new TreeMap<>()).merge(node, 1, Integer::sum);
            }
        });
        jdbc.query("select proc_inst_id_, task_def_key_, count(*) from act_hi_taskinst group by proc_inst_id_,"
                + " task_def_key_", row -> {
                    String node = nodeOf.get(row.getString(1));
                    if (node != null) {
                        tasks.computeIfAbsent(node, n -> new LinkedHashMap<>()).merge(row.getString(2),
                                row.getInt(3), Integer::sum);
                    }
                });
        jdbc.query("select process_instance_id_, count(*) from act_hi_job_log where job_state_ = 0 and job_def_type_"
                + " in ('async-continuation', 'message') group by process_instance_id_", row -> {
                    String node = nodeOf.get(row.getString(1));
                    if (node != null) {
                        jobs.merge(node, row.getInt(2), Integer::sum);
                    }
                });
        Map<String, Shape> shapes = new LinkedHashMap<>();
        instances.forEach((node, count) -> shapes.put(node, new Shape(count, perInstance(jobs.getOrDefault(node, 0),
                count), perInstance(tasks.getOrDefault(node, Map.of()), count),
                perInstance(calls.getOrDefault(node, Map.of()), count))));
        return new BaselineModel(shapes, campaignRoot);
    }

    /** How many campaigns ran: as many baseline roots are started. */
    int roots() {
        return shapes.get(root).instances();
    }

    List<BpmnModelInstance> models() {
        List<BpmnModelInstance> models = new ArrayList<>();
        shapes.forEach((node, shape) -> models.add(model(node, shape)));
        return models;
    }

    String rootKey() {
        return key(root);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        shapes.forEach((node, shape) -> text.append(node).append(" x").append(shape.instances()).append(": jobs ")
                .append(shape.jobs()).append(", tasks ").append(shape.tasks()).append(", calls ")
                .append(shape.calls()).append('\n'));
        return text.toString();
    }

    private BpmnModelInstance model(String node, Shape shape) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key(node)).camundaHistoryTimeToLive(180)
                .startEvent();
        for (int job = 0; job < shape.jobs(); job++) {
            flow = flow.intermediateThrowEvent("Job_" + job).camundaAsyncBefore();
        }
        for (Map.Entry<String, Integer> task : shape.tasks().entrySet()) {
            UserTaskBuilder userTask = flow.userTask(task.getKey()).camundaCandidateGroups(GROUP);
            flow = task.getValue() > 1 ? multiInstance(userTask, task.getValue()) : userTask;
        }
        List<Map.Entry<String, Integer>> calls = List.copyOf(shape.calls().entrySet());
        if (calls.size() > 1) {
            ParallelGatewayBuilder fork = flow.parallelGateway("Fork");
            for (int i = 0; i < calls.size(); i++) {
                AbstractFlowNodeBuilder<?, ?> branch = call(i == 0 ? fork : flow.moveToNode("Fork"), i, calls.get(i));
                flow = i == 0 ? branch.parallelGateway("Join") : branch.connectTo("Join");
            }
            flow = flow.moveToNode("Join");
        } else if (calls.size() == 1) {
            flow = call(flow, 0, calls.get(0));
        }
        return flow.endEvent().done();
    }

    private static AbstractFlowNodeBuilder<?, ?> call(AbstractFlowNodeBuilder<?, ?> flow, int index,
                                                      Map.Entry<String, Integer> called) {
        CallActivityBuilder call = flow.callActivity("Call_" + index).calledElement(key(called.getKey()));
        return called.getValue() > 1 ? multiInstance(call, called.getValue()) : call;
    }

    private static AbstractFlowNodeBuilder<?, ?> multiInstance(AbstractActivityBuilder<?, ?> activity, int times) {
        activity.multiInstance().parallel().cardinality(String.valueOf(times));
        return activity;
    }

    private static String node(String id, Map<String, String> superOf, Map<String, String> keyOf) {
        int depth = 0;
        for (String at = superOf.get(id); at != null; at = superOf.get(at)) {
            depth++;
        }
        return keyOf.get(id) + "-" + depth;
    }

    private static String key(String node) {
        return "bl-" + node;
    }

    private static int perInstance(int total, int instances) {
        return Math.round(total / (float) instances);
    }

    private static Map<String, Integer> perInstance(Map<String, Integer> totals, int instances) {
        Map<String, Integer> average = new LinkedHashMap<>();
        totals.forEach((name, total) -> {
            if (perInstance(total, instances) > 0) {
                average.put(name, perInstance(total, instances));
            }
        });
        return average;
    }
}
