package cn.sandiao.document;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.audit.Subject;
import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.ConflictException;
import cn.sandiao.common.NotFoundException;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.mediation.Mediations;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.CurrentActor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers of a dispute case: which can be issued now, issuing one (a new number the first time, a new version
 * after), and the PDF of an issued version. Those who work the case get the PDF as issued; the roles that only
 * read get a copy made afresh with ID numbers and phones masked, marked 查阅副本.
 */
@Service
public class DisputeDocuments {

    private final DisputeCases cases;
    private final DisputeService disputes;
    private final Mediations mediations;
    private final IssuingRules rules;
    private final PaperFacts paperFacts;
    private final DocumentTemplates templates;
    private final PdfRenderer renderer;
    private final CaseFileBinder binder;
    private final DocumentNumbers numbers;
    private final IssuedDocumentRepository issued;
    private final StoredFiles files;
    private final CaseTimeline timeline;
    private final AuditLog auditLog;
    private final UserScopes scopes;
    private final CurrentActor actor;
    private final Clock clock;

    DisputeDocuments(DisputeCases cases, DisputeService disputes, Mediations mediations, IssuingRules rules,
                     PaperFacts paperFacts, DocumentTemplates templates, PdfRenderer renderer, CaseFileBinder binder, DocumentNumbers numbers,
                     IssuedDocumentRepository issued, StoredFiles files, CaseTimeline timeline,
                     AuditLog auditLog, UserScopes scopes, CurrentActor actor, Clock clock) {
        this.cases = cases;
        this.disputes = disputes;
        this.mediations = mediations;
        this.rules = rules;
        this.paperFacts = paperFacts;
        this.templates = templates;
        this.renderer = renderer;
        this.binder = binder;
        this.numbers = numbers;
        this.issued = issued;
        this.files = files;
        this.timeline = timeline;
        this.auditLog = auditLog;
        this.scopes = scopes;
        this.actor = actor;
        this.clock = clock;
    }

    /** What the case's papers are now: the kinds that can be issued and every version issued. */
    @Transactional(readOnly = true)
    public CaseDocuments of(Long caseId) {
        cases.visibleCaseNo(caseId);
        Optional<Mediation> mediation = mediations.findLatestOf(caseId);
        List<DocumentKind> issuable = Arrays.stream(DocumentKind.values())
                .filter(kind -> rules.refusal(kind, caseId, mediation).isEmpty()).toList();
        return new CaseDocuments(issuable, issued.findByCaseIdOrderByKindAscVersionAsc(caseId));
    }

    public record CaseDocuments(List<DocumentKind> issuable, List<IssuedDocument> issued) {
    }

    /** Issues the document: the first time under a new number, afterwards as the next version of it. */
    @Transactional
    public IssuedDocument issue(Long caseId, DocumentKind kind) {
        if (!scopes.seesPersonalDataWhole()) {
            throw new AccessDeniedException("只有办理案件的人员可以出具文书");
        }
        cases.visibleCaseNo(caseId);
        Optional<Mediation> mediation = mediations.findLatestOf(caseId);
        rules.refusal(kind, caseId, mediation).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        DisputeViews.Detail dispute = disputes.detail(caseId);
        Optional<IssuedDocument> previous = issued.findFirstByCaseIdAndKindOrderByVersionDesc(caseId, kind);
        LocalDate today = ChinaTime.today(clock);
        String number = previous.map(IssuedDocument::getDocumentNo).orElseGet(() -> numbers.next(today.getYear()));
        int version = previous.map(p -> p.getVersion() + 1).orElse(1);
        IssuedDocument document;
        try {
            document = issued.saveAndFlush(new IssuedDocument(caseId, kind, number, version, VerificationCodes.next(), actor.id(),
                    clock.instant()));
        } catch (DataIntegrityViolationException sameVersionAtOnce) {
            // another request issued this version a moment ago (a double click, two desks): it stands, this one not
            throw new ConflictException("%s第%d版刚刚已由他人出具，请刷新后查看；需要新版本时再出具一次".formatted(
                    kind.label(), version));
        }
        byte[] pdf;
        if (kind == DocumentKind.CASE_FILE) {
            CaseFileBinder.Bound bound = binder.bind(caseId, mediation.get(), paperFacts.ofCaseFile(document, dispute,
                    mediation.get()));
            document.lacks(bound.missing());
            document.rendered(Sha256.of(bound.pdf()), bound.pages());
            pdf = bound.pdf();
        } else {
            PdfRenderer.Rendered rendered = render(document, dispute, mediation.orElse(null), false);
            document.rendered(Sha256.of(rendered.pdf()), rendered.pages());
            pdf = rendered.pdf();
        }
        files.keep(document, pdf);
        timeline.record(caseId, CaseEventType.DOCUMENT_ISSUED, actor.id(),
                "出具%s（第%d版）".formatted(kind.label(), version),
                "编号%s，校验码%s".formatted(number, document.getVerificationCode()));
        return document;
    }

    /**
     * Binds the case file of a case that just closed, in a transaction of its own (the closure's is over), if the
     * case was a people's mediation that ended; the version bound, or null when there is nothing to bind.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public IssuedDocument bindAtClosure(Long caseId) {
        if (rules.refusal(DocumentKind.CASE_FILE, caseId, mediations.findLatestOf(caseId)).isPresent()) {
            return null;
        }
        return issue(caseId, DocumentKind.CASE_FILE);
    }

    /** The PDF of an issued version, as issued, or a masked reading copy for the roles that only read. */
    @Transactional
    public DocumentPdf pdf(Long caseId, Long documentId) {
        String caseNo = cases.visibleCaseNo(caseId);
        IssuedDocument document = issued.findByIdAndCaseId(documentId, caseId)
                .orElseThrow(() -> new NotFoundException("文书不存在：" + documentId));
        String fileName = "%s-%s-第%d版.pdf".formatted(caseNo, document.getKind().label(), document.getVersion());
        if (!scopes.seesPersonalDataWhole() && document.getKind() == DocumentKind.CASE_FILE) {
            throw new AccessDeniedException("卷宗装有当事人身份证明等个人信息，只有办理案件的人员可以查看");
        }
        if (!scopes.seesPersonalDataWhole()) {
            DisputeViews.Detail masked = disputes.detail(caseId);
            byte[] copy = render(document, masked, mediations.findLatestOf(caseId).orElse(null), true).pdf();
            return new DocumentPdf(fileName, copy);
        }
        auditLog.record(Subject.dispute(caseId, caseNo), actor.id(), AuditAction.PERSONAL_DATA_VIEWED,
                "查看文书%s（第%d版，编号%s）".formatted(document.getKind().label(), document.getVersion(),
                        document.getDocumentNo()));
        return new DocumentPdf(fileName, files.of(document));
    }

    public record DocumentPdf(String fileName, byte[] content) {
    }

    /** A closed case whose latest bound file lacks required items. */
    public record IncompleteFile(Long caseId, String caseNo, IssuedDocument file) {
    }

    /** The cases the user sees whose latest case file lacks required items, the latest bound first. */
    @Transactional(readOnly = true)
    public List<IncompleteFile> incompleteCaseFiles() {
        List<IssuedDocument> files = issued.findIncompleteCaseFiles();
        Map<Long, String> visible = cases.visibleAmong(files.stream().map(IssuedDocument::getCaseId).toList());
        return files.stream().filter(file -> visible.containsKey(file.getCaseId()))
                .map(file -> new IncompleteFile(file.getCaseId(), visible.get(file.getCaseId()), file)).toList();
    }

    private PdfRenderer.Rendered render(IssuedDocument document, DisputeViews.Detail dispute, Mediation mediation,
                                        boolean readingCopy) {
        Map<String, Object> facts = paperFacts.of(document, dispute, mediation, readingCopy);
        return renderer.render(templates.fill(document.getKind(), facts), templates.baseUri());
    }
}
