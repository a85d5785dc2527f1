package dev.reckon.application.port.in;

import dev.reckon.domain.post.Post;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The posts a listing selected.
 *
 * @param title    the dossier's title
 * @param zone     the dossier's zone, which days are shown in
 * @param posts    the posts listed, in the order asked for
 * @param matching how many posts matched before {@code top} cut the list
 */
public record PostListing(String title, ZoneId zone, List<Post> posts, int matching) {

    public PostListing {
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(zone, "zone is null");
        posts = List.copyOf(posts);
    }
}
