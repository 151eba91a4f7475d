package vn.partyreview.subjects;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from the records once per transaction: one engine command creating a member's tasks and passing its
 * gateways asks for the same member's assignment many times, and the records cannot change within it. Outside a
 * transaction nothing is kept.
 */
final class TransactionMemo {

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read.get();
        }
        Map<String, Object> values = (Map<String, Object>) TransactionSynchronizationManager.getResource(this);
        if (values == null) {
            values = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, values);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
                }
            });
        }
        return (T) values.computeIfAbsent(key, ignored -> read.get());
    }
}
