package cn.sandiao.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommitteeRepository extends JpaRepository<Committee, String> {

    // the routing's catalogue (CommitteeCatalogue) reads them all with their types in one query, a fetch join
    @Query("select c from Committee c left join fetch c.disputeTypes where c.active = true order by c.code")
    List<Committee> allActive();
}
