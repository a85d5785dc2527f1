/** {@code POST /api/v1/scans}: a text in, its figures and the relations it implies out (docs/scan.md). */
package dev.reckon.adapter.rest.scan;
