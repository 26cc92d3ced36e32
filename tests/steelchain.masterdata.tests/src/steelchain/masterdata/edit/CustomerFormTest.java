package steelchain.masterdata.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;
import steelchain.masterdata.ImportProblem;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.TestFiles;
import steelchain.masterdata.validation.CustomerRow;
import steelchain.masterdata.validation.CustomerValidator;
import steelchain.masterdata.validation.FileValidator;
import steelchain.masterdata.validation.Validation;

/** The customer editor's model: the import's rules per field, messages in both languages, contacts. */
class CustomerFormTest {

    @TempDir
    Path folder;

    private static CustomerForm validNewCustomer() {
        CustomerForm form = CustomerForm.create(code -> code.equals("TAKEN"));
        form.set(CustomerForm.CODE, "C900");
        form.set(CustomerForm.NAME, "Jiangsu Appliance Steel");
        form.set(CustomerForm.INDUSTRY, "APPLIANCES");
        form.set(CustomerForm.PROVINCE, "Jiangsu");
        form.set(CustomerForm.CREDIT_LIMIT, "2500000.5");
        return form;
    }

    @Test
    void aNewFormNeedsCodeNameAndIndustryAndStartsWithTheModelsDefaults() {
        CustomerForm form = CustomerForm.create(code -> false);
        assertTrue(form.isNew());
        assertFalse(form.isValid());
        assertEquals(List.of(CustomerForm.CODE, CustomerForm.NAME, CustomerForm.INDUSTRY),
                form.problems().stream().map(FieldProblem::field).toList());
        assertEquals("0", form.get(CustomerForm.CREDIT_LIMIT));
        assertEquals("C", form.get(CustomerForm.GRADE));
    }

    @Test
    void aValidFormGivesTheRowTheImporterWouldRead() {
        CustomerForm form = validNewCustomer();
        assertTrue(form.isValid(), () -> form.problems().toString());
        assertEquals(new CustomerRow("C900", "Jiangsu Appliance Steel", Industry.APPLIANCES, "Jiangsu", null,
                new BigDecimal("2500000.50"), CustomerGrade.C), form.row());
    }

    @Test
    void aBadCreditLimitNamesTheFieldTheReasonAndTheValueInBothLanguages() {
        CustomerForm form = validNewCustomer();
        form.set(CustomerForm.CREDIT_LIMIT, "abc");
        assertFalse(form.isValid());
        FieldProblem problem = form.problem(CustomerForm.CREDIT_LIMIT);
        assertEquals(Reason.NOT_NUMBER, problem.reason());
        assertEquals("Credit limit (CNY): not a number; write digits with a decimal point, e.g. 1234.5 (was 'abc')",
                problem.message(Locale.ENGLISH));
        assertEquals("信用额度（元）：不是数字；请用数字和小数点书写，例如 1234.5（输入的是“abc”）",
                problem.message(Locale.SIMPLIFIED_CHINESE));

        form.set(CustomerForm.CREDIT_LIMIT, "-5");
        assertEquals("Credit limit (CNY): must not be negative (was '-5')",
                form.problem(CustomerForm.CREDIT_LIMIT).message(Locale.ENGLISH));
        form.set(CustomerForm.CREDIT_LIMIT, "1000");
        assertTrue(form.isValid());
    }

    /** The one rule per field: a text the import refuses in a cell, the editor refuses in the field, and why. */
    @Test
    void theEditorAndTheImportRefuseTheSameValuesForTheSameReasons() throws IOException {
        List<String> creditLimits = List.of("abc", "-1", "1.234", "12345678901234567", "1e3", "");
        for (String creditLimit : creditLimits) {
            CustomerForm form = validNewCustomer();
            form.set(CustomerForm.CREDIT_LIMIT, creditLimit);
            Path file = TestFiles.utf8(folder, "customers.csv", "code,name,industry,province,city,credit_limit_cny,grade",
                    "C900,Jiangsu Appliance Steel,APPLIANCES,Jiangsu,," + creditLimit + ",C");
            Validation<List<CustomerRow>> imported = FileValidator.validate(file, null, null, new CustomerValidator(),
                    new NullProgressMonitor());
            List<Reason> importReasons = imported.problems().kept().stream().map(ImportProblem::reason).toList();
            List<Reason> formReasons = form.problems().stream().map(FieldProblem::reason).toList();
            assertEquals(importReasons, formReasons, () -> "credit limit '" + creditLimit + "'");
        }
    }

    @Test
    void aCodeThatIsTakenCannotBeCreated() {
        CustomerForm form = validNewCustomer();
        form.set(CustomerForm.CODE, "TAKEN");
        assertEquals(Reason.CODE_EXISTS, form.problem(CustomerForm.CODE).reason());
        assertEquals("Customer code: a record with this code exists already (was 'TAKEN')",
                form.problem(CustomerForm.CODE).message(Locale.ENGLISH));
        assertEquals("客户编码：此编码已存在（输入的是“TAKEN”）",
                form.problem(CustomerForm.CODE).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void contactsNeedANameAndAnEmailAddressThatLooksLikeOne() {
        CustomerForm form = validNewCustomer();
        form.addContact();
        assertEquals("Contact name (contact 1): a value is required",
                form.problem(CustomerForm.CONTACT_NAME).message(Locale.ENGLISH));
        form.setContact(0, CustomerForm.CONTACT_NAME, "Wang Li");
        form.setContact(0, CustomerForm.CONTACT_EMAIL, "wang.li at example.com");
        assertEquals(Reason.NOT_EMAIL, form.problem(CustomerForm.CONTACT_EMAIL).reason());
        assertEquals("电子邮件（第 1 个联系人）：不是电子邮件地址；请写成 name@example.com（输入的是“wang.li at example.com”）",
                form.problem(CustomerForm.CONTACT_EMAIL).message(Locale.SIMPLIFIED_CHINESE));
        form.setContact(0, CustomerForm.CONTACT_EMAIL, " wang.li@example.com ");
        form.setContact(0, CustomerForm.CONTACT_ROLE, "x".repeat(61));
        assertEquals(Reason.TOO_LONG, form.problem(CustomerForm.CONTACT_ROLE).reason());
        form.setContact(0, CustomerForm.CONTACT_ROLE, "Buyer");
        assertTrue(form.isValid(), () -> form.problems().toString());
        assertEquals(List.of(new ContactLine(null, "Wang Li", "Buyer", "", "wang.li@example.com")),
                form.contactValues());
        form.removeContact(0);
        assertEquals(List.of(), form.contacts());
        assertNull(form.problem(CustomerForm.CONTACT_NAME));
    }

    @Test
    void problemsComeInTheOrderOfTheFields() {
        CustomerForm form = validNewCustomer();
        form.addContact();
        form.set(CustomerForm.CREDIT_LIMIT, "x");
        form.set(CustomerForm.CODE, "");
        assertEquals(List.of(CustomerForm.CODE, CustomerForm.CREDIT_LIMIT, CustomerForm.CONTACT_NAME),
                form.problems().stream().map(FieldProblem::field).toList());
    }
}
