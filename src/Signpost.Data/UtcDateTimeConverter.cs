using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Signpost.Data;

/// <summary>Stored times are UTC: a time without a kind is taken as UTC, and times read back say so.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
