using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Signpost.Data;

/// <summary>PostgreSQL's timestamptz takes only offset zero; the instant is kept, the offset was never stored on SQLite either.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
