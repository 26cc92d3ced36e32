package steelchain.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.jface.resource.JFaceResources;
import org.junit.jupiter.api.Test;

/** JFace's own buttons (OK, Cancel, Next) speak Chinese to a Chinese user: the steelchain.ui.nl fragment. */
class JFaceChineseTest {

    private static ResourceBundle jfaceTexts(Locale locale) {
        return ResourceBundle.getBundle("org.eclipse.jface.messages", locale, JFaceResources.class.getClassLoader());
    }

    @Test
    void dialogButtonsAreTranslated() {
        ResourceBundle chinese = jfaceTexts(Locale.SIMPLIFIED_CHINESE);
        assertEquals("确定", chinese.getString("ok"));
        assertEquals("取消", chinese.getString("cancel"));
        assertEquals("下一步(&N) >", chinese.getString("nextButton"));
        assertEquals("OK", jfaceTexts(Locale.ROOT).getString("ok"), "English stays the base");
    }
}
