package cn.sandiao.organization;

import cn.sandiao.common.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes an upload only if it really is an .xlsx (a zip: it starts with "PK\3\4", whatever its name says) of an
 * acceptable size, before any parser sees it. POI's own zip-bomb guard (inflation ratio) covers what is inside.
 */
final class UploadedWorkbook {

    /** A prefecture's organisation (≈ 15,000 rows) takes about 1.5 MB; ten times that is refused unread. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private UploadedWorkbook() {
    }

    static byte[] bytesOf(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "请选择要上传的Excel文件（.xlsx）");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new InvalidInputException("file", "文件过大，最大" + MAX_BYTES / 1024 / 1024 + "MB");
        }
        try {
            byte[] bytes = file.getBytes();
            if (!isZip(bytes)) {
                throw new InvalidInputException("file", "文件不是Excel工作簿（.xlsx），请用下载的模板填写后上传");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isZip(byte[] bytes) {
        if (bytes.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (bytes[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
