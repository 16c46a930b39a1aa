package cn.sandiao.document;

import cn.sandiao.agreement.FollowUpRecords;
import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.audit.Subject;
import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.ConflictException;
import cn.sandiao.common.NotFoundException;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.Channel;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.mediation.AgreementForm;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.mediation.MediationResult;
import cn.sandiao.mediation.Mediations;
import cn.sandiao.organization.CommitteeDirectory;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.StaffNames;
import java.security.SecureRandom;
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

    /** Crockford's Base32 without I, L, O, U: a code read off paper and typed in again. */
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final DisputeCases cases;
    private final DisputeService disputes;
    private final Mediations mediations;
    private final FollowUpRecords followUps;
    private final StaffNames names;
    private final CommitteeDirectory committees;
    private final DocumentTemplates templates;
    private final PdfRenderer renderer;
    private final CaseFileBinder binder;
    private final DocumentNumbers numbers;
    private final IssuedDocumentRepository issued;
    private final DocumentFileRepository files;
    private final CaseTimeline timeline;
    private final AuditLog auditLog;
    private final UserScopes scopes;
    private final CurrentActor actor;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DisputeDocuments(DisputeCases cases, DisputeService disputes, Mediations mediations, FollowUpRecords followUps,
                     StaffNames names, CommitteeDirectory committees,
                     DocumentTemplates templates, PdfRenderer renderer, CaseFileBinder binder, DocumentNumbers numbers,
                     IssuedDocumentRepository issued, DocumentFileRepository files, CaseTimeline timeline,
                     AuditLog auditLog, UserScopes scopes, CurrentActor actor, Clock clock) {
        this.cases = cases;
        this.disputes = disputes;
        this.mediations = mediations;
        this.followUps = followUps;
        this.names = names;
        this.committees = committees;
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
                .filter(kind -> refusal(kind, caseId, mediation).isEmpty()).toList();
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
        refusal(kind, caseId, mediation).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        DisputeViews.Detail dispute = disputes.detail(caseId);
        Optional<IssuedDocument> previous = issued.findFirstByCaseIdAndKindOrderByVersionDesc(caseId, kind);
        LocalDate today = ChinaTime.today(clock);
        String number = previous.map(IssuedDocument::getDocumentNo).orElseGet(() -> numbers.next(today.getYear()));
        int version = previous.map(p -> p.getVersion() + 1).orElse(1);
        IssuedDocument document;
        try {
            document = issued.saveAndFlush(new IssuedDocument(caseId, kind, number, version, newCode(), actor.id(),
                    clock.instant()));
        } catch (DataIntegrityViolationException sameVersionAtOnce) {
            // another request issued this version a moment ago (a double click, two desks): it stands, this one not
            throw new ConflictException("%s第%d版刚刚已由他人出具，请刷新后查看；需要新版本时再出具一次".formatted(
                    kind.label(), version));
        }
        byte[] pdf;
        if (kind == DocumentKind.CASE_FILE) {
            CaseFileBinder.Bound bound = binder.bind(caseId, mediation.get(), caseFileFacts(document, dispute,
                    mediation.get()));
            document.lacks(bound.missing());
            document.rendered(Sha256.of(bound.pdf()), bound.pages());
            pdf = bound.pdf();
        } else {
            PdfRenderer.Rendered rendered = render(document, dispute, mediation.orElse(null), false);
            document.rendered(Sha256.of(rendered.pdf()), rendered.pages());
            pdf = rendered.pdf();
        }
        files.save(new DocumentFile(document.getId(), pdf));
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
        if (refusal(DocumentKind.CASE_FILE, caseId, mediations.findLatestOf(caseId)).isPresent()) {
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
        return new DocumentPdf(fileName, files.findById(documentId).orElseThrow().content());
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

    /** Which paper a code printed on a page belongs to, for a user who may see that case. */
    @Transactional(readOnly = true)
    public IssuedDocument verify(String code) {
        IssuedDocument document = issued.findByVerificationCode(code.strip().toUpperCase())
                .orElseThrow(() -> new NotFoundException("没有校验码为" + code + "的文书"));
        cases.visibleCaseNo(document.getCaseId());
        return document;
    }

    /** Why the kind cannot be issued now; empty if it can. Only people's mediation issues these papers. */
    private Optional<String> refusal(DocumentKind kind, Long caseId, Optional<Mediation> mediation) {
        boolean peoples = mediation.map(m -> m.getChannel() == Channel.PEOPLE).orElse(false);
        if (!peoples) {
            return Optional.of("案件尚未由人民调解委员会受理，不能出具" + kind.label());
        }
        Mediation latest = mediation.get();
        return switch (kind) {
            case ACCEPTANCE_REGISTER, RIGHTS_NOTICE -> Optional.empty();
            case MEDIATION_RECORD -> mediations.sessionsOf(latest.getId()).isEmpty()
                    ? Optional.of("尚未记录调解经过，不能出具人民调解记录") : Optional.empty();
            case MEDIATION_AGREEMENT -> latest.getResult() == MediationResult.SUCCESS
                    && latest.getAgreementForm() == AgreementForm.WRITTEN
                    ? Optional.empty() : Optional.of("调解尚未达成书面协议，不能出具人民调解协议书");
            case FOLLOW_UP_RECORD -> followUps.visitsOf(caseId).isEmpty()
                    ? Optional.of("尚未回访，不能出具人民调解回访记录") : Optional.empty();
            case CASE_FILE -> latest.getEndedAt() == null
                    ? Optional.of("人民调解尚未结束，不能立卷") : Optional.empty();
        };
    }

    private PdfRenderer.Rendered render(IssuedDocument document, DisputeViews.Detail dispute, Mediation mediation,
                                        boolean readingCopy) {
        Map<String, Object> facts = facts(document, dispute, mediation, readingCopy);
        return renderer.render(templates.fill(document.getKind(), facts), templates.baseUri());
    }

    /** What every paper may print: the case's facts, the paper's number and code, the sessions and the visits. */
    private Map<String, Object> facts(IssuedDocument document, DisputeViews.Detail dispute, Mediation mediation,
                                      boolean readingCopy) {
        String committee = mediation == null ? "" : committees.get(mediation.getCommitteeCode()).getName();
        Map<String, Object> facts = CaseFacts.of(dispute, committee, mediation,
                LocalDate.ofInstant(document.getIssuedAt(), ChinaTime.ZONE));
        facts.put("title", document.getKind().label());
        facts.put("documentNo", document.getDocumentNo());
        facts.put("version", document.getVersion());
        facts.put("verificationCode", document.getVerificationCode());
        facts.put("readingCopy", readingCopy);
        facts.put("seal", mediation == null ? null : templates.sealOf(mediation.getCommitteeCode()));
        if (mediation != null) {
            facts.put("mediatorName", mediation.getMediatorId() == null ? "" : names.user(mediation.getMediatorId()));
            facts.put("sessions", mediations.sessionsOf(mediation.getId()).stream().map(session -> Map.of(
                    "date", ChinaTime.date(session.getSessionDate()), "place", session.getPlace(),
                    "participants", session.getParticipants(), "summary", session.getSummary(),
                    "recordedBy", names.user(session.getRecordedBy()))).toList());
        }
        facts.put("visits", followUps.visitsOf(dispute.id()).stream().map(visit -> Map.of(
                "dueOn", ChinaTime.date(visit.dueOn()),
                "visitedOn", ChinaTime.date(LocalDate.ofInstant(visit.visitedAt(), ChinaTime.ZONE)),
                "visitedBy", names.user(visit.visitedBy()), "performance", visit.performance(),
                "nextStep", visit.nextStep() == null ? "" : visit.nextStep(),
                "note", visit.note() == null ? "" : visit.note())).toList());
        return facts;
    }

    /** The cover's facts besides: how the mediation ended and when, who bound the file. */
    private Map<String, Object> caseFileFacts(IssuedDocument document, DisputeViews.Detail dispute,
                                              Mediation mediation) {
        Map<String, Object> facts = facts(document, dispute, mediation, false);
        facts.put("resultLabel", mediation.getResult() == null ? "" : mediation.getResult().label());
        facts.put("endedOn", ChinaTime.date(LocalDate.ofInstant(mediation.getEndedAt(), ChinaTime.ZONE)));
        facts.put("boundBy", CurrentActor.SYSTEM.equals(document.getIssuedBy()) ? "系统（结案时自动立卷）"
                : names.user(document.getIssuedBy()));
        return facts;
    }

    private String newCode() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
