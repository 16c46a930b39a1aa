package cn.sandiao.document;

import cn.sandiao.common.DamagedDataException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bytes of attachments and issued papers, kept through the configured {@link FileContentStore} and read from
 * wherever their row says they are. Every read is checked against the SHA-256 recorded when the file was taken in
 * or issued: a file that is not what was kept (altered in the bucket or the database, or gone) is refused, never
 * handed out as the original.
 */
@Component
class StoredFiles {

    private static final Logger LOG = LoggerFactory.getLogger(StoredFiles.class);
    private static final String RESTORE = "系统拒绝提供，请联系管理员从备份恢复";

    private final FileContentStore store;
    private final AttachmentFileRepository attachmentFiles;
    private final DocumentFileRepository documentFiles;

    StoredFiles(FileContentStore store, AttachmentFileRepository attachmentFiles, DocumentFileRepository documentFiles) {
        this.store = store;
        this.attachmentFiles = attachmentFiles;
        this.documentFiles = documentFiles;
    }

    /** In the transaction that saved the attachment's row: its bytes, as sent. */
    void keep(Attachment attachment, byte[] content) {
        attachmentFiles.save(new AttachmentFile(attachment.getId(), store.put("attachments/" + attachment.getId(),
                content)));
    }

    /** In the transaction that issued the version: its PDF, as issued. */
    void keep(IssuedDocument document, byte[] pdf) {
        documentFiles.save(new DocumentFile(document.getId(), store.put("documents/" + document.getId(), pdf)));
    }

    byte[] of(Attachment attachment) {
        FileRow row = attachmentFiles.findById(attachment.getId()).orElse(null);
        return checked(row, attachment.getSha256(), "材料《" + attachment.getFileName() + "》", "上传",
                "attachment " + attachment.getId());
    }

    byte[] of(IssuedDocument document) {
        FileRow row = documentFiles.findById(document.getId()).orElse(null);
        return checked(row, document.getSha256(), "文书《%s（第%d版）》".formatted(document.getKind().label(),
                document.getVersion()), "出具", "issued document " + document.getId());
    }

    private byte[] checked(FileRow row, String sha256, String what, String when, String which) {
        byte[] content = row == null ? null : row.content() != null ? row.content() : store.get(row.objectKey());
        if (content == null) {
            LOG.error("{} 的文件内容不存在（{}）", which, row == null ? "无文件记录" : "对象 " + row.objectKey());
            throw new DamagedDataException(what + "的文件已不在存储中，" + RESTORE);
        }
        String actual = Sha256.of(content);
        if (!Objects.equals(actual, sha256 == null ? null : sha256.strip())) {
            LOG.error("{} 的文件内容与记录的SHA-256不符：记录 {}，实际 {}（{}）", which, sha256, actual,
                    row.objectKey() == null ? "数据库" : "对象 " + row.objectKey());
            throw new DamagedDataException(what + "已损坏：内容与" + when + "时记录的SHA-256校验值不符，" + RESTORE);
        }
        return content;
    }
}
