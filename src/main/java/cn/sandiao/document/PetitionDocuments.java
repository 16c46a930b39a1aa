package cn.sandiao.document;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.audit.Subject;
import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.ConflictException;
import cn.sandiao.common.NotFoundException;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.petition.NoticeKind;
import cn.sandiao.petition.PetitionPapers;
import cn.sandiao.petition.PetitionViews;
import cn.sandiao.workflow.CurrentActor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers of a petition: a notice or opinion can be printed once the petition has recorded it (the process
 * records each as the officer decides, answers, extends or reviews); issuing numbers it in the office's own yearly
 * series the first time and makes a new version after. Those who work petitions get the PDF as issued, each look on
 * the audit trail; the roles that only read get a copy made afresh with ID numbers and phones masked, marked 查阅副本.
 */
@Service
public class PetitionDocuments {

    private final PetitionPapers petitions;
    private final PetitionPaperFacts paperFacts;
    private final DocumentTemplates templates;
    private final PdfRenderer renderer;
    private final DocumentNumbers numbers;
    private final IssuedDocumentRepository issued;
    private final StoredFiles files;
    private final AuditLog auditLog;
    private final UserScopes scopes;
    private final CurrentActor actor;
    private final Clock clock;

    PetitionDocuments(PetitionPapers petitions, PetitionPaperFacts paperFacts, DocumentTemplates templates,
                      PdfRenderer renderer, DocumentNumbers numbers, IssuedDocumentRepository issued,
                      StoredFiles files, AuditLog auditLog, UserScopes scopes, CurrentActor actor,
                      Clock clock) {
        this.petitions = petitions;
        this.paperFacts = paperFacts;
        this.templates = templates;
        this.renderer = renderer;
        this.numbers = numbers;
        this.issued = issued;
        this.files = files;
        this.auditLog = auditLog;
        this.scopes = scopes;
        this.actor = actor;
        this.clock = clock;
    }

    /** The notices the petition has reached, in the order it reached them, and every version issued. */
    @Transactional(readOnly = true)
    public Papers of(Long petitionId) {
        PetitionViews.Detail petition = petitions.facts(petitionId, true);
        Set<NoticeKind> reached = new LinkedHashSet<>();
        petition.notices().forEach(notice -> reached.add(notice.kind()));
        return new Papers(List.copyOf(reached), issued.findByPetitionIdOrderByKindAscVersionAsc(petitionId));
    }

    public record Papers(List<NoticeKind> issuable, List<IssuedDocument> issued) {
    }

    /** Issues the notice: the first time under a new number, afterwards as the next version of it. */
    @Transactional
    public IssuedDocument issue(Long petitionId, NoticeKind notice) {
        PetitionViews.Detail petition = petitions.facts(petitionId, false); // 404 outside the office's region
        if (!scopes.seesPersonalDataWhole()) {
            throw new AccessDeniedException("只有办理信访事项的人员可以出具文书");
        }
        if (latest(petition, notice).isEmpty()) {
            throw new ConflictException("信访事项尚未作出" + notice.label() + "所载的决定或答复，不能出具" + notice.label());
        }
        DocumentKind kind = DocumentKind.of(notice);
        Optional<IssuedDocument> previous = issued.findFirstByPetitionIdAndKindOrderByVersionDesc(petitionId, kind);
        LocalDate today = ChinaTime.today(clock);
        String number = previous.map(IssuedDocument::getDocumentNo)
                .orElseGet(() -> numbers.nextPetition(today.getYear()));
        int version = previous.map(p -> p.getVersion() + 1).orElse(1);
        IssuedDocument document;
        try {
            document = issued.saveAndFlush(IssuedDocument.forPetition(petitionId, kind, number, version,
                    VerificationCodes.next(), actor.id(), clock.instant()));
        } catch (DataIntegrityViolationException sameVersionAtOnce) {
            // another desk issued this version a moment ago: it stands, this one not
            throw new ConflictException("%s第%d版刚刚已由他人出具，请刷新后查看；需要新版本时再出具一次".formatted(
                    kind.label(), version));
        }
        PdfRenderer.Rendered rendered = render(document, petition, false);
        document.rendered(Sha256.of(rendered.pdf()), rendered.pages());
        files.keep(document, rendered.pdf());
        petitions.documentIssued(petitionId, actor.id(), "出具%s（第%d版）".formatted(kind.label(), version),
                "编号%s，校验码%s".formatted(number, document.getVerificationCode()));
        return document;
    }

    /** The PDF of an issued version, as issued, or a masked reading copy for the roles that only read. */
    @Transactional
    public DisputeDocuments.DocumentPdf pdf(Long petitionId, Long documentId) {
        String petitionNo = petitions.visiblePetitionNo(petitionId);
        IssuedDocument document = issued.findByIdAndPetitionId(documentId, petitionId)
                .orElseThrow(() -> new NotFoundException("文书不存在：" + documentId));
        String fileName = "%s-%s-第%d版.pdf".formatted(petitionNo, document.getKind().label(), document.getVersion());
        if (!scopes.seesPersonalDataWhole()) {
            byte[] copy = render(document, petitions.facts(petitionId, true), true).pdf();
            return new DisputeDocuments.DocumentPdf(fileName, copy);
        }
        auditLog.record(Subject.petition(petitionId, petitionNo), actor.id(), AuditAction.PERSONAL_DATA_VIEWED,
                "查看文书%s（第%d版，编号%s）".formatted(document.getKind().label(), document.getVersion(),
                        document.getDocumentNo()));
        return new DisputeDocuments.DocumentPdf(fileName, files.of(document));
    }

    private PdfRenderer.Rendered render(IssuedDocument document, PetitionViews.Detail petition, boolean readingCopy) {
        NoticeKind notice = document.getKind().notice();
        var facts = paperFacts.of(document, petition, latest(petition, notice).orElseThrow(), readingCopy);
        return renderer.render(templates.fill(document.getKind(), facts), templates.baseUri());
    }

    /** The petition's latest notice of that kind: what the paper prints. */
    private static Optional<PetitionViews.NoticeView> latest(PetitionViews.Detail petition, NoticeKind kind) {
        return petition.notices().stream().filter(notice -> notice.kind() == kind).reduce((first, second) -> second);
    }
}
