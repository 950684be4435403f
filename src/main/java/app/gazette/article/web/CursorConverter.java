package app.gazette.article.web;

import app.gazette.article.Cursor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads ?before= and ?after= of list pages; an unreadable cursor is a 400. */
@Component
class CursorConverter implements Converter<String, Cursor> {

    @Override
    public Cursor convert(String token) {
        return Cursor.parse(token).orElseThrow(() -> new IllegalArgumentException("not a list cursor"));
    }
}
