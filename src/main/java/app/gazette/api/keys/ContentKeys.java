package app.gazette.api.keys;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Content keys: admins make, regenerate and revoke them; every API request is checked against them. */
@Service
@Transactional(readOnly = true)
public class ContentKeys {

    private final ContentKeyRepository keys;
    private final Clock clock;

    ContentKeys(ContentKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public List<KeyView> list() {
        return keys.findAllByName().stream().map(ContentKey::view).toList();
    }

    @Transactional
    public IssuedKey create(String name) {
        KeySecret secret = KeySecret.random();
        ContentKey key = keys.save(new ContentKey(name.strip(), secret, clock.instant()));
        return new IssuedKey(key.getId(), key.getName(), secret.value());
    }

    /** A new secret for the key, the old one refused from now on; empty when no such key. */
    @Transactional
    public Optional<IssuedKey> regenerate(long id) {
        return keys.findById(id).map(key -> {
            KeySecret secret = KeySecret.random();
            key.issue(secret, clock.instant());
            return new IssuedKey(key.getId(), key.getName(), secret.value());
        });
    }

    /** Deletes the key (and its request counts); whether there was one. */
    @Transactional
    public boolean revoke(long id) {
        if (!keys.existsById(id)) {
            return false;
        }
        keys.deleteById(id);
        return true;
    }

    /** The id of the key with this secret, if any: one indexed lookup by the secret's hash. */
    public Optional<Long> authenticate(String secret) {
        return secret == null || secret.isBlank() || secret.length() > 200
                ? Optional.empty()
                : keys.findIdByHash(KeySecret.hashOf(secret.strip()));
    }
}
