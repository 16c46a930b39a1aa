package cn.sandiao.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/** Lays a filled template out as an A4 PDF with the Chinese font ({@link DocumentFont}) embedded as a subset. */
@Component
class PdfRenderer {

    Rendered render(String xhtml, String baseUri) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(DocumentFont.bytes()), DocumentFont.FAMILY);
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = pdf.toByteArray();
        return new Rendered(bytes, pagesOf(bytes));
    }

    record Rendered(byte[] pdf, int pages) {
    }

    private static int pagesOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
