package app.gazette.user;

public enum Role {
    ADMIN,
    EDITOR
}
