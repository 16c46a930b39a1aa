package cn.sandiao.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a case takes (scans and photos of papers): told by their first bytes, never by the name or the
 * browser's content type, both of which the sender chooses.
 */
enum FileKind {
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String contentType;
    private final List<String> extensions;
    private final byte[] magic;

    FileKind(String contentType, List<String> extensions, byte[] magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    String contentType() {
        return contentType;
    }

    static Optional<FileKind> of(byte[] content) {
        return Arrays.stream(values()).filter(kind -> startsWith(content, kind.magic)).findFirst();
    }

    /** Whether the file's name ends the way files of this kind do. */
    boolean named(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
