package cn.sandiao.petition;

import cn.sandiao.common.validation.IdNumber;
import cn.sandiao.common.validation.Phone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A petition as the petition officer registers it. */
public record RegisterPetitionRequest(
        @NotNull(message = "请选择信访形式") PetitionForm form,
        @NotNull(message = "请选择信访事项类别") PetitionCategory category,
        @NotEmpty(message = "请填写信访人") @Size(max = 20, message = "信访人不能超过20人")
        List<@NotNull(message = "信访人不能为空") @Valid PetitionerInput> petitioners,
        @NotBlank(message = "请填写被反映的机关、单位或人员") @Size(max = 200, message = "被反映人不能超过200字") String respondent,
        @NotBlank(message = "请选择所在区划") String regionCode,
        @NotBlank(message = "请填写信访内容") @Size(max = 4000, message = "信访内容不能超过4000字") String content,
        @NotBlank(message = "请填写诉求") @Size(max = 2000, message = "诉求不能超过2000字") String demand,
        // the day the office received it (a letter arrives before it is registered); today when not given
        @PastOrPresent(message = "收到日期不能晚于今天") LocalDate receivedOn) {

    public record PetitionerInput(
            @NotBlank(message = "请填写信访人姓名") @Size(max = 100, message = "姓名不能超过100字") String name,
            @NotBlank(message = "请填写信访人身份证号码") @IdNumber String idNumber,
            @NotBlank(message = "请填写联系电话") @Phone String phone) {
    }
}
