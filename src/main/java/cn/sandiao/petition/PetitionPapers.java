package cn.sandiao.petition;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a petition's papers (the document module) read and write here: the petition if the caller's office may see
 * it, its facts whole or masked, and the step of issuing a paper on its timeline. Auditing a look at the whole
 * facts is the caller's: it knows what it shows (a PDF, not the detail page).
 */
@Service
public class PetitionPapers {

    private final PetitionService service;
    private final PetitionMapper mapper;
    private final PetitionNoticeRepository notices;
    private final PetitionReviewRepository reviews;
    private final PetitionTimeline timeline;

    PetitionPapers(PetitionService service, PetitionMapper mapper, PetitionNoticeRepository notices,
                   PetitionReviewRepository reviews, PetitionTimeline timeline) {
        this.service = service;
        this.mapper = mapper;
        this.notices = notices;
        this.reviews = reviews;
        this.timeline = timeline;
    }

    /** The petition's number if it lies in the caller's region; 404 otherwise. */
    @Transactional(readOnly = true)
    public String visiblePetitionNo(Long id) {
        return service.find(id).getPetitionNo();
    }

    /** The petition with its notices and reviews, in the caller's region; ID numbers and phones masked if asked. */
    @Transactional(readOnly = true)
    public PetitionViews.Detail facts(Long id, boolean masked) {
        Petition petition = service.find(id);
        PetitionViews.Detail detail = mapper.detail(petition, notices.findByPetitionIdOrderByIdAsc(id),
                reviews.findByPetitionIdOrderByIdAsc(id));
        return masked ? detail.masked() : detail;
    }

    /** The petition number of an earlier petition this one repeats (no scope: the number only, printed on paper). */
    @Transactional(readOnly = true)
    public String petitionNoOf(Long id) {
        return id == null ? null : service.numberOf(id);
    }

    /** Writes the issuing of a paper on the petition's timeline (and so the audit trail). */
    @Transactional
    public void documentIssued(Long id, String actor, String summary, String detail) {
        timeline.record(id, actor, PetitionEventType.DOCUMENT_ISSUED, summary, detail);
    }
}
