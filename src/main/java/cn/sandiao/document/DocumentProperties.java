package cn.sandiao.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's settings for its papers ({@code sandiao.documents.*}).
 *
 * @param templateDir  a folder whose templates (same names as the shipped ones, {@code <name>.html}) replace the
 *                     shipped ones without a rebuild; also where committee seals are found,
 *                     {@code seals/<committee code>.png}. Empty: the shipped templates only.
 * @param numberPrefix the county's short name in document numbers, e.g. 和 in （2026）和人调字第12号
 * @param maxUploadBytes the largest file a case takes (default 10 MB)
 * @param bindAtClosure  whether a people's mediation case's file (卷宗) is bound when the case closes (default yes)
 */
@ConfigurationProperties("sandiao.documents")
public record DocumentProperties(String templateDir, String numberPrefix, Long maxUploadBytes, Boolean bindAtClosure) {

    static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    public DocumentProperties {
        numberPrefix = numberPrefix == null ? "" : numberPrefix.strip();
        templateDir = templateDir == null || templateDir.isBlank() ? null : templateDir.strip();
        maxUploadBytes = maxUploadBytes == null ? DEFAULT_MAX_UPLOAD_BYTES : maxUploadBytes;
        bindAtClosure = bindAtClosure == null || bindAtClosure;
    }
}
