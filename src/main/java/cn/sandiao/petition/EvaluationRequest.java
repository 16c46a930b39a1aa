package cn.sandiao.petition;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The petitioner's evaluation of the written reply, as the petition officer records it. */
public record EvaluationRequest(
        @NotNull(message = "请选择评价结果（满意、基本满意、不满意）") PetitionEvaluation evaluation,
        @Size(max = 1000, message = "评价意见不能超过1000字") String comment) {
}
