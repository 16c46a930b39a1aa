package cn.sandiao.dispute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What {@code POST /api/disputes} and the Tasklist start form register. */
@BothSidesPresent
public record RegisterDisputeRequest(
        @NotNull(message = "请选择纠纷来源") DisputeSource source,
        @NotNull(message = "请选择纠纷类型") DisputeType type,
        @NotBlank(message = "请选择纠纷发生地所在村（社区）") @Size(max = 20, message = "区划代码过长") String regionCode,
        @NotBlank(message = "请填写纠纷简要情况") @Size(max = 4000, message = "纠纷简要情况不能超过4000字") String description,
        @DecimalMin(value = "0", message = "涉案金额不能为负数")
        @Digits(integer = 13, fraction = 2, message = "涉案金额最多13位整数、2位小数") BigDecimal amount,
        @NotNull(message = "请填写涉及人数") @Min(value = 1, message = "涉及人数至少为1")
        @Max(value = 100000, message = "涉及人数过大") Integer peopleInvolved,
        Boolean abnormalDeath,
        Boolean repeatedEscalation,
        @NotNull(message = "请填写当事人") @Size(min = 2, max = 50, message = "当事人至少2方、至多50方")
        List<@Valid @NotNull(message = "当事人不能为空") PartyInput> parties) {

    boolean isAbnormalDeath() {
        return Boolean.TRUE.equals(abnormalDeath);
    }

    boolean isRepeatedEscalation() {
        return Boolean.TRUE.equals(repeatedEscalation);
    }
}
