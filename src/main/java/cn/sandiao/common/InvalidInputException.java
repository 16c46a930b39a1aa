package cn.sandiao.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule: answered 400 by the API; in Tasklist the message is shown on the form and the
 * task stays open, because the exception rolls the whole engine transaction back.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + "：" + p.message()).collect(Collectors.joining("；")));
        this.problems = List.copyOf(problems);
        Refusals.raised(this);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
