package app.gazette.user;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Signs a user out on every node: their sessions are rows in the database. Used when an account is
 * disabled, changes role or gets a new password, so the change takes effect at once; a member who
 * changes their own password keeps the session they did it in.
 */
@Component
class UserSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    void signOut(String username) {
        signOutOthers(username, null);
    }

    /** Ends every session of this member but the one with this id (null: all). */
    void signOutOthers(String username, String keep) {
        sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(repository::deleteById));
    }
}
