package cn.sandiao.audit;

/** A kind of step in a case's history (CaseEventType, PetitionEventType): a stored name and a Chinese label. */
public interface StepType {

    String name();

    /** The Chinese name users read. */
    String label();
}
