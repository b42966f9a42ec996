package io.aurelius.admin.crud;

import java.util.List;

/** One slice of a list and the total it was cut from, as the API's {@code list(skip, limit)} returns. */
public record Page<T>(List<T> items, long total) {
}
