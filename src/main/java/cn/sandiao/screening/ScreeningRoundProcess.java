package cn.sandiao.screening;

import java.util.List;

/**
 * Process {@code screening_round} (登记矛盾纠纷排查): the Tasklist way to record a round, a start form and one service
 * step that records it as {@code POST /api/screening-rounds} does. Ids and field keys shared by the BPMN, the form,
 * the code and the tests.
 */
public final class ScreeningRoundProcess {

    public static final String KEY = "screening_round";
    public static final String FORM = "form_screening_round";
    public static final String START = "StartEvent_RoundHeld";
    public static final String TASK_RECORD = "Task_RecordRound";
    public static final String END_RECORDED = "EndEvent_RoundRecorded";

    /** The start form's fields: prefixed, so that no other form's label names them. */
    public static final String FIELD_COMMITTEE = "screeningCommitteeCode";
    public static final String FIELD_REGION = "screeningRegionCode";
    public static final String FIELD_HELD_ON = "screeningHeldOn";
    public static final String FIELD_KIND = "screeningKind";
    public static final String FIELD_PARTICIPANTS = "screeningParticipants";
    public static final String FIELD_NOTE = "screeningNote";
    public static final String FIELD_FINDING_COUNT = "findingCount";
    /** The form takes up to this many findings ({@code finding1Description} … {@code finding5CaseNo}). */
    public static final int MAX_FINDINGS_ON_FORM = 5;
    /** Set by the service step: the round recorded. */
    public static final String VAR_ROUND_ID = "screeningRoundId";

    /** A finding's field on the form: {@code finding<n><Name>}, n from 1. */
    public static String findingField(int n, String name) {
        return "finding" + n + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The fields of one finding on the form, by the request's names. */
    public static final List<String> FINDING_FIELDS = List.of("description", "outcome", "settledNote", "caseNo");

    private ScreeningRoundProcess() {
    }
}
