package steelchain.core.batch;

/** A command line that cannot be run as given; the message names the problem and what is valid. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
