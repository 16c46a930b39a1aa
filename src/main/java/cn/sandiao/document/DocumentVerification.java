package cn.sandiao.document;

import cn.sandiao.common.NotFoundException;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.petition.PetitionPapers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which paper a code printed on a page belongs to, a case's or a petition's, for a user who may see its owner. */
@Service
class DocumentVerification {

    private final IssuedDocumentRepository issued;
    private final DisputeCases cases;
    private final PetitionPapers petitions;

    DocumentVerification(IssuedDocumentRepository issued, DisputeCases cases, PetitionPapers petitions) {
        this.issued = issued;
        this.cases = cases;
        this.petitions = petitions;
    }

    @Transactional(readOnly = true)
    IssuedDocument verify(String code) {
        IssuedDocument document = issued.findByVerificationCode(code.strip().toUpperCase())
                .orElseThrow(() -> new NotFoundException("没有校验码为" + code + "的文书"));
        if (document.getPetitionId() != null) {
            petitions.visiblePetitionNo(document.getPetitionId());
        } else {
            cases.visibleCaseNo(document.getCaseId());
        }
        return document;
    }
}
