package cn.sandiao.document;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionService;
import cn.sandiao.petition.NoticeKind;
import cn.sandiao.petition.PetitionCategory;
import cn.sandiao.petition.PetitionPapers;
import cn.sandiao.petition.PetitionViews;
import cn.sandiao.petition.ReviewLevel;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.StaffNames;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The facts a petition paper's template may print, by name: the petition, its petitioners (masked on a reading copy),
 * the notice the paper prints (its text, date and officer) and, for an opinion, the review it answers. Dates in
 * Chinese, labels instead of codes; a missing fact is an empty string, so a template never prints "null".
 */
@Component
class PetitionPaperFacts {

    /** Where a county's seal for its petition papers is looked for: {@code seals/petition-office.png}. */
    static final String SEAL = "petition-office";

    private final PetitionPapers petitions;
    private final RegionService regions;
    private final StaffNames names;
    private final DocumentTemplates templates;
    private final String office;

    PetitionPaperFacts(PetitionPapers petitions, RegionService regions, StaffNames names, DocumentTemplates templates,
                       @Value("${sandiao.documents.petition-office:}") String office) {
        this.petitions = petitions;
        this.regions = regions;
        this.names = names;
        this.templates = templates;
        this.office = office == null ? "" : office.strip();
    }

    Map<String, Object> of(IssuedDocument document, PetitionViews.Detail petition, PetitionViews.NoticeView notice,
                           boolean readingCopy) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("title", document.getKind().label());
        facts.put("documentNo", document.getDocumentNo());
        facts.put("version", document.getVersion());
        facts.put("verificationCode", document.getVerificationCode());
        facts.put("readingCopy", readingCopy);
        facts.put("seal", templates.sealOf(SEAL));
        facts.put("office", officeOf(petition.regionCode()));
        facts.put("issuedOn", ChinaTime.date(LocalDate.ofInstant(document.getIssuedAt(), ChinaTime.ZONE)));
        facts.put("issuerName", names.user(document.getIssuedBy()));

        facts.put("petitionNo", petition.petitionNo());
        facts.put("formLabel", petition.formLabel());
        facts.put("categoryLabel", petition.categoryLabel());
        facts.put("claim", petition.category() == PetitionCategory.CLAIM);
        facts.put("respondent", text(petition.respondent()));
        facts.put("content", text(petition.content()));
        facts.put("demand", text(petition.demand()));
        facts.put("receivedOn", date(petition.receivedOn()));
        facts.put("petitioners", petition.petitioners().stream().map(p -> Map.of("name", p.name(),
                "idNumber", text(p.idNumber()), "phone", text(p.phone()))).toList());
        facts.put("petitionerNames", String.join("、",
                petition.petitioners().stream().map(PetitionViews.PetitionerView::name).toList()));

        facts.put("noticeContent", text(notice.content()));
        facts.put("noticeOn", date(notice.issuedOn()));
        // a notice the process wrote by itself (不再受理) has no officer to name
        facts.put("noticeBy", notice.issuedBy() == null || CurrentActor.SYSTEM.equals(notice.issuedBy()) ? ""
                : names.user(notice.issuedBy()));
        facts.put("acceptedOn", date(petition.acceptedOn()));
        facts.put("decisionLabel", petition.acceptanceDecision() == null ? "" : petition.acceptanceDecision().label());
        facts.put("route", text(petition.acceptanceRoute()));
        facts.put("handlingDue", date(petition.handlingDue()));
        facts.put("extendedDays", petition.extendedDays() == null ? "" : petition.extendedDays().toString());
        facts.put("repliedOn", date(petition.repliedOn()));
        facts.put("replyContent", text(petition.replyContent()));
        facts.put("closedOn", date(petition.closedOn()));
        facts.put("closureNote", text(petition.closureNote()));
        facts.put("repeatOfNo", text(petitions.petitionNoOf(petition.repeatOf())));
        if (notice.kind() == NoticeKind.REVIEW_OPINION || notice.kind() == NoticeKind.RE_REVIEW_OPINION) {
            ReviewLevel level = notice.kind() == NoticeKind.REVIEW_OPINION ? ReviewLevel.REVIEW : ReviewLevel.RE_REVIEW;
            petition.reviews().stream().filter(review -> review.level() == level).reduce((a, b) -> b)
                    .ifPresent(review -> facts.putAll(review(review)));
            // a re-review answers the review opinion: print what that said too
            petition.reviews().stream().filter(review -> review.level() == ReviewLevel.REVIEW).reduce((a, b) -> b)
                    .ifPresent(review -> {
                        facts.put("reviewOpinionOn", date(review.opinionOn()));
                        facts.put("reviewOpinion", text(review.opinion()));
                    });
        }
        return facts;
    }

    private Map<String, Object> review(PetitionViews.ReviewView review) {
        return Map.of("requestedOn", date(review.requestedOn()), "requestReason", text(review.requestReason()),
                "opinion", text(review.opinion()),
                "opinionResult", review.opinionResult() == null ? "" : review.opinionResult().label(),
                "opinionOn", date(review.opinionOn()));
    }

    /** The county's petition office as configured, or the county of the petition's region with 信访局. */
    private String officeOf(String regionCode) {
        if (!office.isEmpty()) {
            return office;
        }
        String county = regionCode == null || regionCode.length() < 6 ? null : regionCode.substring(0, 6);
        return regions.find(county).map(Region::getName).map(name -> name + "信访局").orElse("信访工作机构");
    }

    private static String date(LocalDate day) {
        return day == null ? "" : ChinaTime.date(day);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
