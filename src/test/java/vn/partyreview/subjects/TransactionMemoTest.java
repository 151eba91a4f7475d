package vn.partyreview.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.partyreview.subjects.TransactionMemo;

class TransactionMemoTest {

    private final TransactionMemo memo = new TransactionMemo();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void readsOncePerTransactionAndAfreshInTheNext() {
        for (int transaction = 1; transaction <= 2; transaction++) {
            TransactionSynchronizationManager.initSynchronization();
            try {
                assertThat(memo.get("DV01", this::read)).isEqualTo(transaction);
                assertThat(memo.get("DV01", this::read)).isEqualTo(transaction);
                TransactionSynchronizationManager.getSynchronizations()
                        .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            } finally {
                TransactionSynchronizationManager.clearSynchronization();
            }
        }
        assertThat(reads).hasValue(2);
    }

    @Test
    void keepsNothingOutsideATransaction() {
        memo.get("DV01", this::read);
        memo.get("DV01", this::read);
        assertThat(reads).hasValue(2);
    }

    private int read() {
        return reads.incrementAndGet();
    }
}
