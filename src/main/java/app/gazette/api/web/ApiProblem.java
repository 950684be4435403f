package app.gazette.api.web;

/**
 * An API answer other than 200: its status, the error type clients switch on, and a message key of
 * i18n/api.properties with its arguments. Never carries an exception's own message.
 */
class ApiProblem extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;

    ApiProblem(int status, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The generic problem of a status some other part of the server answered. */
    static ApiProblem of(int status) {
        return new ApiProblem(status, "api.error." + (type(status).equals("RequestError") ? "other" : status));
    }

    static ApiProblem badParameter(String name, String value) {
        return new ApiProblem(400, "api.error.parameter." + name, value);
    }

    int status() {
        return status;
    }

    String type() {
        return type(status);
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }

    private static String type(int status) {
        return switch (status) {
            case 400 -> "BadRequestError";
            case 401 -> "UnauthorizedError";
            case 404 -> "NotFoundError";
            case 405 -> "MethodNotAllowedError";
            case 406 -> "NotAcceptableError";
            case 413 -> "RequestEntityTooLargeError";
            case 429 -> "TooManyRequestsError";
            case 500 -> "InternalServerError";
            default -> "RequestError";
        };
    }
}
