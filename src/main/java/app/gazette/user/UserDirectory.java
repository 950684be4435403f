package app.gazette.user;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read-only lookups of newsroom members for other features: who a login is, and bylines by id. */
@Component
@Transactional(readOnly = true)
public class UserDirectory {

    private final UserRepository users;

    UserDirectory(UserRepository users) {
        this.users = users;
    }

    /** The member with this login. */
    public Optional<UserView> find(String username) {
        return users.findByUsername(username).map(UserView::of);
    }

    /** Display names of the members with these ids (missing ids left out). */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return users.findAllById(ids).stream().collect(Collectors.toMap(User::getId, User::getDisplayName));
    }
}
