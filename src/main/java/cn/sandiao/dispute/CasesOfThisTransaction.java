package cn.sandiao.dispute;

import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Case numbers already resolved to their case in the current transaction. One task completion asks for its case
 * from several listeners (up to six when a case closes); after the first, the case is taken from the persistence
 * context by id instead of being queried again by number. Nothing outlives the transaction.
 */
final class CasesOfThisTransaction {

    private static final Object KEY = CasesOfThisTransaction.class;

    private CasesOfThisTransaction() {
    }

    static Long idOf(String caseNo) {
        Map<String, Long> known = known();
        return known == null ? null : known.get(caseNo);
    }

    static void remember(String caseNo, Long id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Map<String, Long> known = known();
        if (known == null) {
            Map<String, Long> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            known = fresh;
        }
        known.put(caseNo, id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> known() {
        return (Map<String, Long>) TransactionSynchronizationManager.getResource(KEY);
    }
}
