package cn.sandiao.audit;

import java.util.Objects;

/**
 * The case an audit entry or a log line is about: its kind and id (what the trail stores and filters by) and its
 * number (案号 or 信访编号, what the log shows).
 */
public record Subject(SubjectKind kind, Long id, String number) {

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Subject dispute(Long id, String caseNo) {
        return new Subject(SubjectKind.DISPUTE, id, caseNo);
    }

    public static Subject petition(Long id, String petitionNo) {
        return new Subject(SubjectKind.PETITION, id, petitionNo);
    }

    /** The number if known, else the id: a log line always names its case. */
    String logName() {
        return number != null ? number : String.valueOf(id);
    }
}
