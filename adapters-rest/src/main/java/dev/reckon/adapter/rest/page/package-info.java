/** The web page {@code reckon serve} shows at {@code /}, over the same API. */
package dev.reckon.adapter.rest.page;
