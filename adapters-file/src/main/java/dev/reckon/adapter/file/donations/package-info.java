/**
 * The reader of donation exports (ActBlue, Stripe, NationBuilder), which counts donors without
 * keeping who they are (docs/formats.md, "Donations"). Depends on {@code platform}, {@code export},
 * the domain and the application's outgoing ports.
 */
package dev.reckon.adapter.file.donations;
