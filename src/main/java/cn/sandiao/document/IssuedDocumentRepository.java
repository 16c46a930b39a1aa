package cn.sandiao.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

    List<IssuedDocument> findByCaseIdOrderByKindAscVersionAsc(Long caseId);

    Optional<IssuedDocument> findFirstByCaseIdAndKindOrderByVersionDesc(Long caseId, DocumentKind kind);

    Optional<IssuedDocument> findByIdAndCaseId(Long id, Long caseId);

    List<IssuedDocument> findByPetitionIdOrderByKindAscVersionAsc(Long petitionId);

    Optional<IssuedDocument> findFirstByPetitionIdAndKindOrderByVersionDesc(Long petitionId, DocumentKind kind);

    Optional<IssuedDocument> findByIdAndPetitionId(Long id, Long petitionId);

    Optional<IssuedDocument> findByVerificationCode(String verificationCode);

    /** The latest case file (卷宗) of each case whose file lacks required items, the latest bound first. */
    @Query("select d from IssuedDocument d where d.kind = cn.sandiao.document.DocumentKind.CASE_FILE"
            + " and d.missingItems is not null and d.version = (select max(e.version) from IssuedDocument e"
            + " where e.caseId = d.caseId and e.kind = d.kind) order by d.issuedAt desc")
    List<IssuedDocument> findIncompleteCaseFiles();
}
