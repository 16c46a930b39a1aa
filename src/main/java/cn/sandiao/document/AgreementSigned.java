package cn.sandiao.document;

import java.time.LocalDate;

/**
 * The signed people's mediation agreement of a case was taken in: the agreement took effect on {@code signedOn}
 * (人民调解法 第二十九条: once every party and the mediator have signed and the committee has sealed it).
 */
public record AgreementSigned(Long caseId, Long mediationId, LocalDate signedOn, String actor) {
}
