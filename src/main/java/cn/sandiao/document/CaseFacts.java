package cn.sandiao.document;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.dispute.PartyKind;
import cn.sandiao.mediation.Mediation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The facts a template may print, by name, as the people who sign the paper read them: Chinese dates, labels
 * instead of codes, a party's sex and date of birth read from a whole ID number (blank where the number is masked).
 */
final class CaseFacts {

    private CaseFacts() {
    }

    static Map<String, Object> of(DisputeViews.Detail dispute, String committeeName, Mediation mediation,
                                  LocalDate today) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("caseNo", dispute.caseNo());
        facts.put("typeLabel", dispute.typeLabel());
        facts.put("sourceLabel", dispute.source().label());
        facts.put("description", dispute.description());
        facts.put("registeredOn", ChinaTime.date(LocalDate.ofInstant(dispute.registeredAt(), ChinaTime.ZONE)));
        facts.put("registeredBy", dispute.registeredBy());
        facts.put("committeeName", committeeName);
        facts.put("parties", dispute.parties().stream().map(CaseFacts::party).toList());
        facts.put("partyNames", String.join("、", dispute.parties().stream().map(DisputeViews.PartyView::name).toList()));
        facts.put("copies", dispute.parties().size() + 1); // 人民调解法 第二十九条: 各执一份，调委会留存一份
        facts.put("today", ChinaTime.date(today));
        if (mediation != null) {
            facts.put("acceptedOn", ChinaTime.date(mediation.getAcceptedOn()));
            facts.put("agreementContent", mediation.getAgreementContent());
            facts.put("agreementAmount", amount(mediation.getAgreementAmount()));
            facts.put("performanceDeadline", ChinaTime.date(mediation.getPerformanceDeadline()));
        }
        return facts;
    }

    /** One party's row: the ID number decides sex and date of birth (GB 11643: digits 7–14 and 17). */
    private static Map<String, String> party(DisputeViews.PartyView party) {
        Map<String, String> row = new HashMap<>();
        row.put("role", party.role().label());
        row.put("name", party.name());
        row.put("phone", blankIfNull(party.phone()));
        boolean person = party.kind() == PartyKind.PERSON;
        row.put("identity", person ? blankIfNull(party.idNumber()) : blankIfNull(party.creditCode()));
        row.put("identityLabel", person ? "公民身份号码" : "统一社会信用代码");
        String id = party.idNumber();
        boolean whole = person && id != null && id.length() == 18 && id.substring(0, 17).chars().allMatch(Character::isDigit);
        row.put("sex", whole ? ((id.charAt(16) - '0') % 2 == 1 ? "男" : "女") : "");
        row.put("born", whole ? ChinaTime.date(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)))) : "");
        return row;
    }

    private static String amount(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? "" : amount.stripTrailingZeros().toPlainString() + "元";
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
