/** Bilingual (zh_CN, en) user-facing texts. */
package steelchain.core.text;
