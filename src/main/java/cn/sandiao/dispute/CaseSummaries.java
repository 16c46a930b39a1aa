package cn.sandiao.dispute;

import cn.sandiao.organization.RegionService;
import cn.sandiao.organization.Region;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The short case description shown on every task form, so that a mediator sees what the case is about.
 * It carries names but no ID number or phone: process variables are readable by more people than the case.
 */
@Component
class CaseSummaries {

    private final RegionService regions;

    CaseSummaries(RegionService regions) {
        this.regions = regions;
    }

    String partyNames(DisputeCase disputeCase) {
        return disputeCase.getParties().stream().map(Party::getName).collect(Collectors.joining("、"));
    }

    String villageName(DisputeCase disputeCase) {
        return regions.find(disputeCase.getRegionCode()).map(Region::getName).orElse(disputeCase.getRegionCode());
    }

    String of(DisputeCase disputeCase) {
        String region = villageName(disputeCase);
        String parties = disputeCase.getParties().stream()
                .map(p -> p.getRole().label() + "：" + p.getName())
                .collect(Collectors.joining("；"));
        StringBuilder text = new StringBuilder()
                .append("案号：").append(disputeCase.getCaseNo()).append('\n')
                .append("类型：").append(disputeCase.getType().label())
                .append("　来源：").append(disputeCase.getSource().label()).append('\n')
                .append("发生地：").append(region).append('\n')
                .append("当事人：").append(parties).append('\n')
                .append("涉及人数：").append(disputeCase.getPeopleInvolved());
        if (disputeCase.getAmount() != null) {
            text.append("　涉案金额：").append(NumberFormat.getNumberInstance(Locale.CHINA).format(disputeCase.getAmount())).append("元");
        }
        if (disputeCase.isAbnormalDeath()) {
            text.append("　涉及非正常死亡");
        }
        return text.append('\n').append("简要情况：").append(disputeCase.getDescription()).toString();
    }
}
