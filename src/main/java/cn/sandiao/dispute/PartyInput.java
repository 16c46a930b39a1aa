package cn.sandiao.dispute;

import cn.sandiao.common.validation.CreditCode;
import cn.sandiao.common.validation.IdNumber;
import cn.sandiao.common.validation.Phone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A party as registered: a person gives an ID number, an organisation its unified social credit code. */
@PartyIdentity
public record PartyInput(
        @NotNull(message = "请选择当事人身份（申请人或被申请人）") PartyRole role,
        @NotNull(message = "请选择当事人类型（自然人或组织）") PartyKind kind,
        @NotBlank(message = "请填写当事人姓名或名称") @Size(max = 100, message = "姓名或名称不能超过100字") String name,
        @IdNumber String idNumber,
        @CreditCode String creditCode,
        @NotBlank(message = "请填写联系电话") @Phone String phone) {
}
