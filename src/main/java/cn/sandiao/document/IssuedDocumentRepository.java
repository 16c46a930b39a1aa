package cn.sandiao.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

    List<IssuedDocument> findByCaseIdOrderByKindAscVersionAsc(Long caseId);

    Optional<IssuedDocument> findFirstByCaseIdAndKindOrderByVersionDesc(Long caseId, DocumentKind kind);

    Optional<IssuedDocument> findByIdAndCaseId(Long id, Long caseId);

    Optional<IssuedDocument> findByVerificationCode(String verificationCode);
}
