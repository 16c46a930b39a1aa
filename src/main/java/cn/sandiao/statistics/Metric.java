package cn.sandiao.statistics;

/** What a counter counts; each figure of the monthly report is one metric (or a ratio of two) in one dimension. */
public enum Metric {
    // disputes, by the month of registration
    REGISTERED,
    DECLINED,
    AMOUNT_INVOLVED,
    MAJOR,
    // disputes, by the month of closure
    CLOSED,
    ON_TIME,
    MEDIATED,
    SUCCEEDED,
    WITHDRAWN,
    STAGE_DAYS,
    /** 重大 cases mediated / settled, by category (dim), in the month of closure. */
    MAJOR_MEDIATED,
    MAJOR_SUCCEEDED,
    // one mediation, by the month it ended
    MEDIATION_ENDED,
    MEDIATION_SUCCEEDED,
    AGREEMENT_AMOUNT,
    // hand-offs, confirmations, follow-ups, by the month they happened
    ESCALATION,
    CONFIRMATION_APPLIED,
    CONFIRMATION_RULED,
    FOLLOW_UP,
    /** Harm prevented, by kind (dim); the total is the people it concerned. */
    PREVENTED,
    /** Screening rounds held (排查), in the month and region of the round; by kind ({@code kind=}) too. */
    SCREENING_ROUND,
    /** Disputes screening rounds found, in their round's month and region; by outcome ({@code outcome=}) too. */
    SCREENING_FOUND,
    // petitions
    RECEIVED,
    REPEAT,
    ACCEPTED,
    ACCEPTED_TIMELY,
    TRANSFERRED_TO_MEDIATION,
    REPLIED,
    /** Replies to petitions that have a handling limit (claims): the denominator of 按期办结率. */
    REPLIED_WITH_LIMIT,
    REPLIED_ON_TIME,
    EVALUATION_SCOPE,
    EVALUATED,
    SATISFIED,
    EXTENDED,
    REVIEW_REQUESTED,
    /** +1 in the month a petition's handling limit falls, −1 in the month it is done: summed up to a month = 积案. */
    BACKLOG_CHANGE
}
