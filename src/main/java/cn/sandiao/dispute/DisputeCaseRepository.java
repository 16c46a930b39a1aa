package cn.sandiao.dispute;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DisputeCaseRepository extends JpaRepository<DisputeCase, Long>, JpaSpecificationExecutor<DisputeCase> {
}
