package cn.sandiao.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A petitioner's request for review or re-review: why, and the day it was received (today when not given). */
public record ReviewRequest(
        @NotBlank(message = "请填写请求复查（复核）的理由") @Size(max = 2000, message = "理由不能超过2000字") String reason,
        @PastOrPresent(message = "收到请求的日期不能晚于今天") LocalDate receivedOn) {
}
