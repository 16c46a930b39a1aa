package cn.sandiao.petition;

import cn.sandiao.common.ChinaTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A petition repeats an earlier one when the same person (an ID number in common) raises substantially the
 * same matter (the same respondent and a similar demand) within the window: it is linked, not counted as new.
 * The similarity of two demands is the Dice coefficient of their character pairs (punctuation and spaces left out).
 */
@Component
class RepeatDetection {

    record Match(Petition earlier, String evidence) {
    }

    private final PetitionRepository petitions;
    private final int windowDays;
    private final double similarDemand;

    RepeatDetection(PetitionRepository petitions,
                    @Value("${sandiao.petitions.repeat-window-days:180}") int windowDays,
                    @Value("${sandiao.petitions.similar-demand:0.5}") double similarDemand) {
        this.petitions = petitions;
        this.windowDays = windowDays;
        this.similarDemand = similarDemand;
    }

    Optional<Match> earlierMatch(Petition petition) {
        Set<String> fingerprints = new HashSet<>();
        petition.getPetitioners().forEach(p -> fingerprints.add(p.getIdNumberFingerprint()));
        LocalDate since = petition.getReceivedOn().minusDays(windowDays);
        for (Petition earlier : petitions.findByPetitionerSince(fingerprints, since)) {
            if (!normalized(earlier.getRespondent()).equals(normalized(petition.getRespondent()))) {
                continue;
            }
            double similarity = similarity(earlier.getDemand(), petition.getDemand());
            if (similarity >= similarDemand) {
                String who = earlier.getPetitioners().stream()
                        .filter(p -> fingerprints.contains(p.getIdNumberFingerprint()))
                        .map(Petitioner::getName).findFirst().orElse("");
                return Optional.of(new Match(earlier, "与" + earlier.getPetitionNo() + "（" + ChinaTime.date(earlier.getReceivedOn())
                        + "收到）为同一信访人" + who + "（身份证号码相同）、同一被反映人（" + earlier.getRespondent()
                        + "）、诉求相似度" + Math.round(similarity * 100) + "%（" + windowDays + "日内）"));
            }
        }
        return Optional.empty();
    }

    static double similarity(String a, String b) {
        List<String> left = pairs(normalized(a));
        List<String> right = pairs(normalized(b));
        if (left.isEmpty() || right.isEmpty()) {
            return normalized(a).equals(normalized(b)) ? 1 : 0;
        }
        List<String> unmatched = new ArrayList<>(right);
        int common = 0;
        for (String pair : left) {
            if (unmatched.remove(pair)) {
                common++;
            }
        }
        return 2.0 * common / (left.size() + right.size());
    }

    private static List<String> pairs(String text) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            pairs.add(text.substring(i, i + 2));
        }
        return pairs;
    }

    /** Letters and digits only, lower case: "某某镇 人民政府。" and "某某镇人民政府" are the same respondent. */
    private static String normalized(String text) {
        return text == null ? "" : text.replaceAll("[\\p{P}\\p{S}\\s]", "").toLowerCase();
    }
}
