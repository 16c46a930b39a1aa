package cn.sandiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.common.FieldProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A refusal names its field as the form shows it, whichever path the rule that refused it took. */
class FormLabelsTest {

    private final FormLabels labels = new FormLabels(new ObjectMapper());

    @Test
    void shouldNameTheRegistrationsFieldsByTheirLabelsAndGroups() {
        assertThat(labels.formKey("parties[0].idNumber")).isEqualTo("applicantIdNumber");
        assertThat(labels.formKey("parties[1].creditCode")).isEqualTo("respondentCreditCode");
        assertThat(labels.formKey("parties[0]")).isEqualTo("applicantName");
        assertThat(labels.formKey("type")).isEqualTo("disputeType");
        assertThat(labels.sentence(new FieldProblem("parties[0].idNumber", "身份证号码无效")))
                .isEqualTo("申请人身份证号码：身份证号码无效");
        assertThat(labels.label("regionCode")).hasValue("纠纷发生地（村/社区）");
        assertThat(labels.label("sessionDate")).hasValue("调解日期");
    }

    @Test
    void shouldNameAPetitionersFieldsAndAKeyLabelledTwoWaysByWhatBothSay() {
        assertThat(labels.sentence(new FieldProblem("petitioners[0].idNumber", "身份证号码无效")))
                .isEqualTo("信访人身份证号码：身份证号码无效");
        assertThat(labels.label("respondentPhone")).hasValue("联系电话"); // 被申请人… and 对方当事人…
    }

    @Test
    void shouldSayTheReasonAloneForAFieldNoFormShows() {
        assertThat(labels.sentence(new FieldProblem("mediationId", "不是本案的调解"))).isEqualTo("不是本案的调解");
    }
}
