package dev.reckon.adapter.file.donations;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * A donor, known only by a digest of their id or e-mail address: enough to count distinct donors,
 * while the id or address itself is never kept, logged or shown. 128 bits of SHA-256 make two
 * donors sharing a key vanishingly unlikely.
 */
record DonorKey(long high, long low) {

    /** The key of a donor id or e-mail address; case and surrounding spaces do not matter. */
    static DonorKey of(String kind, String identity) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((kind + ":" + identity.strip().toLowerCase(Locale.ROOT))
                    .getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.wrap(hash);
            return new DonorKey(buffer.getLong(), buffer.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Never the identity: a donor key prints as a placeholder. */
    @Override
    public String toString() {
        return "DonorKey[hidden]";
    }
}
