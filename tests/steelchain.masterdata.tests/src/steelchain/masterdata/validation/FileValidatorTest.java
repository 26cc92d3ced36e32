package steelchain.masterdata.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static steelchain.masterdata.validation.Check.assertProblem;
import static steelchain.masterdata.validation.Check.file;
import static steelchain.masterdata.validation.Check.lines;
import static steelchain.masterdata.validation.Check.onlyProblem;
import static steelchain.masterdata.validation.Check.passed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import steelchain.masterdata.ImportProblem;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.TestFiles;
import steelchain.masterdata.csv.CsvDelimiter;
import steelchain.masterdata.csv.CsvDialect;
import steelchain.masterdata.csv.CsvEncoding;

/** The header, the CSV format and the limits on what is reported, for any kind of file. */
class FileValidatorTest {

    private static final String HEADER = "code,name,industry,province,city,credit_limit_cny,grade";

    @TempDir
    Path folder;

    @Test
    void readsGbkFilesWithChineseHeadersAndTabSeparatedFiles() {
        Validation<List<CustomerRow>> gbk = file(TestFiles.gbk(folder, "data.csv", "客户编码,客户名称,行业,信用额度,客户等级",
                "C001,鞍钢集团,CONSTRUCTION,100,A"), new CustomerValidator());
        assertEquals(new CsvDialect(CsvEncoding.GBK, CsvDelimiter.COMMA, false), gbk.dialect());
        assertEquals("鞍钢集团", passed(gbk).get(0).name());

        Validation<List<CustomerRow>> tabs = lines(folder, new CustomerValidator(), HEADER.replace(',', '\t'),
                "C001\tWISCO, Wuhan\tTRADING\t湖北\t武汉\t100\tA");
        assertEquals(CsvDelimiter.TAB, tabs.dialect().delimiter());
        assertEquals("WISCO, Wuhan", passed(tabs).get(0).name());
    }

    @Test
    void unknownAndRepeatedColumnsAreReportedAndNoRowIsReadThen() {
        Validation<List<CustomerRow>> validation = lines(folder, new CustomerValidator(),
                "code,name,industry,colour,credit_limit_cny,grade,客户编码", "C1,x,STEEL,red,1,A,C1");
        List<ImportProblem> problems = validation.problems().kept();
        assertEquals(2, problems.size(), problems::toString);
        assertProblem(problems.get(0), 1, "colour", "", Reason.UNKNOWN_COLUMN,
                "code, name, industry, province, city, credit_limit_cny, grade");
        assertProblem(problems.get(1), 1, "客户编码", "", Reason.DUPLICATE_COLUMN, "1");
        assertEquals(0, validation.rows());
    }

    @Test
    void aRequiredColumnMustBeThere() {
        assertProblem(onlyProblem(lines(folder, new CustomerValidator(), "code,name,industry,credit_limit_cny",
                "C1,x,TRADING,1")), 1, "grade/客户等级", "", Reason.MISSING_COLUMN);
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertProblem(onlyProblem(file(TestFiles.write(folder.resolve("data.csv"), "", StandardCharsets.UTF_8),
                new CustomerValidator())), 1, "", "", Reason.EMPTY_FILE);
    }

    @Test
    void emptyCellsBeyondTheHeaderAreFineFilledOnesAreNot() {
        passed(lines(folder, new CustomerValidator(), HEADER + ",,", "C1,x,TRADING,,,1,A,,", "C2,y,TRADING,,,1,A"));
        assertProblem(onlyProblem(lines(folder, new CustomerValidator(), HEADER, "C1,x,TRADING,,,1,A,extra")), 2, "",
                "extra", Reason.TOO_MANY_FIELDS, "8", "7");
    }

    @Test
    void rowsAreTheLinesAnEditorShowsEvenAfterLineBreaksInsideQuotes() {
        Validation<List<CustomerRow>> validation = lines(folder, new CustomerValidator(), HEADER,
                "C1,\"Two-line\nname\",TRADING,,,1,A", "C2,y,TRADING,,,x,A");
        assertProblem(onlyProblem(validation), 4, "credit_limit_cny", "x", Reason.NOT_NUMBER);
    }

    @Test
    void brokenQuotingIsReportedAtItsRowAndColumnAfterTheRowsBefore() {
        Validation<List<CustomerRow>> validation = lines(folder, new CustomerValidator(), HEADER,
                "C1,x,STEEL,,,1,A", "C2,\"unclosed,TRADING,,,1,A", "C3,z,TRADING,,,1,A");
        List<ImportProblem> problems = validation.problems().kept();
        assertEquals(2, problems.size());
        assertProblem(problems.get(0), 2, "industry", "STEEL", Reason.NOT_ONE_OF,
                "AUTOMOTIVE, CONSTRUCTION, APPLIANCES, MACHINERY, SHIPBUILDING, ENERGY, CONTAINERS, TRADING");
        assertProblem(problems.get(1), 3, "name", "", Reason.UNCLOSED_QUOTE);
    }

    @Test
    void bytesOfAnotherEncodingAreReportedOnTheirRow() throws IOException {
        StringBuilder ascii = new StringBuilder(HEADER).append('\n');
        int rows = 0;
        while (ascii.length() < 100_000) {
            ascii.append("C").append(rows++).append(",plain,TRADING,,,1,A\n");
        }
        Path file = folder.resolve("data.csv");
        TestFiles.write(file, ascii + "X1,", StandardCharsets.US_ASCII);
        Files.write(file, "鞍钢,TRADING,,,1,A\n".getBytes(TestFiles.GBK), StandardOpenOption.APPEND);
        ImportProblem problem = onlyProblem(file(file, new CustomerValidator()));
        assertEquals(rows + 2, problem.row());
        assertEquals(Reason.MALFORMED_ENCODING, problem.reason());
        assertEquals(List.of("UTF-8"), problem.arguments());
    }

    @Test
    void keepsTheFirstThousandProblemsAndCountsAll() {
        String[] lines = new String[1501];
        lines[0] = HEADER;
        for (int i = 1; i <= 1500; i++) {
            lines[i] = "C" + i + ",name,TRADING,,,not a number,A";
        }
        Validation<List<CustomerRow>> validation = lines(folder, new CustomerValidator(), lines);
        assertEquals(1500, validation.problems().total());
        assertEquals(ProblemCollector.KEPT, validation.problems().kept().size());
        assertEquals(1001, validation.problems().kept().get(999).row());
        assertEquals(1500, validation.rows());
        assertFalse(validation.passed());
    }
}
