package steelchain.marketing.segmentation;

import java.util.List;

/** An order file that cannot be used as a whole, with the first problems found and their count. */
public class OrderFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<CsvProblem> problems;
    private final long problemCount;

    public OrderFileException(String message, List<CsvProblem> problems, long problemCount) {
        super(message);
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    /** The first problems, in file order. */
    public List<CsvProblem> problems() {
        return problems;
    }

    /** How many problems the file has in all. */
    public long problemCount() {
        return problemCount;
    }
}
