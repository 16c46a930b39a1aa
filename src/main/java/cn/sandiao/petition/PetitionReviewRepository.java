package cn.sandiao.petition;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PetitionReviewRepository extends JpaRepository<PetitionReview, Long> {

    List<PetitionReview> findByPetitionIdOrderByIdAsc(Long petitionId);

    Optional<PetitionReview> findFirstByPetitionIdAndLevelOrderByIdDesc(Long petitionId, ReviewLevel level);
}
