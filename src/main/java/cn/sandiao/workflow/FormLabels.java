package cn.sandiao.workflow;

import cn.sandiao.common.FieldProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Chinese label a user sees by each field of our Camunda Forms, to name the field in a refusal. A label used
 * twice in one form (姓名或名称 of 申请人 and of 被申请人) is named with its group: 申请人姓名或名称. A refusal of
 * the registration's rules names the request's path ({@code parties[0].idNumber}); it is the form's
 * {@code applicantIdNumber}, as the start form passes the applicant first.
 */
@Component
public class FormLabels {

    private static final Pattern PARTY = Pattern.compile("^parties\\[(\\d+)](?:\\.(\\w+))?$");
    private static final Pattern PETITIONER = Pattern.compile("^petitioners\\[\\d+](?:\\.(\\w+))?$");
    private static final String[] PARTY_PREFIXES = {"applicant", "respondent"};

    private final Map<String, Label> labels = new HashMap<>();

    FormLabels(ObjectMapper json) {
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    read(json.readTree(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form field a refusal is about, by its key in the form. */
    public String formKey(String field) {
        Matcher party = PARTY.matcher(field);
        if (party.matches()) {
            int index = Integer.parseInt(party.group(1));
            String prefix = index < PARTY_PREFIXES.length ? PARTY_PREFIXES[index] : PARTY_PREFIXES[1];
            String name = party.group(2) == null ? "name" : party.group(2);
            return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        Matcher petitioner = PETITIONER.matcher(field);
        if (petitioner.matches()) {
            String name = petitioner.group(1) == null ? "name" : petitioner.group(1);
            return "petitioner" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        if (field.equals("type") && !labels.containsKey("type")) {
            return "disputeType";
        }
        return field;
    }

    /** The field's Chinese label, if a form has the field. */
    public Optional<String> label(String key) {
        return Optional.ofNullable(labels.get(key)).map(Label::full);
    }

    /** The refusal as the user reads it: {@code 标签：原因}, or the reason alone for a field no form shows. */
    public String sentence(FieldProblem problem) {
        return label(formKey(problem.field())).map(label -> label + "：" + problem.message()).orElse(problem.message());
    }

    private void read(JsonNode form) {
        Map<String, Integer> uses = new HashMap<>();
        count(form, uses);
        collect(form, null, uses);
    }

    /** A field's label as a refusal names it ({@code full}: with its group where needed) and as the form shows it. */
    private record Label(String full, String own) {

        /**
         * One key labelled differently in two forms (被申请人联系电话, 对方当事人联系电话): named by the field's
         * own label that ends both (联系电话), else as the first form names it.
         */
        Label with(Label other) {
            if (full.equals(other.full)) {
                return this;
            }
            for (String own : new String[] {own, other.own}) {
                if (full.endsWith(own) && other.full.endsWith(own)) {
                    return new Label(own, own);
                }
            }
            return this;
        }
    }

    private static void count(JsonNode node, Map<String, Integer> uses) {
        if (node.isObject() && node.hasNonNull("key") && node.hasNonNull("label")) {
            uses.merge(node.get("label").asText(), 1, Integer::sum);
        }
        node.elements().forEachRemaining(child -> count(child, uses));
    }

    private void collect(JsonNode node, String group, Map<String, Integer> uses) {
        if (node.isObject()) {
            String label = node.path("label").asText("").strip();
            if (node.hasNonNull("key") && !label.isEmpty()) {
                boolean twice = uses.getOrDefault(label, 0) > 1;
                labels.merge(node.get("key").asText(), new Label(twice && group != null ? group + label : label, label),
                        Label::with);
            }
            if (node.path("type").asText().equals("group") && !label.isEmpty()) {
                group = label;
            }
        }
        String inner = group;
        node.elements().forEachRemaining(child -> collect(child, inner, uses));
    }
}
