package cn.sandiao.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommitteeRepository extends JpaRepository<Committee, String> {

    // The routing of every case asks which types the committees take: their lists come in the same query (a fetch
    // join). JPQL, not a derived query with an entity graph: Hibernate 6.6 translates a criteria query, and any query
    // with an entity graph, to SQL anew at every call (about 4 % of a registration), but keeps a JPQL string's.
    @Query("select c from Committee c left join fetch c.disputeTypes"
            + " where c.kind = :kind and c.regionCode = :regionCode and c.active = true order by c.code")
    List<Committee> activeOfKindIn(CommitteeKind kind, String regionCode);

    @Query("select c from Committee c left join fetch c.disputeTypes where c.kind = :kind and c.active = true"
            + " order by c.code")
    List<Committee> activeOfKind(CommitteeKind kind);
}
