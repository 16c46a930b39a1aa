package cn.sandiao.petition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PetitionNoticeRepository extends JpaRepository<PetitionNotice, Long> {

    List<PetitionNotice> findByPetitionIdOrderByIdAsc(Long petitionId);
}
