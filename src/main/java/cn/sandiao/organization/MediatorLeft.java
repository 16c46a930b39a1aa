package cn.sandiao.organization;

/** A mediator taken off the active roster, published inside the transaction that does it. */
public record MediatorLeft(String userId, String actor) {
}
