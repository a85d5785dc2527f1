package dev.reckon.adapter.rest.post;

import static dev.reckon.adapter.rest.server.RouteGroup.PREFIX;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.reckon.adapter.rest.json.JsonBodies;
import dev.reckon.adapter.rest.problem.FieldProblem;
import dev.reckon.adapter.rest.problem.FoundProblems;
import dev.reckon.adapter.rest.problem.ProblemKind;
import dev.reckon.adapter.rest.server.RequestBodies;
import dev.reckon.adapter.rest.server.Responses;
import dev.reckon.adapter.rest.server.RouteGroup;
import dev.reckon.application.port.in.ApiSources;
import dev.reckon.application.port.in.ImportFileCommand;
import dev.reckon.application.port.in.ImportFileUseCase;
import dev.reckon.application.port.in.ImportOutcome;
import dev.reckon.application.port.in.PostListing;
import dev.reckon.application.port.in.ServedDataUseCase;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.ObservationQuery;
import dev.reckon.application.port.shared.PostSelection;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.report.DataListingView;
import dev.reckon.report.PostView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * {@code GET /posts}: the served dossier's posts, filtered, sorted and a page at a time, each once
 * (its latest export); {@code POST /posts}: posts given as JSON; {@code GET /series}: every series it holds.
 *
 * <p>Posted posts are read by the reader of canonical post files, so a post means exactly what the
 * same line of such a file means and is rolled up into its day's {@code post_*} series the same way.
 * A request's posts are one source named by a hash of their content.
 */
public final class PostRoutes implements RouteGroup {

    private static final String CURSOR_PREFIX = "posts-v1:";
    /** The reader of canonical post files, which is also the one that judges posted posts. */
    static final String CANONICAL_POSTS = "canonical-posts-jsonl";

    private final ServedDataUseCase data;
    private final ImportFileUseCase imports;
    private final JsonBodies json = new JsonBodies();

    @Inject
    public PostRoutes(ServedDataUseCase data, ImportFileUseCase imports) {
        this.data = Objects.requireNonNull(data, "data is null");
        this.imports = Objects.requireNonNull(imports, "imports is null");
    }

    @Override
    public void register(RoutesConfig routes, RequestBodies bodies) {
        routes.get(PREFIX + "/posts", this::posts);
        routes.post(PREFIX + "/posts", ctx -> post(ctx, bodies));
        routes.get(PREFIX + "/series", ctx -> Responses.json(ctx, 200, DataListingView.of(data.series())));
    }

    private void posts(Context ctx) {
        List<FieldProblem> problems = new ArrayList<>();
        int limit = parameter(ctx, "limit", PostRoutes::limit, problems).orElse(ObservationQuery.DEFAULT_LIMIT);
        int offset = parameter(ctx, "cursor", PostRoutes::offset, problems).orElse(0);
        Optional<PostListing> selected = select(ctx, problems);
        if (!problems.isEmpty()) {
            throw ProblemKind.INVALID_REQUEST.raise("some query parameters are not valid", problems);
        }
        PostListing listing = selected.orElseThrow();
        int from = Math.min(offset, listing.posts().size());
        int to = Math.min(from + limit, listing.posts().size());
        String next = to < listing.posts().size() ? cursor(to) : null;
        Responses.json(ctx, 200, new PageView(listing.posts().subList(from, to).stream()
                .map(post -> PostView.of(post, listing.zone())).toList(), listing.matching(), next));
    }

    private void post(Context ctx, RequestBodies bodies) {
        List<JsonNode> posts = json.read(bodies.readJson(ctx), new TypeReference<List<JsonNode>>() { });
        if (posts.isEmpty()) {
            throw ProblemKind.INVALID_POSTS.raise("the array is empty: post at least one post");
        }
        // Every element is one line, nulls and all, so that line n of what the reader reads is element n - 1.
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (JsonNode post : posts) {
            lines.writeBytes(json.write(post));
            lines.write('\n');
        }
        byte[] body = lines.toByteArray();
        String source = ApiSources.posts(ApiSources.contentHash(body));
        ImportOutcome outcome = read(new ImportFileCommand(source, () -> new ByteArrayInputStream(body),
                Optional.empty(), Optional.empty(), Optional.of(CANONICAL_POSTS), ImportFileCommand.Mode.ALL_OR_NOTHING));
        if (!outcome.stored()) {
            FoundProblems problems = new FoundProblems();
            for (RowProblem problem : outcome.report().problems()) {
                problems.add(problem.line().isEmpty() ? FieldProblem.ofField(problem.field(), problem.reason())
                        : FieldProblem.ofElement((int) problem.line().getAsLong() - 1, problem.field(), problem.reason()));
            }
            long rejected = outcome.report().rowsRejected();
            throw problems.raise(ProblemKind.INVALID_POSTS, rejected + (rejected == 1 ? " post is" : " posts are")
                    + " not valid, so none was stored");
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("received", posts.size());
        created.put("stored", outcome.report().rowsAccepted());
        created.put("source", source);
        Responses.json(ctx, 201, created);
    }

    private ImportOutcome read(ImportFileCommand command) {
        try {
            return imports.importFile(command);
        } catch (UnrecognisedExportException e) {
            throw new IllegalStateException("the server reads no posts: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("posts in memory could not be read", e);
        }
    }

    /** Every post the filters let through, sorted; empty with the problems of the parameters the dossier lacks. */
    private Optional<PostListing> select(Context ctx, List<FieldProblem> problems) {
        try {
            return Optional.of(data.posts(new PostSelection(text(ctx, "subject"), text(ctx, "platform"),
                    text(ctx, "period"), text(ctx, "sort"), OptionalInt.empty())));
        } catch (DossierException e) {
            e.problems().forEach(problem -> problems.add(FieldProblem.ofField(problem.file(), problem.message())));
            return Optional.empty();
        }
    }

    /** One page of posts: {@code matching} counts every post the filters let through, on every page. */
    record PageView(List<PostView> posts, int matching, String next) {
    }

    private static Optional<String> text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static <T> Optional<T> parameter(Context ctx, String name, Function<String, T> reader,
                                             List<FieldProblem> problems) {
        Optional<String> text = text(ctx, name);
        try {
            return text.map(reader);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.ofField(name, e.getMessage()));
            return Optional.empty();
        }
    }

    private static int limit(String text) {
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= ObservationQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // Said below, with the range.
        }
        throw new IllegalArgumentException("must be a whole number from 1 to " + ObservationQuery.MAX_LIMIT);
    }

    /** The cursor is opaque to clients; inside, it is the position of the page's first post. */
    private static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException ignored) {
            // Not base64 or not a number: the same answer as any other text that is no cursor.
        }
        throw new IllegalArgumentException("is not a cursor this server gave; start again without it");
    }
}
