package app.gazette.site;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Random secrets kept in the database, so that every node uses the same one. The first node to
 * need a secret makes it; a node racing it reads the winner's. A secret never changes, so a node
 * keeps what it read.
 */
@Service
public class SiteSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SiteSecretRepository repository;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;
    private final Map<String, String> read = new ConcurrentHashMap<>();

    SiteSecrets(SiteSecretRepository repository, PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The secret of this name: 32 random bytes, Base64 (URL-safe, no padding). */
    public String secret(String name) {
        return read.computeIfAbsent(name, this::readOrCreate);
    }

    private String readOrCreate(String name) {
        try {
            return separateTransaction.execute(status -> repository
                    .findById(name)
                    .orElseGet(() -> repository.saveAndFlush(new SiteSecret(name, random(), clock.instant())))
                    .getValue());
        } catch (DataIntegrityViolationException raced) {
            return separateTransaction.execute(
                    status -> repository.findById(name).orElseThrow().getValue());
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
