using System.ComponentModel.DataAnnotations;
using Signpost.Data;

namespace Signpost.Web.Infrastructure;

public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    /// <summary>Sqlite (the embedded default) or Postgres (also spelt PostgreSQL), in any case.</summary>
    [Required]
    [RegularExpression("^(?i)(sqlite|postgres|postgresql)$", ErrorMessage = "Database:Provider must be " + StoreProviders.Names + ".")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Required for Postgres; for Sqlite it overrides the file under Signpost:DataPath when set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start; deployers who run the <c>migrate</c> verb themselves turn it off.</summary>
    public bool MigrateAtStart { get; set; } = true;

    public StoreProvider StoreProvider => StoreProviders.TryParse(Provider, out var provider) ? provider : StoreProvider.Sqlite;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StoreProviders.TryParse(Provider, out var provider) && provider == StoreProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Database:ConnectionString is required when Database:Provider is Postgres (e.g. Host=db;Database=signpost;Username=signpost;Password=...).",
                [nameof(ConnectionString)]);
        }
    }
}
