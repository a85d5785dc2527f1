/**
 * How an export's bytes become text: detecting UTF-8, UTF-16 and Windows-1252 as platforms write
 * them, and reading fixed-width digits without a parser. Depends on the JDK and the application's
 * outgoing ports only.
 */
package dev.reckon.adapter.file.text;
