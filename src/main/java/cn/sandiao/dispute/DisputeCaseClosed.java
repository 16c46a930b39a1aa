package cn.sandiao.dispute;

/** Published in the transaction that closes a case: whoever waits for its result (a petition) hears of it. */
public record DisputeCaseClosed(Long caseId, String caseNo, CaseResult result, String note) {
}
