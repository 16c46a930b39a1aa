package cn.sandiao.screening;

import static cn.sandiao.screening.ScreeningRoundProcess.FIELD_COMMITTEE;
import static cn.sandiao.screening.ScreeningRoundProcess.FIELD_FINDING_COUNT;
import static cn.sandiao.screening.ScreeningRoundProcess.FIELD_HELD_ON;
import static cn.sandiao.screening.ScreeningRoundProcess.FIELD_KIND;
import static cn.sandiao.screening.ScreeningRoundProcess.FIELD_NOTE;
import static cn.sandiao.screening.ScreeningRoundProcess.FIELD_PARTICIPANTS;
import static cn.sandiao.screening.ScreeningRoundProcess.FIELD_REGION;
import static cn.sandiao.screening.ScreeningRoundProcess.MAX_FINDINGS_ON_FORM;
import static cn.sandiao.screening.ScreeningRoundProcess.findingField;
import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.date;
import static cn.sandiao.workflow.FormValues.integer;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.FieldProblem;
import cn.sandiao.common.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The Tasklist start form of {@code screening_round}: the same round as {@code POST /api/screening-rounds}, with the
 * same checks, its findings typed into up to five numbered groups. A found dispute that became a case is named by
 * the number of the case registered (source 网格排查) through the registration form; the form registers none itself.
 * A refusal names the form's field, so that Tasklist shows it there.
 */
// public: the BPMN expression language calls only public methods of public classes
@Component("screeningRoundForm")
public class ScreeningRoundForm {

    /** The request's fields as the form names them. */
    private static final Map<String, String> FORM_FIELDS = Map.of("committeeCode", FIELD_COMMITTEE,
            "regionCode", FIELD_REGION, "heldOn", FIELD_HELD_ON, "kind", FIELD_KIND,
            "participants", FIELD_PARTICIPANTS, "note", FIELD_NOTE, "findings", FIELD_FINDING_COUNT);
    private static final Pattern FINDING = Pattern.compile("^findings\\[(\\d+)]\\.(\\w+).*$");

    private final ScreeningRounds rounds;

    ScreeningRoundForm(ScreeningRounds rounds) {
        this.rounds = rounds;
    }

    public void record(DelegateExecution execution) {
        Integer count = integer(execution, FIELD_FINDING_COUNT);
        if (count == null || count < 0 || count > MAX_FINDINGS_ON_FORM) {
            throw new InvalidInputException(FIELD_FINDING_COUNT,
                    "请填写发现的纠纷件数（0至" + MAX_FINDINGS_ON_FORM + "件；本表每次最多登记" + MAX_FINDINGS_ON_FORM + "件）");
        }
        List<ScreeningRounds.Finding> findings = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            findings.add(new ScreeningRounds.Finding(text(execution, findingField(n, "description")),
                    choice(execution, findingField(n, "outcome"), FindingOutcome.class),
                    text(execution, findingField(n, "settledNote")), text(execution, findingField(n, "caseNo")), null));
        }
        ScreeningRounds.Request request = new ScreeningRounds.Request(text(execution, FIELD_COMMITTEE),
                text(execution, FIELD_REGION), date(execution, FIELD_HELD_ON),
                choice(execution, FIELD_KIND, ScreeningKind.class), text(execution, FIELD_PARTICIPANTS),
                text(execution, FIELD_NOTE), findings);
        ScreeningRounds.RoundView recorded;
        try {
            recorded = rounds.record(request);
        } catch (InvalidInputException refused) {
            throw new InvalidInputException(refused.problems().stream()
                    .map(p -> new FieldProblem(formField(p.field()), p.message())).toList());
        }
        execution.setVariable(ScreeningRoundProcess.VAR_ROUND_ID, recorded.id());
        execution.setProcessBusinessKey("screening-round-" + recorded.id());
    }

    /** {@code findings[1].caseNo} → {@code finding2CaseNo}; {@code heldOn} → {@code screeningHeldOn}. */
    static String formField(String requestField) {
        Matcher finding = FINDING.matcher(requestField);
        if (finding.matches()) {
            int n = Integer.parseInt(finding.group(1)) + 1;
            String name = finding.group(2);
            return findingField(n, ScreeningRoundProcess.FINDING_FIELDS.contains(name) ? name : "description");
        }
        return FORM_FIELDS.getOrDefault(requestField, requestField);
    }
}
