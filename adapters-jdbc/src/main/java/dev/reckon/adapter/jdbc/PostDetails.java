package dev.reckon.adapter.jdbc;

import java.nio.ByteBuffer;
import java.util.Optional;

/** The type, permalink and preview of a post block's posts as read back, for a read of whole posts. */
final class PostDetails {

    private final TextColumn types;
    private final TextColumn permalinks;
    private final TextColumn previews;

    private PostDetails(TextColumn types, TextColumn permalinks, TextColumn previews) {
        this.types = types;
        this.permalinks = permalinks;
        this.previews = previews;
    }

    /** The details {@link PostBlock#details} holds. */
    static PostDetails of(byte[] details) {
        ByteBuffer from = BlockBytes.reading(details);
        int count = from.getInt();
        TextColumn types = TextColumn.read(from, count);
        TextColumn permalinks = TextColumn.read(from, count);
        return new PostDetails(types, permalinks, TextColumn.read(from, count));
    }

    Optional<String> type(int index) {
        return Optional.ofNullable(types.get(index));
    }

    /** Its permalink; {@code id} where the permalink is the post's id, which is then kept once. */
    Optional<String> permalink(int index, String id) {
        return Optional.ofNullable(permalinks.get(index, id));
    }

    Optional<String> preview(int index) {
        return Optional.ofNullable(previews.get(index));
    }
}
