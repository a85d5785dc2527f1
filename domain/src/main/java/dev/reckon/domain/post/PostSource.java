package dev.reckon.domain.post;

import java.util.List;

/**
 * The posts a dossier holds, one per {@link PostId} (its latest export, {@link LaterExport}): what
 * a claim over posts one by one ({@code by post}) reads.
 */
public interface PostSource {

    /** The posts that match {@code filter}, by creation time, then by id. */
    List<Post> posts(PostFilter filter);
}
