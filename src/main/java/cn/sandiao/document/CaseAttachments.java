package cn.sandiao.document;

import cn.sandiao.agreement.SignedAgreements;
import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.audit.Subject;
import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.FieldProblem;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.common.NotFoundException;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.Channel;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.mediation.AgreementForm;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.mediation.MediationResult;
import cn.sandiao.mediation.Mediations;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.CurrentActor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files taken into a case: PDF, JPEG or PNG as their first bytes say, up to the county's size limit, kept in the
 * database or the configured S3-compatible store ({@link StoredFiles}). Taking one in is a step of the case; opening one is a view of personal data (identity papers only for
 * those who work the case).
 */
@Service
public class CaseAttachments {

    static final int NOTE_MAX = 200;
    static final int NAME_MAX = 200;

    private final DisputeCases cases;
    private final AttachmentRepository attachments;
    private final StoredFiles files;
    private final CaseTimeline timeline;
    private final AuditLog auditLog;
    private final UserScopes scopes;
    private final CurrentActor actor;
    private final DocumentProperties properties;
    private final Mediations mediations;
    private final SignedAgreements signedAgreements;
    private final IssuedDocumentRepository issued;
    private final CaseFileQueue caseFileQueue;
    private final Clock clock;

    CaseAttachments(DisputeCases cases, AttachmentRepository attachments, StoredFiles files,
                    CaseTimeline timeline, AuditLog auditLog, UserScopes scopes, CurrentActor actor,
                    DocumentProperties properties, Mediations mediations, SignedAgreements signedAgreements,
                    IssuedDocumentRepository issued, CaseFileQueue caseFileQueue, Clock clock) {
        this.cases = cases;
        this.attachments = attachments;
        this.files = files;
        this.timeline = timeline;
        this.auditLog = auditLog;
        this.scopes = scopes;
        this.actor = actor;
        this.properties = properties;
        this.mediations = mediations;
        this.signedAgreements = signedAgreements;
        this.issued = issued;
        this.caseFileQueue = caseFileQueue;
        this.clock = clock;
    }

    /**
     * A file as sent: its name and bytes (the sender's content type is not asked for); for a signed agreement, the
     * day it was signed.
     */
    public record Upload(AttachmentCategory category, String fileName, byte[] content, String note,
                         LocalDate signedOn) {
    }

    @Transactional
    public Attachment add(Long caseId, Upload upload) {
        if (!scopes.seesPersonalDataWhole()) {
            throw new AccessDeniedException("只有办理案件的人员可以上传材料");
        }
        cases.visibleCaseNo(caseId);
        FileKind kind = check(upload);
        Mediation agreed = upload.category() == AttachmentCategory.SIGNED_AGREEMENT ? signedAgreement(caseId, upload)
                : null;
        String fileName = upload.fileName().strip();
        Attachment attachment = attachments.save(new Attachment(caseId, upload.category(), fileName, kind,
                upload.content().length, Sha256.of(upload.content()), blankToNull(upload.note()),
                agreed == null ? null : upload.signedOn(), actor.id(), clock.instant()));
        files.keep(attachment, upload.content());
        timeline.record(caseId, CaseEventType.ATTACHMENT_ADDED, actor.id(),
                "上传%s：%s".formatted(upload.category().label(), fileName),
                "%d字节，SHA-256 %s".formatted(upload.content().length, attachment.getSha256())
                        + (agreed == null ? "" : "；协议于%s签署生效".formatted(ChinaTime.date(upload.signedOn()))));
        if (agreed != null) {
            signedAgreements.tookEffect(agreed.getId(), upload.signedOn(), actor.id());
        }
        if (issued.findFirstByCaseIdAndKindOrderByVersionDesc(caseId, DocumentKind.CASE_FILE).isPresent()) {
            caseFileQueue.boundFileOutdated(caseId);
        }
        return attachment;
    }

    /**
     * The mediation whose written agreement the upload is: the case's latest, which must have ended in one; the
     * day of signing lies between that day and today.
     */
    private Mediation signedAgreement(Long caseId, Upload upload) {
        Mediation mediation = mediations.findLatestOf(caseId)
                .filter(m -> m.getChannel() == Channel.PEOPLE && m.getResult() == MediationResult.SUCCESS
                        && m.getAgreementForm() == AgreementForm.WRITTEN)
                .orElseThrow(() -> new InvalidInputException("category", "案件没有达成书面人民调解协议，不能上传签署的协议书"));
        LocalDate agreedOn = LocalDate.ofInstant(mediation.getEndedAt(), ChinaTime.ZONE);
        if (upload.signedOn() == null) {
            throw new InvalidInputException("signedOn", "请填写协议的签署日期");
        }
        if (upload.signedOn().isAfter(ChinaTime.today(clock)) || upload.signedOn().isBefore(agreedOn)) {
            throw new InvalidInputException("signedOn", "签署日期须在%s（达成协议）至今天之间"
                    .formatted(ChinaTime.date(agreedOn)));
        }
        return mediation;
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(Long caseId) {
        cases.visibleCaseNo(caseId);
        return attachments.findByCaseIdOrderByUploadedAtAscIdAsc(caseId);
    }

    @Transactional
    public Opened open(Long caseId, Long attachmentId) {
        String caseNo = cases.visibleCaseNo(caseId);
        Attachment attachment = attachments.findByIdAndCaseId(attachmentId, caseId)
                .orElseThrow(() -> new NotFoundException("材料不存在：" + attachmentId));
        if (attachment.getCategory().isIdentity() && !scopes.seesPersonalDataWhole()) {
            throw new AccessDeniedException("当事人身份证明只有办理案件的人员可以查看");
        }
        auditLog.record(Subject.dispute(caseId, caseNo), actor.id(), AuditAction.PERSONAL_DATA_VIEWED,
                "查看材料%s：%s".formatted(attachment.getCategory().label(), attachment.getFileName()));
        return new Opened(attachment, files.of(attachment));
    }

    public record Opened(Attachment attachment, byte[] content) {
    }

    /** Every reason the upload is refused, by field, before anything is stored. */
    private FileKind check(Upload upload) {
        List<FieldProblem> problems = new ArrayList<>();
        if (upload.category() == null) {
            problems.add(new FieldProblem("category", "请选择材料类别"));
        }
        if (upload.note() != null && upload.note().length() > NOTE_MAX) {
            problems.add(new FieldProblem("note", "说明不能超过" + NOTE_MAX + "个字"));
        }
        String name = upload.fileName() == null ? "" : upload.fileName().strip();
        if (name.isEmpty() || name.length() > NAME_MAX || name.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\')) {
            problems.add(new FieldProblem("file", "文件名不能为空、不能超过" + NAME_MAX + "个字，也不能含有路径"));
        }
        Optional<FileKind> kind = Optional.empty();
        if (upload.content() == null || upload.content().length == 0) {
            problems.add(new FieldProblem("file", "文件是空的"));
        } else if (upload.content().length > properties.maxUploadBytes()) {
            problems.add(new FieldProblem("file", "文件不能超过%d MB".formatted(properties.maxUploadBytes() / (1024 * 1024))));
        } else {
            kind = FileKind.of(upload.content());
            if (kind.isEmpty()) {
                problems.add(new FieldProblem("file", "只接受PDF、JPEG或PNG文件"));
            } else if (!name.isEmpty() && !kind.get().named(name)) {
                problems.add(new FieldProblem("file", "文件内容是%s，与文件名“%s”不符".formatted(kind.get().name(), name)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return kind.orElseThrow();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
