package cn.sandiao.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommitteeRepository extends JpaRepository<Committee, String> {

    // The routing of every case asks which types the committees take: their lists come in the same query, by a fetch
    // join rather than an entity graph, with which Hibernate 6.6 would translate the query anew at every call (JPQL,
    // as every query a case's steps run: README, "The queries a case's steps run, as JPQL").
    @Query("select c from Committee c left join fetch c.disputeTypes"
            + " where c.kind = :kind and c.regionCode = :regionCode and c.active = true order by c.code")
    List<Committee> activeOfKindIn(CommitteeKind kind, String regionCode);

    @Query("select c from Committee c left join fetch c.disputeTypes where c.kind = :kind and c.active = true"
            + " order by c.code")
    List<Committee> activeOfKind(CommitteeKind kind);
}
