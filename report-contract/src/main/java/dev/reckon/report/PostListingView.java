package dev.reckon.report;

import dev.reckon.application.port.in.PostListing;
import java.util.List;

/**
 * The answer of {@code reckon posts --format json}: the posts listed and how many matched before
 * {@code --top} cut the list. Field names and meanings only ever grow.
 */
public record PostListingView(String dossier, String zone, int matching, List<PostView> posts) {

    public PostListingView {
        posts = List.copyOf(posts);
    }

    public static PostListingView of(PostListing listing) {
        return new PostListingView(listing.title(), listing.zone().getId(), listing.matching(),
                listing.posts().stream().map(post -> PostView.of(post, listing.zone())).toList());
    }
}
