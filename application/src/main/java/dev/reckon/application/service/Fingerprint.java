package dev.reckon.application.service;

import dev.reckon.application.port.shared.Opener;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file's size and SHA-256, for the store to tell later whether it changed. */
record Fingerprint(long size, String sha256) {

    static Fingerprint of(Opener opener) throws IOException {
        MessageDigest digest = newDigest();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = opener.open()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new Fingerprint(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** A SHA-256 digest; every Java runtime has one. */
    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
