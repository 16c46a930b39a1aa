package cn.sandiao.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByCaseIdOrderByUploadedAtAscIdAsc(Long caseId);

    Optional<Attachment> findByIdAndCaseId(Long id, Long caseId);
}
