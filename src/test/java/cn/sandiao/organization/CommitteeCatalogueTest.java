package cn.sandiao.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The routing reads the committees from memory, and a change to a committee reaches it at the next call: made here
 * through JPA, made on another node (its row and the stamp written by another transaction), or rolled back.
 */
@IntegrationTest
class CommitteeCatalogueTest {

    private static final String DONGCUN = "990101001001";

    @Autowired CommitteeDirectory directory;
    @Autowired CommitteeRepository committees;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;

    private String name;
    private Set<String> types;

    @BeforeEach
    void rememberDongcun() {
        transaction.executeWithoutResult(status -> {
            Committee dongcun = committees.findById("dongcun").orElseThrow();
            name = dongcun.getName();
            types = dongcun.getDisputeTypes();
        });
    }

    @AfterEach
    void restoreDongcun() {
        transaction.executeWithoutResult(status -> {
            Committee dongcun = committees.findById("dongcun").orElseThrow();
            dongcun.reactivate();
            dongcun.revise(name, dongcun.getKind(), dongcun.getRegionCode(), dongcun.getSpecialty(), types);
        });
    }

    @Test
    void shouldRouteAwayFromACommitteeDeactivatedThroughTheApplication() {
        assertThat(directory.committeeFor(DONGCUN, MediationLevel.VILLAGE, "NEIGHBOUR").getCode()).isEqualTo("dongcun");

        transaction.executeWithoutResult(status -> committees.findById("dongcun").orElseThrow().deactivate());

        assertThat(directory.committeeFor(DONGCUN, MediationLevel.VILLAGE, "NEIGHBOUR").getCode())
                .isEqualTo("chengguan");
    }

    @Test
    void shouldSeeAChangeFromAnotherNodeOnceItsStampIsWritten() {
        assertThat(directory.committeeFor(DONGCUN, MediationLevel.VILLAGE, "NEIGHBOUR").getName()).isEqualTo(name);

        // the row alone, as no node writes it: the routing keeps its copy, which shows that it reads from memory
        jdbc.update("update committee set name = '东村调委会（新）' where code = 'dongcun'");
        assertThat(directory.committeeFor(DONGCUN, MediationLevel.VILLAGE, "NEIGHBOUR").getName()).isEqualTo(name);

        CommitteeStamp.renew(jdbc); // as another node's transaction does with its change
        assertThat(directory.committeeFor(DONGCUN, MediationLevel.VILLAGE, "NEIGHBOUR").getName())
                .isEqualTo("东村调委会（新）");
    }

    @Test
    void shouldForgetWhatATransactionThatRolledBackSaw() {
        transaction.executeWithoutResult(status -> {
            committees.findById("dongcun").orElseThrow().deactivate();
            committees.flush();
            assertThat(directory.committeeFor(DONGCUN, MediationLevel.VILLAGE, "NEIGHBOUR").getCode())
                    .isEqualTo("chengguan");
            status.setRollbackOnly();
        });

        assertThat(directory.committeeFor(DONGCUN, MediationLevel.VILLAGE, "NEIGHBOUR").getCode()).isEqualTo("dongcun");
    }

    @Test
    void shouldKeepNoCopyThatHoldsTheCallersOwnUnflushedChange() {
        CommitteeStamp.renew(jdbc); // the copy in memory is out of date: the next call reads the committees again
        transaction.executeWithoutResult(status -> {
            committees.findById("dongcun").orElseThrow().deactivate(); // not flushed: the reading query flushes it
            // the committees read once, holding the change
            assertThat(directory.committeeFor(DONGCUN, MediationLevel.TOWNSHIP, "NEIGHBOUR").getCode())
                    .isEqualTo("chengguan");
            status.setRollbackOnly();
        });

        assertThat(directory.committeeFor(DONGCUN, MediationLevel.VILLAGE, "NEIGHBOUR").getCode()).isEqualTo("dongcun");
    }

    @Test
    void shouldSeeAChangedListOfDisputeTypes() {
        transaction.executeWithoutResult(status -> {
            Committee dongcun = committees.findById("dongcun").orElseThrow();
            dongcun.revise(dongcun.getName(), dongcun.getKind(), dongcun.getRegionCode(), dongcun.getSpecialty(),
                    List.of("NEIGHBOUR", "MARRIAGE_FAMILY"));
        });
        assertThat(directory.committeeFor(DONGCUN, MediationLevel.VILLAGE, "MARRIAGE_FAMILY").getCode())
                .isEqualTo("dongcun");

        transaction.executeWithoutResult(status -> {
            Committee dongcun = committees.findById("dongcun").orElseThrow();
            dongcun.revise(dongcun.getName(), dongcun.getKind(), dongcun.getRegionCode(), dongcun.getSpecialty(),
                    List.of("NEIGHBOUR"));
        });

        assertThat(directory.committeeFor(DONGCUN, MediationLevel.VILLAGE, "MARRIAGE_FAMILY").getCode())
                .isEqualTo("chengguan");
        assertThat(directory.committeeFor(DONGCUN, MediationLevel.VILLAGE, "NEIGHBOUR").getCode()).isEqualTo("dongcun");
    }
}
