package dev.reckon.adapter.file.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldSeparatorTest {

    @Test
    void a_spreadsheet_in_a_european_locale_separates_with_semicolons() {
        assertThat(FieldSeparator.of("Date;Lifetime Total Likes;\"Daily New Likes, all\"")).isEqualTo(FieldSeparator.SEMICOLON);
    }

    @Test
    void excels_unicode_text_separates_with_tabs() {
        assertThat(FieldSeparator.of("Tweet id\tTweet permalink\ttime\timpressions")).isEqualTo(FieldSeparator.TAB);
    }

    @Test
    void separators_inside_quotes_do_not_count() {
        assertThat(FieldSeparator.of("\"a;b;c\",\"d;e\",f")).isEqualTo(FieldSeparator.COMMA);
        assertThat(FieldSeparator.of("\"Reach by City - Stockholm, Sweden\";\"Reach by City - Oslo, Norway\";Date"))
                .isEqualTo(FieldSeparator.SEMICOLON);
    }

    @Test
    void a_header_of_one_column_is_read_as_comma_separated() {
        assertThat(FieldSeparator.of("Date")).isEqualTo(FieldSeparator.COMMA);
        assertThat(FieldSeparator.of("")).isEqualTo(FieldSeparator.COMMA);
    }

    @Test
    void a_sep_line_names_the_separator_outright() {
        assertThat(FieldSeparator.of("sep=;")).isEqualTo(FieldSeparator.SEMICOLON);
        assertThat(FieldSeparator.of("sep=\t")).isEqualTo(FieldSeparator.TAB);
        assertThat(FieldSeparator.of("SEP=,")).isEqualTo(FieldSeparator.COMMA);
        assertThat(FieldSeparator.named("sep=;x")).isEmpty();
        assertThat(FieldSeparator.named("separator")).isEmpty();
    }
}
